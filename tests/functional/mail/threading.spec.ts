import { test } from '@japa/runner'
import { createHash } from 'node:crypto'
import type { AddressInfo } from 'node:net'
import testUtils from '@adonisjs/core/services/test_utils'
import mail from '@adonisjs/mail/services/main'
import { SMTPTransport } from '@adonisjs/mail/transports/smtp'
import db from '@adonisjs/lucid/services/db'
import { simpleParser, type ParsedMail } from 'mailparser'
import { SMTPServer } from 'smtp-server'
import DealActivity from '#models/deal_activity'
import RespondToIntroduction from '#actions/deals/introductions/respond_to_introduction'
import { queueMail } from '#services/outbox'
import { dealReplyAddress } from '#services/reply_address'
import { drainOutbox } from '#tests/helpers/outbox'
import { dealWithOpenIntroduction, startInboundListener } from '#tests/helpers/inbound_mail'

/** A real SMTP server (the `smtp-server` package) that keeps what it is sent, parsed. */
async function startReceivingServer() {
  const messages: ParsedMail[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (parsed) => {
          messages.push(parsed)
          callback()
        },
        (error) => callback(error)
      )
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
  const { port } = server.server.address() as AddressInfo
  return {
    port,
    messages,
    to: (address: string) =>
      messages.filter((message) =>
        [message.to].flat().some((field) => field?.value.some((entry) => entry.address === address))
      ),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

const messageIdFor = (key: string) =>
  `<${createHash('sha256').update(key).digest('hex').slice(0, 32)}@most>`

test.group('Mail that threads (real SMTP both ways)', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  let receiving: Awaited<ReturnType<typeof startReceivingServer>>
  let inbound: Awaited<ReturnType<typeof startInboundListener>>

  // Most's default mailer talks SMTP to the test's server for the whole group.
  group.setup(async () => {
    receiving = await startReceivingServer()
    inbound = await startInboundListener()
    const config = mail.config as unknown as {
      default: string
      mailers: Record<string, () => unknown>
    }
    const previous = { default: config.default, smtp: config.mailers.smtp }
    config.mailers.smtp = () =>
      new SMTPTransport({ host: '127.0.0.1', port: receiving.port, secure: false })
    config.default = 'smtp'
    await mail.close('smtp')
    return async () => {
      await mail.close('smtp')
      config.default = previous.default
      config.mailers.smtp = previous.smtp
      await receiving.close()
      await inbound.close()
    }
  })

  test('a deal conversation stays one thread: Message-ID, Reply-To, In-Reply-To, References', async ({
    assert,
  }) => {
    const { deal, introduction, opportunity } = await dealWithOpenIntroduction()
    const partner = opportunity.contactEmail

    // 1. The introduction request went out over SMTP with a stable id and the deal's reply address.
    const [request] = receiving.to(partner)
    assert.exists(request, 'the request reached the SMTP server')
    assert.equal(request.messageId, messageIdFor(`introduction:${introduction.id}:request`))
    assert.equal(request.replyTo?.value[0].address, dealReplyAddress(deal.id))
    assert.isUndefined(request.inReplyTo)
    const recorded = await db
      .from('sent_emails')
      .where('dedupe_key', `introduction:${introduction.id}:request`)
      .firstOrFail()
    assert.equal(recorded.message_id, request.messageId)

    // 2. The partner presses "Reply": their program writes to Reply-To, in reply to that id.
    await inbound.send({
      from: partner,
      to: request.replyTo!.value[0].address!,
      subject: `Re: ${request.subject}`,
      inReplyTo: request.messageId,
      references: [request.messageId!],
      messageId: '<reply-1@partner.example>',
      text: 'Hvala, javljamo se sutra.\n\n> ' + (request.text ?? '').split('\n')[0],
    })
    assert.lengthOf(
      await DealActivity.query().where({ dealId: deal.id, kind: 'email_received' }),
      1
    )

    // 3. The next e-mail to the partner about this deal answers their reply, in the same thread.
    await db.transaction((trx) =>
      queueMail(
        trx,
        'crm_notice',
        { notice: 'introduction_reminder', dealId: deal.id, introductionId: introduction.id },
        { key: `thread-test:${introduction.id}`, dealId: deal.id }
      )
    )
    await drainOutbox()
    const [, reminder] = receiving.to(partner)
    assert.exists(reminder, 'the reminder reached the SMTP server')
    assert.equal(reminder.messageId, messageIdFor(`thread-test:${introduction.id}`))
    assert.equal(reminder.inReplyTo, '<reply-1@partner.example>')
    assert.deepEqual([reminder.references].flat(), [request.messageId, '<reply-1@partner.example>'])
    assert.equal(reminder.replyTo?.value[0].address, dealReplyAddress(deal.id))

    // 4. Accepting sends both sides their e-mail: the partner's continues the thread, the
    // investor's starts its own (nothing of the partner's conversation leaks into it).
    await new RespondToIntroduction().handle({ introductionId: introduction.id, answer: 'accept' })
    await drainOutbox()
    const made = receiving.to(partner)[2]
    assert.equal(made.inReplyTo, reminder.messageId)
    assert.includeMembers([made.references].flat() as string[], [
      request.messageId!,
      '<reply-1@partner.example>',
      reminder.messageId!,
    ])
    const investorEmail = (await deal.related('investor').query().firstOrFail()).email
    const toInvestor = receiving.to(investorEmail).at(-1)!
    assert.equal(toInvestor.replyTo?.value[0].address, dealReplyAddress(deal.id))
    assert.notInclude(JSON.stringify([toInvestor.references ?? []]), 'partner.example')
  })
})
