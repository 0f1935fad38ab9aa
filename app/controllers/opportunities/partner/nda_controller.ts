import type { HttpContext } from '@adonisjs/core/http'
import FindMembership from '#actions/organisations/find_membership'
import PublishNdaVersion from '#actions/opportunities/publish_nda_version'
import ShowNda from '#actions/opportunities/partner/show_nda'
import { ndaVersionValidator } from '#validators/data_room'
import NdaVersionTransformer from '#transformers/nda_version_transformer'

/** The partner's organisation NDA: the current text and a new version. */
export default class NdaController {
  async edit({ auth, bouncer, inertia }: HttpContext) {
    const { organisation } = await new FindMembership().handle(auth.getUserOrFail())
    await bouncer.with('OrganisationPolicy').authorize('editNda', organisation)
    return inertia.render('opportunities/partner/nda', {
      nda: NdaVersionTransformer.transform(await new ShowNda().handle({ organisation })),
    })
  }

  async update({ request, auth, bouncer, response, session, i18n }: HttpContext) {
    const user = auth.getUserOrFail()
    const { organisation } = await new FindMembership().handle(user)
    await bouncer.with('OrganisationPolicy').authorize('editNda', organisation)
    const data = await request.validateUsing(ndaVersionValidator)
    const version = await new PublishNdaVersion().handle({ organisation, actor: user, data })
    session.flash('success', i18n.t('opportunities.nda.published', { version: version.version }))
    return response.redirect().back()
  }
}
