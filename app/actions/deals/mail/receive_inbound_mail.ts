import { createHash, randomUUID } from 'node:crypto'
import { DateTime } from 'luxon'
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser'
import drive from '@adonisjs/drive/services/main'
import logger from '@adonisjs/core/services/logger'
import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import Contact from '#models/contact'
import Deal from '#models/deal'
import InboundMail from '#models/inbound_mail'
import InboundMailAttachment from '#models/inbound_mail_attachment'
import User from '#models/user'
import LandReplyOnDeal from '#actions/deals/mail/land_reply_on_deal'
import { InboundMailRefused } from '#exceptions/inbound_mail_refused'
import { inboundMailConfig } from '#config/inbound_mail'
import { bytesMatch, declaredExtension, isExecutable, uploadTypes } from '#services/file_signature'
import {
  cleanHeaderText,
  cleanMailText,
  forwardedSender,
  splitReply,
  textOfHtml,
} from '#services/mail_text'
import { isInboundAddress, readInboundAddress } from '#services/reply_address'
import type { InboundMailSource, RefusedAttachment, UnmatchedReason } from '#enums/inbound_mail'

/** One delivery as the SMTP listener or the HTTP path hands it over. */
export interface InboundDelivery {
  /** The whole message, as received (RFC 5322). */
  raw: Buffer
  /** Envelope recipients (SMTP RCPT TO, or the provider's); empty: the To/Cc headers decide. */
  recipients: string[]
  /** Envelope sender, for a message without a From header. */
  envelopeFrom?: string | null
  source: InboundMailSource
}

interface CheckedFile {
  name: string
  extension: string
  contentType: string
  content: Buffer
  refused: RefusedAttachment | null
  path: string | null
}

// The timeline shows the new text; nobody reads further than this, and rows stay small.
const MAX_BODY = 100_000
const MAX_QUOTED = 200_000

/**
 * The one way a received e-mail enters Most, from the SMTP listener (`node ace mail:listen`)
 * or the signed HTTP path. Refuses what must not come in (too large, a program attached, not
 * a message) before storing anything; stores one row per recipient address (a redelivery
 * adds nothing), kept attachments through Drive; lands a reply on its deal (reply+ token) or
 * a staff member's filing on the contact it concerns (file+ token); keeps everything else
 * aside as unmatched, never on a deal the signed token does not name.
 */
export default class ReceiveInboundMail {
  async handle(delivery: InboundDelivery): Promise<InboundMail[]> {
    if (delivery.raw.length > inboundMailConfig.maxBytes) throw new InboundMailRefused('too_large')
    const parsed = await this.parse(delivery.raw)
    const files = await this.checkAttachments(parsed)

    const messageKey = parsed.messageId?.trim() || sha256(delivery.raw)
    const targets = this.recipientsOf(delivery, parsed).map((recipient) => ({
      recipient,
      dedupeKey: sha256(`${messageKey}\n${recipient}`),
    }))
    const known = await InboundMail.query().whereIn(
      'dedupeKey',
      targets.map((target) => target.dedupeKey)
    )
    const fresh = targets.filter((target) => !known.some((m) => m.dedupeKey === target.dedupeKey))
    if (!fresh.length) return known

    await this.storeFiles(files)
    try {
      const stored = await db.transaction(async (trx) => {
        const mails: InboundMail[] = []
        for (const target of fresh) {
          const mail = await this.store(trx, { ...target, parsed, files, delivery })
          if (mail) mails.push(mail)
        }
        return mails
      })
      return [...known, ...stored]
    } catch (error) {
      await this.forgetFiles(files)
      throw error
    }
  }

  private async parse(raw: Buffer) {
    try {
      return await simpleParser(raw, {
        skipImageLinks: true,
        skipTextLinks: true,
        skipTextToHtml: true,
      })
    } catch (error) {
      logger.warn({ err: error }, 'inbound mail could not be parsed')
      throw new InboundMailRefused('unreadable')
    }
  }

  /**
   * Programs refuse the whole mail (the sender is told); other files are kept when they are
   * a type partners may upload and their bytes agree, and listed as refused otherwise.
   * Inline pictures of an HTML layout or signature are left out.
   */
  private async checkAttachments(parsed: ParsedMail) {
    const files: CheckedFile[] = []
    for (const [index, attachment] of parsed.attachments.entries()) {
      const name = cleanHeaderText(attachment.filename, 200) || `attachment-${index + 1}`
      if (await isExecutable(name, attachment.content)) {
        throw new InboundMailRefused('executable', name)
      }
      if (attachment.related) continue
      const extension = declaredExtension(name)
      const known = Object.hasOwn(uploadTypes, extension)
      const refused: RefusedAttachment | null = !known
        ? 'type'
        : (await bytesMatch(attachment.content, extension))
          ? null
          : 'content'
      files.push({
        name,
        extension,
        contentType: refused
          ? cleanHeaderText(attachment.contentType, 120) || 'application/octet-stream'
          : uploadTypes[extension as keyof typeof uploadTypes],
        content: attachment.content,
        refused,
        path: null,
      })
    }
    return files
  }

  /** Kept files go to Drive before the rows that name them are written. */
  private async storeFiles(files: CheckedFile[]) {
    const disk = drive.use()
    const month = DateTime.now().toFormat('yyyy-MM')
    for (const file of files) {
      if (file.refused || file.path) continue
      const path = `inbound-mail/${month}/${randomUUID()}.${file.extension}`
      await disk.put(path, file.content, { contentType: file.contentType })
      file.path = path
    }
  }

  private async forgetFiles(files: CheckedFile[]) {
    const disk = drive.use()
    for (const file of files) {
      if (!file.path) continue
      await disk
        .delete(file.path)
        .catch((error) => logger.warn({ err: error }, 'inbound attachment not removed'))
    }
  }

  /**
   * The addresses at the inbound domain it was delivered to: the envelope's, else what the
   * headers say (a provider that forwards without the envelope). Neither: the first To.
   */
  private recipientsOf(delivery: InboundDelivery, parsed: ParsedMail) {
    const envelope = unique(delivery.recipients.map(normaliseAddress).filter(Boolean))
    const ours = envelope.filter(isInboundAddress)
    if (ours.length) return ours
    if (envelope.length) return envelope.slice(0, 1)
    const headers = unique(
      [
        ...headerAddresses(parsed.headers.get('delivered-to')),
        ...headerAddresses(parsed.headers.get('x-original-to')),
        ...addressesOf(parsed.to),
        ...addressesOf(parsed.cc),
      ]
        .map(normaliseAddress)
        .filter(Boolean)
    )
    const addressed = headers.filter(isInboundAddress)
    if (addressed.length) return addressed
    return [headers[0] ?? '(none)']
  }

  private async store(
    trx: TransactionClientContract,
    {
      recipient,
      dedupeKey,
      parsed,
      files,
      delivery,
    }: {
      recipient: string
      dedupeKey: string
      parsed: ParsedMail
      files: CheckedFile[]
      delivery: InboundDelivery
    }
  ) {
    // Two deliveries of one message at once: the second waits here, then finds the first.
    await trx.rawQuery('select pg_advisory_xact_lock(hashtext(?))', [dedupeKey])
    if (await InboundMail.query({ client: trx }).where('dedupeKey', dedupeKey).first()) return null

    const fromAddress =
      normaliseAddress(parsed.from?.value[0]?.address ?? delivery.envelopeFrom ?? '') || ''
    const { body, quoted } = splitReply(textOf(parsed))
    const target = await this.resolve(trx, recipient, parsed, fromAddress)
    const now = DateTime.now()
    const mail = await InboundMail.create(
      {
        status: target.reason ? 'unmatched' : 'matched',
        unmatchedReason: target.reason,
        source: delivery.source,
        recipient: recipient.slice(0, 320),
        dealId: target.deal?.id ?? null,
        contactId: target.contact?.id ?? null,
        filedById: target.staff?.id ?? null,
        fromAddress: fromAddress.slice(0, 320),
        fromName: cleanHeaderText(parsed.from?.value[0]?.name, 200) || null,
        subject: cleanHeaderText(parsed.subject, 500),
        body: body.slice(0, MAX_BODY),
        quoted: quoted?.slice(0, MAX_QUOTED) ?? null,
        messageId: cleanHeaderText(parsed.messageId, 998) || null,
        inReplyTo: cleanHeaderText(parsed.inReplyTo, 998) || null,
        sizeBytes: delivery.raw.length,
        dedupeKey,
        receivedAt: now,
        filedAt: target.contact ? now : null,
      },
      { client: trx }
    )
    if (files.length) {
      await InboundMailAttachment.createMany(
        files.map((file, position) => ({
          inboundMailId: mail.id,
          position,
          name: file.name,
          contentType: file.contentType,
          sizeBytes: file.content.length,
          filePath: file.path,
          refused: file.refused,
        })),
        { client: trx }
      )
    }
    if (target.deal) await new LandReplyOnDeal().handle({ mail, deal: target.deal, trx })
    return mail
  }

  /** What a recipient address names: a deal, a staff member's filing, or nothing we know. */
  private async resolve(
    trx: TransactionClientContract,
    recipient: string,
    parsed: ParsedMail,
    fromAddress: string
  ): Promise<{
    reason: UnmatchedReason | null
    deal?: Deal
    contact?: Contact
    staff?: User
  }> {
    const reading = readInboundAddress(recipient)
    if (reading.kind === 'forged') return { reason: 'forged_token' }
    if (reading.kind === 'deal') {
      const deal = await Deal.query({ client: trx }).where('id', reading.dealId).forUpdate().first()
      return deal ? { reason: null, deal } : { reason: 'unknown_deal' }
    }
    if (reading.kind === 'staff') {
      const staff = await User.find(reading.userId, { client: trx })
      if (!staff || (staff.role !== 'staff' && staff.role !== 'admin')) {
        return { reason: 'not_staff' }
      }
      const contact = await this.contactFor(trx, parsed, fromAddress, staff)
      return contact ? { reason: null, contact, staff } : { reason: 'no_contact', staff }
    }
    return { reason: 'unknown_address' }
  }

  /**
   * The contact a staff member's filing concerns: whoever a forwarded mail came from, else
   * the sender, else whom they wrote to (a BCC) — the first of these Most knows as a contact.
   */
  private async contactFor(
    trx: TransactionClientContract,
    parsed: ParsedMail,
    fromAddress: string,
    staff: User
  ) {
    const candidates = unique(
      [
        forwardedSender(textOf(parsed)),
        fromAddress,
        ...addressesOf(parsed.to),
        ...addressesOf(parsed.cc),
      ]
        .map((address) => normaliseAddress(address ?? ''))
        .filter(
          (address) =>
            address && !isInboundAddress(address) && address !== staff.email.toLowerCase()
        )
    )
    for (const address of candidates) {
      const contact = await Contact.byEmail(address, trx).first()
      if (contact) return contact
    }
    return null
  }
}

/** The mail's text; for HTML-only mail, the words of its HTML (the HTML itself is never kept). */
function textOf(parsed: ParsedMail) {
  if (parsed.text?.trim()) return parsed.text
  return typeof parsed.html === 'string' ? textOfHtml(parsed.html) : ''
}

function sha256(value: string | Buffer) {
  return createHash('sha256').update(value).digest('hex')
}

function unique(values: string[]) {
  return [...new Set(values)]
}

/** An address as compared and stored: trimmed, without angle brackets, lower case. */
function normaliseAddress(value: string) {
  const address = cleanMailText(value).trim().replace(/^<|>$/g, '').toLowerCase()
  return /^[^\s@<>]{1,200}@[^\s@<>]{1,255}$/.test(address) ? address : ''
}

function addressesOf(field: AddressObject | AddressObject[] | undefined) {
  const objects = Array.isArray(field) ? field : field ? [field] : []
  return objects.flatMap((object) => object.value.map((entry) => entry.address ?? ''))
}

/** Delivered-To / X-Original-To as mailparser gives them (a string, an address object, or many). */
function headerAddresses(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(headerAddresses)
  if (value && typeof value === 'object' && 'value' in value) {
    return addressesOf(value as AddressObject)
  }
  return []
}
