import router from '@adonisjs/core/services/router'
import { controllers } from '#generated/controllers'
import { middleware, webMiddleware } from '#start/kernel'

// The community around the marketplace: the regional directory, open figures and
// success stories (written by staff in the CRM).
router
  .group(() => {
    router.get('/directory', [controllers.community.Directory, 'index']).as('directory.index')
    router.get('/figures', [controllers.community.Figures, 'index']).as('figures.index')
    router.get('/stories', [controllers.community.Stories, 'index']).as('stories.index')
    router.get('/stories/:slug', [controllers.community.Stories, 'show']).as('stories.show')
    router.get('/stories/:slug/photo', [controllers.community.Stories, 'photo']).as('stories.photo')

    router
      .group(() => {
        router.get('/', [controllers.community.staff.Stories, 'index']).as('crm.stories.index')
        router.get('/new', [controllers.community.staff.Stories, 'create']).as('crm.stories.create')
        router
          .post('/', [controllers.community.staff.Stories, 'store'])
          .as('crm.stories.store')
          .use(middleware.uploads())
        router
          .get('/:id/edit', [controllers.community.staff.Stories, 'edit'])
          .as('crm.stories.edit')
        router
          .put('/:id', [controllers.community.staff.Stories, 'update'])
          .as('crm.stories.update')
          .use(middleware.uploads())
        router
          .post('/:id/publish', [controllers.community.staff.Stories, 'publish'])
          .as('crm.stories.publish')
        router
          .post('/:id/unpublish', [controllers.community.staff.Stories, 'unpublish'])
          .as('crm.stories.unpublish')
        router
          .delete('/:id', [controllers.community.staff.Stories, 'destroy'])
          .as('crm.stories.destroy')
      })
      .prefix('/crm/stories')
      .use([middleware.auth(), middleware.can({ ability: 'useCrm' })])

    router
      .group(() => {
        router
          .get('/new', [controllers.community.staff.Directory, 'create'])
          .as('crm.directory.create')
        router.post('/', [controllers.community.staff.Directory, 'store']).as('crm.directory.store')
        router
          .get('/:id/edit', [controllers.community.staff.Directory, 'edit'])
          .as('crm.directory.edit')
        router
          .put('/:id', [controllers.community.staff.Directory, 'update'])
          .as('crm.directory.update')
      })
      .prefix('/crm/directory')
      .use([middleware.auth(), middleware.can({ ability: 'useCrm' })])
  })
  .use(webMiddleware())
