import type { BaseMail } from '@adonisjs/mail'
import { DateTime } from 'luxon'
import drive from '@adonisjs/drive/services/main'
import NdaSignature from '#models/nda_signature'
import Opportunity from '#models/opportunity'
import User from '#models/user'
import NdaSignedMail from '#mails/nda_signed_mail'
import DataRoomDigestMail from '#mails/data_room_digest_mail'
import QuestionMail from '#mails/question_mail'
import OpportunityQuestion from '#models/opportunity_question'
import { dataRoomEngagement } from '#services/data_room_engagement'
import { absoluteUrlFor } from '#services/app_url'

/** Partner contacts of a listing have no account language: they are written to in Serbian. */
const PARTNER_LOCALE = 'sr-Latn'

/** NDA, data-room and question e-mails, rebuilt by the `mail:send` job from ids. */
export const dataRoomMailBuilders = {
  /** A new question to the listing's contact person; nothing once staff hid it. */
  async question_asked({ questionId }: { questionId: number }): Promise<BaseMail | null> {
    const question = await OpportunityQuestion.query()
      .where('id', questionId)
      .preload('opportunity')
      .first()
    if (!question || question.hiddenAt) return null
    const { opportunity } = question
    return new QuestionMail(
      { email: opportunity.contactEmail, fullName: opportunity.contactName },
      PARTNER_LOCALE,
      {
        kind: 'asked',
        title: opportunity.titleFor(PARTNER_LOCALE),
        question: question.body,
        answer: null,
        url: absoluteUrlFor('partner.opportunities.data_room', { id: opportunity.id }),
      }
    )
  },

  /** The partner's answer to the investor who asked, in the investor's language. */
  async question_answered({ questionId }: { questionId: number }): Promise<BaseMail | null> {
    const question = await OpportunityQuestion.query()
      .where('id', questionId)
      .preload('opportunity')
      .preload('asker')
      .first()
    if (!question || question.hiddenAt || !question.answeredAt) return null
    const { opportunity, asker } = question
    const serbian = asker.locale.startsWith('sr')
    const answer = serbian
      ? question.answerSr || question.answerEn
      : question.answerEn || question.answerSr
    return new QuestionMail(asker, asker.locale, {
      kind: 'answered',
      title: opportunity.titleFor(asker.locale),
      question: question.body,
      answer,
      url: absoluteUrlFor('opportunities.show', { slug: opportunity.slug }),
    })
  },

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
