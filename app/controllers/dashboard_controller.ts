import type { HttpContext } from '@adonisjs/core/http'

/** The landing page after login; each role sees its own next steps. */
export default class DashboardController {
  async show({ inertia, auth }: HttpContext) {
    const user = auth.getUserOrFail()
    if (user.role === 'partner') {
      await user.load('memberships', (query) => query.preload('organisation'))
    }
    return inertia.render('dashboard/show', {
      organisations:
        user.memberships?.map(({ organisation, role }) => ({
          id: organisation.id,
          name: organisation.name,
          status: organisation.status,
          role,
        })) ?? [],
    })
  }
}
