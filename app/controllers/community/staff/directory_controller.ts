import type { HttpContext } from '@adonisjs/core/http'
import type Organisation from '#models/organisation'
import FindOrganisation from '#actions/organisations/find_organisation'
import SaveDirectoryEntry, {
  MunicipalityOutsideCountry,
} from '#actions/community/directory/save_directory_entry'
import OrganisationTransformer from '#transformers/organisation_transformer'
import ReferenceData from '#services/reference_data'
import { directoryEntryValidator } from '#validators/directory'
import { organisationKinds } from '#enums/organisation'
import { fieldError } from '#exceptions/field_error'

/** Staff add and correct entries of the public directory. */
export default class DirectoryController {
  async create({ inertia, bouncer }: HttpContext) {
    await bouncer.with('OrganisationPolicy').authorize('editDirectoryEntry')
    return inertia.render('community/directory/form', { entry: null, ...(await this.options()) })
  }

  async store({ request, auth, bouncer, response, session, i18n }: HttpContext) {
    await bouncer.with('OrganisationPolicy').authorize('editDirectoryEntry')
    const data = await request.validateUsing(directoryEntryValidator)
    const entry = await this.save(
      () => new SaveDirectoryEntry().handle({ actor: auth.getUserOrFail(), data }),
      i18n.t('community.directory.crm.municipality_outside_country')
    )
    session.flash('success', i18n.t('community.directory.crm.saved'))
    return response.redirect().toPath(`/crm/directory/${entry.id}/edit`)
  }

  async edit({ params, inertia, bouncer }: HttpContext) {
    await bouncer.with('OrganisationPolicy').authorize('editDirectoryEntry')
    const organisation = await new FindOrganisation().handle(params.id, {
      preload: ['country', 'municipality'],
    })
    return inertia.render('community/directory/form', {
      entry: OrganisationTransformer.transform(organisation).useVariant('forPublic'),
      ...(await this.options()),
    })
  }

  async update({ params, request, auth, bouncer, response, session, i18n }: HttpContext) {
    await bouncer.with('OrganisationPolicy').authorize('editDirectoryEntry')
    const organisation = await new FindOrganisation().handle(params.id)
    const data = await request.validateUsing(directoryEntryValidator)
    await this.save(
      () => new SaveDirectoryEntry().handle({ organisation, actor: auth.getUserOrFail(), data }),
      i18n.t('community.directory.crm.municipality_outside_country')
    )
    session.flash('success', i18n.t('community.directory.crm.saved'))
    return response.redirect().back()
  }

  private async save(run: () => Promise<Organisation>, outsideMessage: string) {
    try {
      return await run()
    } catch (error) {
      if (error instanceof MunicipalityOutsideCountry)
        throw fieldError('municipalityId', outsideMessage)
      throw error
    }
  }

  private async options() {
    return {
      countries: await ReferenceData.countries({ listingRegionOnly: true }),
      municipalities: await ReferenceData.municipalities(),
      kinds: [...organisationKinds],
    }
  }
}
