import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import drive from '@adonisjs/drive/services/main'
import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import DealActivity from '#models/deal_activity'
import InboundMail from '#models/inbound_mail'
import InboundMailAttachment from '#models/inbound_mail_attachment'
import { responseTimes } from '#actions/deals/introductions/response_times'
import CheckIntroductionResponse from '#jobs/check_introduction_response'
import SweepStaleDeals from '#jobs/sweep_stale_deals'
import { dealReplyAddress, staffFilingAddress } from '#services/reply_address'
import {
  dealWithOpenIntroduction,
  exeBytes,
  partnerReply,
  pdfBytes,
  refusal,
  startInboundListener,
} from '#tests/helpers/inbound_mail'

test.group('Inbound e-mail over SMTP', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  let listener: Awaited<ReturnType<typeof startInboundListener>>
  group.setup(async () => {
    listener = await startInboundListener()
    return () => listener.close()
  })

  test("a partner's reply lands on its deal, stops the response clock and counts in the median", async ({
    assert,
  }) => {
    const { deal, introduction, organisation, opportunity } = await dealWithOpenIntroduction()
    // The deal went quiet: stale since yesterday, in its stage for a month.
    await db
      .from('deals')
      .where('id', deal.id)
      .update({
        stage_entered_at: DateTime.now().minus({ days: 30 }).toJSDate(),
        stale_since: DateTime.now().minus({ days: 1 }).toJSDate(),
      })
    await db.from('pipeline_stages').where('id', deal.stageId).update({ stale_after_days: 7 })

    const sent = await listener.send(
      partnerReply(opportunity.contactEmail, dealReplyAddress(deal.id))
    )
    assert.match(sent.response, /^250 /)

    const mail = await InboundMail.findByOrFail('dealId', deal.id)
    assert.equal(mail.status, 'matched')
    assert.equal(mail.source, 'smtp')
    assert.equal(mail.fromAddress, opportunity.contactEmail.toLowerCase())
    assert.equal(mail.body, 'Rado ćemo se sastati sledeće nedelje.\nŠaljem plan objekta.')
    assert.include(mail.quoted ?? '', '> Investitor iz dijaspore')

    // On the timeline: sender, subject, the new text, the quote folded, the kept file.
    const line = await DealActivity.query()
      .where({ dealId: deal.id, kind: 'email_received' })
      .firstOrFail()
    assert.equal(line.body, mail.body)
    const meta = line.meta as Record<string, any>
    assert.equal(meta.from, mail.fromAddress)
    assert.equal(meta.side, 'partner')
    assert.include(meta.subject, 'Re: Investitor')
    assert.include(meta.quoted, 'wrote:')
    assert.deepEqual(
      meta.attachments.map((file: { name: string; kept: boolean }) => [file.name, file.kept]),
      [['plan.pdf', true]]
    )
    const [file] = await InboundMailAttachment.query().where('inboundMailId', mail.id)
    assert.equal(file.contentType, 'application/pdf')
    assert.isTrue(await drive.use().exists(file.filePath!))
    assert.deepEqual(Buffer.from(await drive.use().getBytes(file.filePath!)), pdfBytes)

    // The partner answered: the clock stopped at the reply, five hours after the request.
    await introduction.refresh()
    assert.equal(introduction.status, 'requested')
    assert.isNotNull(introduction.respondedAt)
    const figures = (await responseTimes([organisation.id])).get(organisation.id)!
    assert.deepEqual(figures, { medianHours: 5, answered: 1, open: 0, overdue: 0 })
    // No reminder, no overdue alert for an answered introduction.
    assert.deepEqual(
      await new CheckIntroductionResponse().handle({
        introductionId: introduction.id,
        phase: 'overdue',
      }),
      { sent: false }
    )

    // The reply restarted the stale clock: not stale now, stale again 7 days after it.
    await deal.refresh()
    assert.isNull(deal.staleSince)
    assert.isNotNull(deal.lastReplyAt)
    await new SweepStaleDeals().handle({ now: DateTime.now().plus({ days: 6 }).toISO()! })
    await deal.refresh()
    assert.isNull(deal.staleSince)
    await new SweepStaleDeals().handle({ now: DateTime.now().plus({ days: 8 }).toISO()! })
    await deal.refresh()
    assert.isNotNull(deal.staleSince)

    // A second delivery of the same message (a sender's retry) adds nothing.
    await listener.send({
      ...partnerReply(opportunity.contactEmail, dealReplyAddress(deal.id)),
      messageId: mail.messageId!,
    })
    assert.lengthOf(await InboundMail.query().where('dealId', deal.id), 1)
    assert.lengthOf(
      await DealActivity.query().where({ dealId: deal.id, kind: 'email_received' }),
      1
    )
  })

  test('forged, altered and unknown addresses are kept as unmatched, never on a deal', async ({
    assert,
  }) => {
    const { deal, introduction, opportunity } = await dealWithOpenIntroduction()
    const other = await dealWithOpenIntroduction()
    const valid = dealReplyAddress(deal.id)
    const [local, domain] = valid.split('@')
    const signature = local.split('-')[1]
    const cases = {
      // Right shape, invented signature.
      forged: `reply+${deal.id}-${'0'.repeat(signature.length)}@${domain}`,
      // A real signature moved onto another deal's number.
      altered: `reply+${other.deal.id}-${signature}@${domain}`,
      truncated: `reply+${deal.id}-${signature.slice(0, 8)}@${domain}`,
      unknown: `hello@${domain}`,
      vanished: dealReplyAddress(2_000_000_000),
    }
    for (const address of Object.values(cases)) {
      await listener.send(partnerReply(opportunity.contactEmail, address))
    }
    const mails = await InboundMail.query().orderBy('id')
    assert.deepEqual(
      mails.map((mail) => [mail.recipient, mail.status, mail.unmatchedReason, mail.dealId]),
      [
        [cases.forged, 'unmatched', 'forged_token', null],
        [cases.altered, 'unmatched', 'forged_token', null],
        [cases.truncated, 'unmatched', 'forged_token', null],
        [cases.unknown, 'unmatched', 'unknown_address', null],
        [cases.vanished, 'unmatched', 'unknown_deal', null],
      ]
    )
    // Neither deal heard anything; the partner's clock still runs.
    assert.lengthOf(
      await DealActivity.query()
        .whereIn('dealId', [deal.id, other.deal.id])
        .where('kind', 'email_received'),
      0
    )
    await introduction.refresh()
    assert.isNull(introduction.respondedAt)

    // Another domain is not ours to take: refused at RCPT, nothing stored.
    const relay = await refusal(
      listener.send(partnerReply(opportunity.contactEmail, 'someone@example.org'))
    )
    assert.equal(relay?.responseCode, 550)
    assert.lengthOf(await InboundMail.all(), 5)
  })

  test('a 30 MB mail is refused with 552 and an executable attachment with 550', async ({
    assert,
  }) => {
    const { deal, opportunity } = await dealWithOpenIntroduction()
    const big = await refusal(
      listener.send({
        ...partnerReply(opportunity.contactEmail, dealReplyAddress(deal.id)),
        attachments: [{ filename: 'scan.pdf', content: Buffer.alloc(30 * 1024 * 1024, 7) }],
      })
    )
    assert.equal(big?.responseCode, 552)

    const program = await refusal(
      listener.send({
        ...partnerReply(opportunity.contactEmail, dealReplyAddress(deal.id)),
        attachments: [{ filename: 'setup.exe', content: exeBytes }],
      })
    )
    assert.equal(program?.responseCode, 550)
    assert.include(program?.response ?? '', 'setup.exe')

    // A program under a harmless name is found by its bytes.
    const disguised = await refusal(
      listener.send({
        ...partnerReply(opportunity.contactEmail, dealReplyAddress(deal.id)),
        attachments: [{ filename: 'invoice.pdf', content: exeBytes }],
      })
    )
    assert.equal(disguised?.responseCode, 550)

    assert.lengthOf(await InboundMail.all(), 0)
    assert.lengthOf(await InboundMailAttachment.all(), 0)
    await deal.refresh()
    assert.isNull(deal.lastReplyAt)
  })

  test('files that are not an accepted type are listed, not kept; mail HTML is never kept', async ({
    assert,
  }) => {
    const { deal, opportunity } = await dealWithOpenIntroduction()
    await listener.send({
      from: opportunity.contactEmail,
      to: dealReplyAddress(deal.id),
      subject: '<img src=x onerror=alert(1)> Plan',
      html: '<p>Evo <b>plana</b>.</p><script>alert(document.cookie)</script><img src="https://tracker.example/p.gif">',
      attachments: [
        { filename: 'notes.txt', content: 'plain notes' },
        { filename: 'photo.png', content: pdfBytes },
      ],
    })
    const mail = await InboundMail.findByOrFail('dealId', deal.id)
    assert.notInclude(mail.body, '<')
    assert.include(mail.body, 'Evo')
    assert.include(mail.body, 'plana')
    assert.notInclude(mail.body, 'alert(document.cookie)')
    // The subject stays text; pages print it escaped.
    assert.equal(mail.subject, '<img src=x onerror=alert(1)> Plan')
    const files = await InboundMailAttachment.query()
      .where('inboundMailId', mail.id)
      .orderBy('position')
    assert.deepEqual(
      files.map((file) => [file.name, file.filePath, file.refused]),
      [
        ['notes.txt', null, 'type'],
        ['photo.png', null, 'content'],
      ]
    )
  })

  test("a staff member's filing address files a BCC or a forward on the contact", async ({
    assert,
  }) => {
    const { staff, investor } = await dealWithOpenIntroduction()
    const address = staffFilingAddress(staff.id)
    // BCC: the copy reaches our domain only; the contact is whom staff wrote to.
    await listener.send({
      from: staff.email,
      to: investor.email,
      envelope: { from: staff.email, to: [address] },
      subject: 'Your visit to Pirot',
      text: 'Dear Snežana, the site visit is on Tuesday.',
    })
    // A forward: the contact is whom the forwarded mail came from.
    await listener.send({
      from: staff.email,
      to: address,
      subject: 'Fwd: Question',
      text: [
        'For the file.',
        '',
        '---------- Forwarded message ---------',
        `From: Snežana Popović <${investor.email.toUpperCase()}>`,
        'Date: Mon, 7 Dec 2026',
        'Subject: Question',
        '',
        'Is the land connected to water?',
      ].join('\n'),
    })
    // Mail about nobody we know waits for staff.
    await listener.send({
      from: staff.email,
      to: 'stranger@example.org',
      envelope: { from: staff.email, to: [address] },
      subject: 'Hello',
      text: 'Hi',
    })
    const mails = await InboundMail.query().orderBy('id')
    const contact = await db
      .from('contacts')
      .whereRaw('lower(email) = lower(?)', [investor.email])
      .firstOrFail()
    assert.deepEqual(
      mails.map((mail) => [mail.status, mail.contactId, mail.filedById, mail.unmatchedReason]),
      [
        ['matched', contact.id, staff.id, null],
        ['matched', contact.id, staff.id, null],
        ['unmatched', null, staff.id, 'no_contact'],
      ]
    )
    // A filing address of a non-staff account files nothing.
    await listener.send({
      from: investor.email,
      to: staffFilingAddress(investor.id),
      subject: 'x',
      text: 'x',
    })
    const last = await InboundMail.query().orderBy('id', 'desc').firstOrFail()
    assert.equal(last.unmatchedReason, 'not_staff')
  })
})
