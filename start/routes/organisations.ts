import router from '@adonisjs/core/services/router'
import { controllers } from '#generated/controllers'
import { partners, staff, visitors } from '#start/audiences'

const { Organisations, partner, staff: forStaff } = controllers.organisations

// Local partners: public organisation pages, a partner's own organisation and its
// colleagues' invitations, the staff review and the CRM organisations.
visitors(() => {
  router.get('/organisations/:slug', [Organisations, 'show']).as('organisations.show')
})

partners(() => {
  router.get('/organisation', [partner.Organisation, 'show']).as('partner.organisation.show')
  router
    .post('/organisation/invitations', [partner.Organisation, 'invite'])
    .as('partner.organisation.invite')
}, '/partner')

staff(() => {
  router.get('/organisations', [forStaff.Reviews, 'index']).as('staff.organisations.index')
  router
    .post('/organisations/:id/approve', [forStaff.Reviews, 'approve'])
    .as('staff.organisations.approve')
  router
    .post('/organisations/:id/reject', [forStaff.Reviews, 'reject'])
    .as('staff.organisations.reject')
}, '/staff')

staff(() => {
  router.get('/organisations', [forStaff.Organisations, 'index']).as('crm.organisations.index')
  router
    .get('/organisations/:id', [forStaff.Organisations, 'show'])
    // At most 9 digits: a longer number is no id of ours and overflows PostgreSQL's
    // integer (a 500 found by the production fuzz test); it is a 404 instead.
    .where('id', { match: /^\d{1,9}$/, cast: (value) => Number(value) })
    .as('crm.organisations.show')
}, '/crm')
