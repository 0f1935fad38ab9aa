import type { BaseMail } from '@adonisjs/mail'
import { DateTime } from 'luxon'
import drive from '@adonisjs/drive/services/main'
import NdaSignature from '#models/nda_signature'
import Opportunity from '#models/opportunity'
import User from '#models/user'
import NdaSignedMail from '#mails/nda_signed_mail'
import DataRoomDigestMail from '#mails/data_room_digest_mail'
import { dataRoomEngagement } from '#services/data_room_engagement'
import { absoluteUrlFor } from '#services/app_url'

/** Partner contacts of a listing have no account language: they are written to in Serbian. */
const PARTNER_LOCALE = 'sr-Latn'

/** NDA and data-room e-mails, rebuilt by the `mail:send` job from ids. */
export const dataRoomMailBuilders = {
  /** The signed PDF to one side: the investor, or the listing's contact. */
  async nda_signed({
    signatureId,
    side,
  }: {
    signatureId: number
    side: 'investor' | 'partner'
  }): Promise<BaseMail | null> {
    const signature = await NdaSignature.query()
      .where('id', signatureId)
      .preload('opportunity')
      .preload('user')
      .preload('ndaVersion')
      .first()
    if (!signature) return null
    const { opportunity, user, ndaVersion } = signature
    const recipient =
      side === 'investor'
        ? user
        : { email: opportunity.contactEmail, fullName: opportunity.contactName }
    const locale = side === 'investor' ? user.locale : PARTNER_LOCALE
    return new NdaSignedMail(recipient, locale, {
      side,
      title: opportunity.titleFor(locale),
      signerName: signature.signerName,
      signedAt: signature.signedAt.toUTC().toFormat("yyyy-LL-dd HH:mm 'UTC'"),
      version: ndaVersion.version,
      url:
        side === 'investor'
          ? absoluteUrlFor('opportunities.show', { slug: opportunity.slug })
          : absoluteUrlFor('partner.opportunities.data_room', { id: opportunity.id }),
      pdf: Buffer.from(await drive.use().getBytes(signature.pdfPath)),
      fileName: `NDA-${opportunity.slug}-v${ndaVersion.version}.pdf`,
    })
  },

  /** A partner's week in their listings' data rooms; nothing when nobody opened anything. */
  async data_room_digest({
    userId,
    organisationId,
    weekStart,
  }: {
    userId: number
    organisationId: number
    weekStart: string
  }): Promise<BaseMail | null> {
    const user = await User.find(userId)
    if (!user || user.deletedAt) return null
    const since = DateTime.fromISO(weekStart)
    const until = since.plus({ weeks: 1 })
    const listings = await Opportunity.query().where('organisationId', organisationId).orderBy('id')
    const items = []
    for (const opportunity of listings) {
      const { documents, investors } = await dataRoomEngagement({
        opportunityId: opportunity.id,
        since,
        until,
      })
      const downloads = documents.reduce((sum, document) => sum + document.downloads, 0)
      if (!downloads) continue
      items.push({
        title: opportunity.titleFor(user.locale),
        url: absoluteUrlFor('partner.opportunities.data_room', { id: opportunity.id }),
        downloads,
        viewers: investors.length,
        topInvestors: investors.slice(0, 3).map(({ name, score }) => ({ name, score })),
      })
    }
    if (!items.length) return null
    return new DataRoomDigestMail(user, user.locale, since.toISODate()!, items)
  },
}
