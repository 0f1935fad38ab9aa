import { configApp } from '@adonisjs/eslint-config'

export default configApp(
  {
    ignores: ['build/**', 'public/assets/**', '.adonisjs/**', 'database/schema.ts', 'tmp/**', 'storage/**', 'inertia/**'],
  },
  {
    // `(await import(x)).default` and `(await query).length` read clearly; keep them.
    rules: { '@unicorn/no-await-expression-member': 'off' },
  }
)
