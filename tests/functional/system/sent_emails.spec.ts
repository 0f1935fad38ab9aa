import { test } from '@japa/runner'
import env from '#start/env'
import testUtils from '@adonisjs/core/services/test_utils'
import SentEmail from '#models/sent_email'
import { UserFactory } from '#database/factories/user_factory'

/** The mail preview (outside production) and the staff's e-mail pages. */
test.group('Recorded e-mails, read in full', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  async function recorded() {
    return SentEmail.create({
      toAddress: `dragana-${Date.now()}@pirot.example.rs`,
      subject: 'An investor would like to meet you',
      html: `<p>Hello. <a href="${env.get('APP_URL')}/introductions/7/accept?signature=abc&amp;x=1">Accept</a>
        <a href="https://example.org/guide">Guide</a> <a href="javascript:alert(1)">bad</a></p>`,
      text: 'Hello. Accept: /introductions/7/accept?signature=abc',
      mailer: 'log',
    })
  }

  test('the preview lists every message and filters by recipient', async ({ client, assert }) => {
    const email = await recorded()
    const all = await client.get('/dev/mail').withInertia()
    all.assertStatus(200)
    const listed = (all.inertiaProps.emails as { data: { id: number }[] }).data
    assert.include(
      listed.map((row) => row.id),
      email.id
    )
    const filtered = await client
      .get(`/dev/mail?to=${encodeURIComponent(email.toAddress.slice(0, 12))}`)
      .withInertia()
    const rows = (filtered.inertiaProps.emails as { data: { toAddress: string }[] }).data
    assert.isAbove(rows.length, 0)
    assert.isTrue(rows.every((row) => row.toAddress.startsWith(email.toAddress.slice(0, 12))))
  })

  test('one message in full: body, and its links as paths of this app (never javascript:)', async ({
    client,
    assert,
  }) => {
    const email = await recorded()
    const page = await client.get(`/dev/mail/${email.id}`).withInertia()
    page.assertStatus(200)
    const shown = page.inertiaProps.email as {
      html: string
      text: string
      links: { href: string; label: string }[]
    }
    assert.include(shown.html, 'Hello.')
    assert.include(shown.text, '/introductions/7/accept')
    assert.deepEqual(shown.links, [
      { href: '/introductions/7/accept?signature=abc&x=1', label: 'Accept' },
      { href: 'https://example.org/guide', label: 'Guide' },
    ])
    assert.equal(page.inertiaProps.base, '/dev/mail')
  })

  test('staff read the same from the deal timeline; others may not', async ({ client, assert }) => {
    const email = await recorded()
    const staff = await UserFactory.apply('staff').create()
    const investor = await UserFactory.create()
    const page = await client.get(`/crm/emails/${email.id}`).loginAs(staff).withInertia()
    page.assertStatus(200)
    assert.equal(page.inertiaProps.base, '/crm/emails')
    const refused = await client.get(`/crm/emails/${email.id}`).loginAs(investor)
    refused.assertStatus(403)
  })
})
