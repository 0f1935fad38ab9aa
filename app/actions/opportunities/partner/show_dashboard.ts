import Opportunity from '#models/opportunity'
import DocumentDownload from '#models/document_download'
import type Organisation from '#models/organisation'
import OpportunityTransformer from '#transformers/opportunity_transformer'
import DocumentDownloadTransformer from '#transformers/document_download_transformer'

/**
 * A partner's overview: every listing of their organisation with its status and
 * numbers (views, saves, interests), and the latest data-room downloads.
 */
export default class ShowDashboard {
  async handle({ organisation }: { organisation: Organisation }) {
    const opportunities = await Opportunity.query()
      .where('organisationId', organisation.id)
      .preload('municipality')
      .preload('sectors')
      .orderBy('updatedAt', 'desc')

    const downloads = await DocumentDownload.query()
      .whereHas('document', (document) => {
        document.whereIn(
          'opportunityId',
          opportunities.map((opportunity) => opportunity.id)
        )
      })
      .preload('document')
      .preload('user')
      .orderBy('createdAt', 'desc')
      .limit(50)

    return {
      opportunities: OpportunityTransformer.transform(opportunities).useVariant('forPartner'),
      downloads: DocumentDownloadTransformer.transform(downloads),
      totals: {
        published: opportunities.filter((opportunity) => opportunity.isPublished).length,
        views: sum(opportunities, 'viewsCount'),
        saves: sum(opportunities, 'savesCount'),
        interests: sum(opportunities, 'interestsCount'),
      },
    }
  }
}

function sum(opportunities: Opportunity[], key: 'viewsCount' | 'savesCount' | 'interestsCount') {
  return opportunities.reduce((total, opportunity) => total + opportunity[key], 0)
}
