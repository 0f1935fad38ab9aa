import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import Introduction from '#models/introduction'
import InboundMailAttachment from '#models/inbound_mail_attachment'
import User from '#models/user'
import type Deal from '#models/deal'
import type InboundMail from '#models/inbound_mail'
import LogActivity from '#actions/deals/log_activity'
import NotifyStaff from '#actions/notifications/notify_staff'
import type { ReplySide } from '#enums/inbound_mail'

const QUOTE_ON_TIMELINE = 10_000

/**
 * A received e-mail joins its deal, matched by its reply address or filed by staff: a
 * timeline line with sender, subject, the new text (the quoted history folded) and the
 * attachments; a reply from the partner's side is the partner's answer to an open
 * introduction (its response clock stops); any reply restarts the deal's stale clock; the
 * deal's owner hears of it in the notification centre.
 */
export default class LandReplyOnDeal {
  async handle({
    mail,
    deal,
    trx,
  }: {
    mail: InboundMail
    deal: Deal
    trx: TransactionClientContract
  }) {
    const sender = mail.fromAddress.toLowerCase()
    const author = await User.query({ client: trx }).whereRaw('lower(email) = ?', [sender]).first()
    const introductions = await Introduction.query({ client: trx }).where('dealId', deal.id)
    const side = await this.sideOf({ deal, sender, author, introductions, trx })
    const attachments = await InboundMailAttachment.query({ client: trx })
      .where('inboundMailId', mail.id)
      .orderBy('position')

    await new LogActivity().handle({
      deal,
      actor: author,
      kind: 'email_received',
      body: mail.body,
      meta: {
        inboundMailId: mail.id,
        from: mail.fromAddress,
        fromName: mail.fromName,
        subject: mail.subject,
        // The timeline folds a short history; the whole mail is one click away (/crm/mail/:id).
        quoted: mail.quoted ? mail.quoted.slice(0, QUOTE_ON_TIMELINE) : null,
        side,
        attachments: attachments.map((attachment) => ({
          id: attachment.id,
          name: attachment.name,
          size: attachment.sizeBytes,
          kept: attachment.isKept,
        })),
      },
      dedupeKey: `inbound-mail:${mail.id}`,
      occurredAt: mail.receivedAt,
      trx,
    })

    // The partner answered: the open introductions' clocks stop at this mail (the formal
    // accept/decline later keeps this first answer time).
    if (side === 'partner') {
      await trx
        .from('introductions')
        .where('deal_id', deal.id)
        .where('status', 'requested')
        .whereNull('responded_at')
        .where('requested_at', '<=', mail.receivedAt.toJSDate())
        .update({ responded_at: mail.receivedAt.toJSDate(), updated_at: new Date() })
    }

    // The personal assistant hears of the reply (once per mail, however often it is filed).
    if (deal.ownerId) {
      await new NotifyStaff().handle({
        userIds: [deal.ownerId],
        kind: 'reply_received',
        dealId: deal.id,
        actorId: author?.id ?? null,
        data: { dealTitle: deal.title, sender: mail.fromName || mail.fromAddress },
        key: `reply:${mail.id}`,
        trx,
      })
    }

    // The sweep counts a deal's stale days from its last reply (or its stage change).
    const at = mail.receivedAt.toJSDate()
    await trx
      .from('deals')
      .where('id', deal.id)
      .update({
        last_reply_at: trx.raw(
          'greatest(coalesce(last_reply_at, ?::timestamptz), ?::timestamptz)',
          [at, at]
        ),
        stale_since: null,
      })
    return { side, author }
  }

  /** Whose side the sender is on, from their address: the partner's, the investor's, staff. */
  private async sideOf({
    deal,
    sender,
    author,
    introductions,
    trx,
  }: {
    deal: Deal
    sender: string
    author: User | null
    introductions: Introduction[]
    trx: TransactionClientContract
  }): Promise<ReplySide> {
    const opportunity = deal.opportunityId
      ? await trx
          .from('opportunities')
          .where('id', deal.opportunityId)
          .select('organisation_id', 'contact_email')
          .first()
      : null
    const partnerEmails = [
      ...introductions.map((introduction) => introduction.contactEmail),
      opportunity?.contact_email,
    ].filter((email): email is string => Boolean(email))
    if (partnerEmails.some((email) => email.toLowerCase() === sender)) return 'partner'

    const organisationIds = [
      ...new Set([
        ...introductions.map((introduction) => introduction.organisationId),
        ...(opportunity ? [opportunity.organisation_id as number] : []),
      ]),
    ]
    if (author && organisationIds.length) {
      const member = await trx
        .from('organisation_members')
        .where('user_id', author.id)
        .whereIn('organisation_id', organisationIds)
        .first()
      if (member) return 'partner'
    }

    if (author && deal.investorId === author.id) return 'investor'
    if (deal.contactId) {
      const contact = await trx.from('contacts').where('id', deal.contactId).first()
      if (contact?.email?.toLowerCase() === sender) return 'investor'
    }
    if (author && (author.role === 'staff' || author.role === 'admin')) return 'staff'
    return 'other'
  }
}
