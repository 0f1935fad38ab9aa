import router from '@adonisjs/core/services/router'
import { controllers } from '#generated/controllers'
import { middleware, webMiddleware } from '#start/kernel'

// Local partners: public organisation pages, a partner's own organisation and its
// colleagues' invitations, the staff review and the CRM organisations.
router
  .group(() => {
    router
      .get('/organisations/:slug', [controllers.organisations.Organisations, 'show'])
      .as('organisations.show')

    router
      .group(() => {
        router
          .get('/organisation', [controllers.organisations.partner.Organisation, 'show'])
          .as('partner.organisation.show')
        router
          .post('/organisation/invitations', [
            controllers.organisations.partner.Organisation,
            'invite',
          ])
          .as('partner.organisation.invite')
      })
      .prefix('/partner')
      .use([middleware.auth(), middleware.can({ ability: 'actAsPartner' })])

    router
      .group(() => {
        router
          .get('/organisations', [controllers.organisations.staff.Reviews, 'index'])
          .as('staff.organisations.index')
        router
          .post('/organisations/:id/approve', [controllers.organisations.staff.Reviews, 'approve'])
          .as('staff.organisations.approve')
        router
          .post('/organisations/:id/reject', [controllers.organisations.staff.Reviews, 'reject'])
          .as('staff.organisations.reject')
      })
      .prefix('/staff')
      .use([middleware.auth(), middleware.can({ ability: 'useCrm' })])

    router
      .group(() => {
        router
          .get('/organisations', [controllers.organisations.staff.Organisations, 'index'])
          .as('crm.organisations.index')
        router
          .get('/organisations/:id', [controllers.organisations.staff.Organisations, 'show'])
          // At most 9 digits: a longer number is no id of ours and overflows PostgreSQL's
          // integer (a 500 found by the production fuzz test); it is a 404 instead.
          .where('id', { match: /^\d{1,9}$/, cast: (value) => Number(value) })
          .as('crm.organisations.show')
      })
      .prefix('/crm')
      .use([middleware.auth(), middleware.can({ ability: 'useCrm' })])
  })
  .use(webMiddleware())
