import router from '@adonisjs/core/services/router'
import { controllers } from '#generated/controllers'
import { middleware, webMiddleware } from '#start/kernel'

// The community around the marketplace: the regional directory, open figures and
// success stories (written by staff in the CRM).
router
  .group(() => {
    router.get('/directory', [controllers.Directory, 'index']).as('directory.index')
    router.get('/figures', [controllers.PublicFigures, 'index']).as('figures.index')
    router.get('/stories', [controllers.Stories, 'index']).as('stories.index')
    router.get('/stories/:slug', [controllers.Stories, 'show']).as('stories.show')
    router.get('/stories/:slug/photo', [controllers.Stories, 'photo']).as('stories.photo')

    router
      .group(() => {
        router.get('/', [controllers.CrmStories, 'index']).as('crm.stories.index')
        router.get('/new', [controllers.CrmStories, 'create']).as('crm.stories.create')
        router
          .post('/', [controllers.CrmStories, 'store'])
          .as('crm.stories.store')
          .use(middleware.uploads())
        router.get('/:id/edit', [controllers.CrmStories, 'edit']).as('crm.stories.edit')
        router
          .put('/:id', [controllers.CrmStories, 'update'])
          .as('crm.stories.update')
          .use(middleware.uploads())
        router.post('/:id/publish', [controllers.CrmStories, 'publish']).as('crm.stories.publish')
        router
          .post('/:id/unpublish', [controllers.CrmStories, 'unpublish'])
          .as('crm.stories.unpublish')
        router.delete('/:id', [controllers.CrmStories, 'destroy']).as('crm.stories.destroy')
      })
      .prefix('/crm/stories')
      .use([middleware.auth(), middleware.can({ ability: 'useCrm' })])

    router
      .group(() => {
        router.get('/new', [controllers.CrmDirectory, 'create']).as('crm.directory.create')
        router.post('/', [controllers.CrmDirectory, 'store']).as('crm.directory.store')
        router.get('/:id/edit', [controllers.CrmDirectory, 'edit']).as('crm.directory.edit')
        router.put('/:id', [controllers.CrmDirectory, 'update']).as('crm.directory.update')
      })
      .prefix('/crm/directory')
      .use([middleware.auth(), middleware.can({ ability: 'useCrm' })])
  })
  .use(webMiddleware())
