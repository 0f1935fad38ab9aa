/**
 * Layering rules (issue "one area, one name"): checked by tests/unit/architecture/layering.spec.ts
 * on every `npm test` (`npm test -- unit --files=tests/unit/architecture/layering.spec.ts` alone).
 */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      comment:
        'An import cycle in app/ makes load order matter and hides which layer owns what. Models reference each other for Lucid relations (() => Deal), which is how relations are declared, so cycles among models alone are left out.',
      severity: 'error',
      from: { path: '^app/', pathNot: '^app/models/' },
      to: { circular: true },
    },
    {
      name: 'controllers-stay-thin',
      comment:
        'Controllers validate, authorise, call one action or loader, transform and render; reading or writing data is the action’s job.',
      severity: 'error',
      from: { path: '^app/controllers/' },
      // A type-only import (a model named in a signature) loads nothing and reads no data.
      to: {
        path: ['^app/models/', '@adonisjs/lucid/services/db', '^database/'],
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'nothing-imports-controllers',
      comment: 'Controllers are the outermost layer: only the router may load them.',
      severity: 'error',
      from: { path: '^app/' },
      to: { path: '^app/controllers/' },
    },
    {
      name: 'rules-live-below-actions',
      comment:
        'Policies, validators, transformers, mails, models and enums hold or read rules; they must not depend on use cases.',
      severity: 'error',
      from: { path: '^app/(policies|validators|transformers|mails|models|enums|abilities)/' },
      to: { path: '^app/actions/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.d\\.ts$' },
    tsPreCompilationDeps: true,
  },
}
