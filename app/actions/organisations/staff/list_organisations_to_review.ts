import Organisation from '#models/organisation'
import type { OrganisationStatus } from '#enums/organisation'

/** The organisations in one review status, the longest waiting first. */
export default class ListOrganisationsToReview {
  handle({ status }: { status: OrganisationStatus }) {
    return Organisation.query()
      .where('status', status)
      .preload('country')
      .preload('municipality')
      .orderBy('createdAt', 'asc')
  }
}
