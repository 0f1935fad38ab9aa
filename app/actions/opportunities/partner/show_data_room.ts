import type Opportunity from '#models/opportunity'
import NdaSignature from '#models/nda_signature'
import NdaVersion from '#models/nda_version'
import { dataRoomEngagement } from '#services/data_room_engagement'
import ListQuestions from '#actions/opportunities/list_questions'

/**
 * The partner's page for one listing's data room: engagement per document and per
 * investor (revoked documents stay listed), the signed NDAs and the questions to answer.
 */
export default class ShowDataRoom {
  async handle({ opportunity }: { opportunity: Opportunity }) {
    const [engagement, signatures, questions, nda] = await Promise.all([
      dataRoomEngagement({ opportunityId: opportunity.id }),
      NdaSignature.query()
        .where('opportunityId', opportunity.id)
        .preload('ndaVersion')
        .preload('opportunity')
        .orderBy('signedAt', 'desc'),
      new ListQuestions().handle({ opportunity, viewer: null, seesAll: true }),
      NdaVersion.current(opportunity.organisationId),
    ])
    return { ...engagement, signatures, questions, currentNdaVersion: nda.version }
  }
}
