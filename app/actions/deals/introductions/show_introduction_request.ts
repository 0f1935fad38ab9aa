import Introduction from '#models/introduction'

/**
 * The introduction a partner's contact answers through the e-mail's signed link, with the
 * deal, listing, interest and investor (profile and country) its summary is drawn from.
 */
export default class ShowIntroductionRequest {
  async handle(id: number) {
    return Introduction.query()
      .where('id', id)
      .preload('deal', (deal) =>
        deal
          .preload('opportunity')
          .preload('interest')
          .preload('investor', (investor) =>
            investor.preload('investorProfile', (profile) => profile.preload('residenceCountry'))
          )
      )
      .firstOrFail()
  }
}
