import type { HttpContext } from '@adonisjs/core/http'
import OrganisationTransformer from '#transformers/organisation_transformer'
import FindMembership from '#actions/organisations/find_membership'
import BuildPartnerImpact from '#actions/deals/aftercare/build_partner_impact'

/** A partner's impact page: what its (or its municipality's) deals achieved, and why some were lost. */
export default class ImpactController {
  async show({ inertia, auth, bouncer }: HttpContext) {
    const { organisation } = await new FindMembership().handle(auth.getUserOrFail(), {
      withMunicipality: true,
    })
    await bouncer.with('OrganisationPolicy').authorize('view', organisation)
    return inertia.render('community/impact/partner/show', {
      organisation: OrganisationTransformer.transform(organisation).useVariant('forImpact'),
      ...(await new BuildPartnerImpact().handle({ organisation })),
    })
  }
}
