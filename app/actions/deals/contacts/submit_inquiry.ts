import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type { Infer } from '@vinejs/vine/types'
import Inquiry from '#models/inquiry'
import { nextOwnerId } from '#actions/deals/next_owner'
import OpenDeal from '#actions/deals/open_deal'
import ContactForEmail from '#actions/deals/contacts/contact_for_email'
import { RETURNEE_SUPPORT_PIPELINE, contactProfileFields } from '#enums/crm'
import { queueMail } from '#services/outbox'
import type { inquiryValidator } from '#validators/inquiry'
import DealActivity from '#models/deal_activity'

export type InquiryData = Infer<typeof inquiryValidator>

/**
 * A question from the public inquiry form, in one transaction: the contact is created
 * or updated by e-mail (a linked account's name and e-mail are never overwritten), the
 * inquiry opens a Returnee support deal with the question on its timeline, the person's
 * personal assistant (or the next one round-robin) takes it, and both are e-mailed.
 */
export default class SubmitInquiry {
  async handle({ data }: { data: InquiryData }) {
    return db.transaction(async (trx) => {
      const contact = await new ContactForEmail().handle({ email: data.email, trx })
      contact.useTransaction(trx)
      if (!contact.userId) contact.fullName = data.fullName
      for (const field of contactProfileFields) {
        if (data[field]) contact[field] = data[field]
      }
      contact.locale = data.locale
      contact.ownerId = contact.ownerId ?? (await nextOwnerId(trx))
      await contact.save()

      const inquiry = await Inquiry.create(
        { contactId: contact.id, question: data.question },
        { client: trx }
      )
      const now = DateTime.now()
      const linkedInvestor = contact.userId && contact.kind === 'investor' ? contact.userId : null
      const deal = await new OpenDeal().handle({
        pipelineSlug: RETURNEE_SUPPORT_PIPELINE,
        trx,
        fields: {
          investorId: linkedInvestor,
          contactId: contact.id,
          ownerId: contact.ownerId,
          title: `${contact.fullName} · ${data.question.replace(/\s+/g, ' ')}`.slice(0, 120),
          valueEur: 0,
        },
      })
      await DealActivity.record(trx, {
        dealId: deal.id,
        kind: 'inquiry',
        body: data.question,
        meta: { inquiryId: inquiry.id },
        dedupeKey: `inquiry:${inquiry.id}`,
        occurredAt: now,
        createdAt: now,
      })
      inquiry.dealId = deal.id
      await inquiry.save()

      await queueMail(
        trx,
        'inquiry_received',
        { inquiryId: inquiry.id },
        { key: `inquiry-received:${inquiry.id}`, dealId: deal.id }
      )
      if (contact.ownerId) {
        await queueMail(
          trx,
          'inquiry_assigned',
          { inquiryId: inquiry.id },
          { key: `inquiry-assigned:${inquiry.id}`, dealId: deal.id }
        )
      }
      return { contact, inquiry, deal }
    })
  }
}
