import Introduction from '#models/introduction'

/**
 * The introduction a partner's contact answers through the e-mail's signed link, with the
 * deal summary the page shows them.
 */
export default class ShowIntroductionRequest {
  async handle(id: number) {
    return Introduction.query()
      .where('id', id)
      .withScopes((scopes) => scopes.withDealSummary())
      .firstOrFail()
  }
}
