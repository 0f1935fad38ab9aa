import router from '@adonisjs/core/services/router'
import { controllers } from '#generated/controllers'
import { middleware } from '#start/kernel'
import { partners, staff } from '#start/audiences'

/*
| Spreadsheet imports: partners import their organisation's listings, staff import
| listings for any organisation and CRM contacts. The same steps for both audiences.
*/
const { Imports } = controllers.imports

for (const [audience, name] of [
  [partners, 'partner'],
  [staff, 'staff'],
] as const) {
  audience(() => {
    router.get('/imports', [Imports, 'index']).as(`${name}.imports.index`)
    router
      .post('/imports', [Imports, 'store'])
      .as(`${name}.imports.store`)
      .use(middleware.uploads())
    router.get('/imports/template', [Imports, 'template']).as(`${name}.imports.template`)
    router.get('/imports/:id', [Imports, 'show']).as(`${name}.imports.show`)
    router.get('/imports/:id/progress', [Imports, 'progress']).as(`${name}.imports.progress`)
    router.post('/imports/:id/mapping', [Imports, 'mapping']).as(`${name}.imports.mapping`)
    router.post('/imports/:id/commit', [Imports, 'commit']).as(`${name}.imports.commit`)
  }, `/${name}`)
}
