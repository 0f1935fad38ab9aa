import type { HttpContext } from '@adonisjs/core/http'
import OrganisationMember from '#models/organisation_member'
import BuildPartnerImpact from '#actions/deals/aftercare/build_partner_impact'

/** A partner's impact page: what its (or its municipality's) deals achieved, and why some were lost. */
export default class ImpactController {
  async show({ inertia, auth, bouncer }: HttpContext) {
    const membership = await OrganisationMember.query()
      .where('userId', auth.getUserOrFail().id)
      .preload('organisation', (organisation) => organisation.preload('municipality'))
      .orderBy('id')
      .firstOrFail()
    const { organisation } = membership
    await bouncer.with('OrganisationPolicy').authorize('view', organisation)
    return inertia.render('community/impact/partner/show', {
      organisation: {
        name: organisation.name,
        municipality: organisation.municipality?.nameSrLatn ?? null,
      },
      ...(await new BuildPartnerImpact().handle({ organisation })),
    })
  }
}
