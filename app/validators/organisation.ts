import vine from '@vinejs/vine'
import { organisationKinds, organisationStatuses } from '#enums/organisation'
import { ORGANISATION_TIMELINE_MAX } from '#enums/organisation'

export const inviteMemberValidator = vine.create({
  email: vine.string().trim().toLowerCase().email().maxLength(254),
})

export const rejectOrganisationValidator = vine.create({
  reason: vine.string().trim().minLength(5).maxLength(500),
})

/** The CRM's organisation list: search by name, filter, page. */
export const crmOrganisationFiltersValidator = vine.create({
  q: vine.string().trim().maxLength(120).optional(),
  kind: vine.enum(organisationKinds).optional(),
  status: vine.enum(organisationStatuses).optional(),
  municipality: vine.string().trim().maxLength(120).optional(),
  country: vine.string().trim().toUpperCase().fixedLength(2).optional(),
  page: vine.number().withoutDecimals().positive().optional(),
})

/** How many timeline lines the CRM organisation page shows ("more" asks for the next batch). */
export const crmOrganisationPageValidator = vine.create({
  timeline: vine.number().withoutDecimals().range([1, ORGANISATION_TIMELINE_MAX]).optional(),
})
