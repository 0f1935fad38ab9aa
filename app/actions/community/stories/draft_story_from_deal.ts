import Deal from '#models/deal'

/**
 * The new-story form pre-filled from a won deal: the person, the listing and its
 * municipality, and a first text in both languages for staff to rewrite.
 */
export default class DraftStoryFromDeal {
  async handle({ dealId }: { dealId: number }) {
    const deal = await Deal.query()
      .where('id', dealId)
      .preload('contact')
      .preload('investor', (investor) => investor.preload('investorProfile'))
      .preload('stage')
      .preload('opportunity', (opportunity) => opportunity.preload('municipality'))
      .first()
    if (!deal) return null
    const person = deal.personName
    const opportunity = deal.opportunity ?? null
    const place = opportunity?.municipality ?? null
    const projectEn = opportunity?.titleEn || opportunity?.titleSr || deal.title
    const projectSr = opportunity?.titleSr || opportunity?.titleEn || deal.title
    const livesIn =
      deal.investor?.investorProfile?.residenceCity ?? deal.contact?.placeOfResidence ?? null
    return {
      personName: person,
      titleEn: place ? `${person} invests in ${place.nameEn}` : `${person} comes home to invest`,
      titleSr: place
        ? `${person} ulaže u ${place.nameSrLatn}`
        : `${person} se vraća da ulaže u Srbiju`,
      bodyEn:
        `${person}${livesIn ? `, who lives in ${livesIn},` : ''} closed a deal for “${projectEn}”` +
        `${place ? ` in ${place.nameEn}` : ''}. Tell the story here: why they came back, ` +
        'what the project means for the town and what helped along the way.',
      bodySr:
        `${person}${livesIn ? `, koji živi u mestu ${livesIn},` : ''} zaključio je posao „${projectSr}“` +
        `${place ? ` (${place.nameSrLatn})` : ''}. Ovde ispričajte priču: zašto se vratio, ` +
        'šta projekat znači za mesto i šta je pomoglo na tom putu.',
      municipalityId: place?.id ?? null,
      opportunityId: opportunity?.id ?? null,
      dealId: deal.id,
      dealWon: deal.stage.kind === 'won',
    }
  }
}
