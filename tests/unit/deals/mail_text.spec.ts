import { test } from '@japa/runner'
import { forwardedSender, splitReply } from '#services/mail_text'
import { dealReplyAddress, readInboundAddress, staffFilingAddress } from '#services/reply_address'

test.group('Received mail text', () => {
  test('the new words stay, the quoted history is folded (mail programs and languages)', ({
    assert,
  }) => {
    const cases: [string, string, string][] = [
      [
        'Gmail, English',
        'Yes, Tuesday works.\r\n\r\nOn Mon, 7 Dec 2026 at 10:00, Most <hello@most.local> wrote:\r\n> Can we meet?\r\n',
        'Yes, Tuesday works.',
      ],
      [
        'Gmail, wrapped introduction',
        'Yes.\n\nOn Mon, 7 Dec 2026 at 10:00, Most Team of the Office\n<hello@most.local> wrote:\n> Can we meet?',
        'Yes.',
      ],
      [
        'Serbian Latin',
        'Može u utorak.\n\npon, 7. dec 2026. u 10:00 Most <hello@most.local> je napisao/la:\n> Da li možemo da se vidimo?',
        'Može u utorak.',
      ],
      [
        'Serbian Cyrillic',
        'Може у уторак.\n\nпон, 7. дец 2026. Most <hello@most.local> је написао:\n> Састанак?',
        'Може у уторак.',
      ],
      [
        'Outlook',
        'Agreed.\n\n________________________________\nFrom: Most <hello@most.local>\nSent: Monday, 7 December 2026 10:00\nSubject: Meeting',
        'Agreed.',
      ],
      [
        'Outlook without a rule',
        'Agreed.\n\nFrom: Most <hello@most.local>\nSent: Monday, 7 December 2026 10:00\nTo: Ana',
        'Agreed.',
      ],
      ['a bottom quote only', 'Fine by me.\n\n> Shall we?\n> Most', 'Fine by me.'],
    ]
    for (const [name, text, body] of cases) {
      const split = splitReply(text)
      assert.equal(split.body, body, name)
      assert.isNotNull(split.quoted, name)
    }
  })

  test('answers between quoted lines stay whole; nothing is folded into an empty mail', ({
    assert,
  }) => {
    const inline = '> Can you come on Tuesday?\nYes.\n> And bring the plan?\nOf course.'
    assert.deepEqual(splitReply(inline), { body: inline, quoted: null })
    const onlyQuote = 'On Mon, Ana wrote:\n> hello'
    assert.deepEqual(splitReply(onlyQuote), { body: onlyQuote, quoted: null })
    assert.deepEqual(splitReply('Just text.\u0000\u0007'), { body: 'Just text.', quoted: null })
  })

  test('the sender of a forwarded mail, from the text under the forward marker', ({ assert }) => {
    assert.equal(
      forwardedSender(
        'FYI\n\n---------- Forwarded message ---------\nFrom: Ana Petrović <Ana@Example.org>\nDate: Mon'
      ),
      'ana@example.org'
    )
    assert.equal(
      forwardedSender('-----Original Message-----\nFrom: ana@example.org\nSent: Monday'),
      'ana@example.org'
    )
    assert.equal(
      forwardedSender('---------- Prosleđena poruka ---------\nOd: Ana <ana@example.rs>'),
      'ana@example.rs'
    )
    assert.isNull(forwardedSender('From: someone@example.org, no marker'))
  })
})

test.group('Reply addresses', () => {
  test('each deal and staff member has a signed address; anything altered is forged', ({
    assert,
  }) => {
    const address = dealReplyAddress(42)
    assert.match(address, /^reply\+42-[0-9a-f]{20}@/)
    assert.deepEqual(readInboundAddress(address), { kind: 'deal', dealId: 42 })
    // Mail systems may change the case of an address.
    assert.deepEqual(readInboundAddress(address.toUpperCase()), { kind: 'deal', dealId: 42 })
    assert.deepEqual(readInboundAddress(staffFilingAddress(7)), { kind: 'staff', userId: 7 })

    const [local, domain] = address.split('@')
    const signature = local.split('-')[1]
    for (const forged of [
      `reply+43-${signature}@${domain}`,
      `reply+42-${signature.slice(0, -1)}0@${domain}`,
      `reply+42@${domain}`,
      `reply+42-${signature}x@${domain}`,
      `reply+99999999999-${signature}@${domain}`,
      // A deal's signature is not a staff member's.
      `file+42-${signature}@${domain}`,
    ]) {
      assert.deepEqual(readInboundAddress(forged), { kind: 'forged' }, forged)
    }
    assert.deepEqual(readInboundAddress(`hello@${domain}`), { kind: 'unknown' })
    assert.deepEqual(readInboundAddress(`${local}@example.org`), { kind: 'foreign' })
  })
})
