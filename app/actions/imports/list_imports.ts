import Import from '#models/import'
import Organisation from '#models/organisation'
import type User from '#models/user'

/** The imports page: a partner's own recent imports, or every recent one for staff. */
export default class ListImports {
  async handle({ user }: { user: User }) {
    const staff = user.role === 'staff' || user.role === 'admin'
    const imports = await Import.query()
      .if(!staff, (query) => query.where('userId', user.id))
      .preload('organisation')
      .orderBy('createdAt', 'desc')
      .limit(30)
    const organisations = staff
      ? await Organisation.query().where('status', 'approved').orderBy('name').select('id', 'name')
      : []
    return { imports, organisations }
  }
}
