import { TranslatedMail } from '#mails/translated_mail'

export interface DataRoomDigestListing {
  title: string
  url: string
  downloads: number
  viewers: number
  topInvestors: { name: string; score: number }[]
}

/** Weekly, to a partner: who opened which listing's data room, with each investor's engagement score. */
export default class DataRoomDigestMail extends TranslatedMail {
  constructor(
    recipient: { email: string; fullName: string },
    locale: string,
    private week: string,
    private listings: DataRoomDigestListing[]
  ) {
    super(recipient, locale)
  }

  protected content() {
    const t = this.i18n.t.bind(this.i18n)
    return {
      subject: t('opportunities.data_room.digest.subject', { week: this.week }),
      greeting: t('emails.greeting', { name: this.recipient.fullName }),
      paragraphs: [t('opportunities.data_room.digest.intro', { count: this.listings.length })],
      items: this.listings.map((listing) => ({
        title: listing.title,
        url: listing.url,
        note: [
          t('opportunities.data_room.digest.counts', {
            downloads: listing.downloads,
            viewers: listing.viewers,
          }),
          ...listing.topInvestors.map((investor) =>
            t('opportunities.data_room.digest.investor', investor)
          ),
        ].join(' · '),
      })),
    }
  }
}
