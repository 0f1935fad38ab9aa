import OpportunityDocument from '#models/opportunity_document'

/** One file of a listing, with its listing (404 when missing, or not of `opportunityId`). */
export default class FindDocument {
  handle({ id, opportunityId }: { id: number | string; opportunityId?: number }) {
    const query = OpportunityDocument.query().where('id', id).preload('opportunity')
    if (opportunityId !== undefined) query.where('opportunityId', opportunityId)
    return query.firstOrFail()
  }
}
