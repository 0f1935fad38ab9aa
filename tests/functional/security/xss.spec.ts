import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import app from '@adonisjs/core/services/app'
import env from '#start/env'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { ApiClient } from '@japa/api-client'
import type { Assert } from '@japa/assert'
import Contact from '#models/contact'
import SentEmail from '#models/sent_email'
import Deal from '#models/deal'
import DealActivity from '#models/deal_activity'
import DealTask from '#models/deal_task'
import InvestorProfile from '#models/investor_profile'
import Interest from '#models/interest'
import Opportunity from '#models/opportunity'
import Sector from '#models/sector'
import Municipality from '#models/municipality'
import Country from '#models/country'
import type User from '#models/user'
import SyncDealFromInterest from '#actions/deals/sync_deal_from_interest'
import { UserFactory, createPartner } from '#database/factories/user_factory'
import { createOpportunity } from '#database/factories/opportunity_factory'
import { clearTestRedisKeys } from '#tests/helpers/redis'
import { drainOutbox } from '#tests/helpers/outbox'
import { xssPayloads } from '#tests/helpers/xss_payloads'
import { submitAs } from '#tests/helpers/requests'
import { expressInterest } from '#tests/helpers/marketplace'
import { contactProfileFields } from '#enums/crm'

const pageData = /<script data-page="app" type="application\/json">([\s\S]*?)<\/script>/

/** Every string anywhere in a JSON value. */
function strings(value: unknown, found: string[] = []): string[] {
  if (typeof value === 'string') found.push(value)
  else if (Array.isArray(value)) value.forEach((item) => strings(item, found))
  else if (value && typeof value === 'object')
    Object.values(value).forEach((v) => strings(v, found))
  return found
}

/** Link-like props (href, url, website…) must never carry a javascript: URL. */
function scriptUrls(value: unknown, key = ''): string[] {
  if (typeof value === 'string') {
    return /href|url|website|link/i.test(key) && /^\s*(javascript|vbscript|data):/i.test(value)
      ? [`${key}=${value}`]
      : []
  }
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => scriptUrls(v, Array.isArray(value) ? key : k))
  }
  return []
}

/** Every named text field of `record` holds exactly what was typed (trimmed). */
function assertStored(
  assert: Assert,
  record: Record<string, unknown>,
  fields: string[],
  text: string,
  where: string
) {
  for (const field of fields) assert.equal(record[field], text, `${where}.${field} stored as typed`)
}

/**
 * Loads a page as a browser does (full HTML) and as Inertia does (JSON), and proves every
 * `expected` text comes back only as inert data: inside the JSON island, with no "<" that
 * could end it or change the parser's state, and nowhere in the markup itself.
 */
async function assertInert(
  assert: Assert,
  client: ApiClient,
  url: string,
  user: User,
  expected: string[]
) {
  const response = await client.get(url).loginAs(user)
  assert.equal(response.status(), 200, url)
  const html = response.text()
  const islands = html.match(new RegExp(pageData.source, 'g')) ?? []
  assert.lengthOf(islands, 1, `${url}: one page-data island`)
  const json = pageData.exec(html)![1]
  assert.notInclude(json, '<', `${url}: raw "<" inside the page data`)
  const markup = html.replace(pageData, '')
  // Public pages are rendered on the server, so the text is in the markup too, but only
  // escaped: no payload verbatim, and every tag is one a template wrote.
  for (const text of expected) {
    if (/[<>]/.test(text)) assert.notInclude(markup, text, `${url}: payload verbatim in the markup`)
  }
  for (const tag of markup.match(/<[a-zA-Z][^>]*>/g) ?? []) {
    // Escaped text inside quoted attribute values (meta descriptions, titles) is inert.
    const bare = tag.replace(/"[^"]*"|'[^']*'/g, '""')
    assert.notMatch(bare, /\son\w+\s*=/i, `${url}: event handler in ${tag}`)
    assert.notMatch(
      tag,
      /\b(href|src|action|data)\s*=\s*["']?\s*javascript:/i,
      `${url}: javascript: URL in ${tag}`
    )
    assert.notMatch(bare, /^<(iframe|object|embed|marquee|math|xss|svg\/)/i, `${url}: ${tag}`)
  }
  for (const [, attributes, body] of markup.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const external = /\bsrc="\/[^/]/.test(attributes) && body.trim() === ''
    const structuredData = /type="application\/ld\+json"/.test(attributes) && !body.includes('<')
    assert.isTrue(external || structuredData, `${url}: <script${attributes}>${body}`)
  }
  const data = strings(JSON.parse(json))
  for (const text of expected) {
    assert.include(data, text, `${url}: stored and returned as plain text`)
  }

  const inertia = await client.get(url).loginAs(user).withInertia()
  assert.equal(inertia.status(), 200, url)
  const props = strings(inertia.inertiaProps)
  for (const text of expected) assert.include(props, text, `${url} (Inertia JSON)`)
  assert.deepEqual(scriptUrls(inertia.inertiaProps), [], `${url}: javascript: URL in a link prop`)
}

test.group('XSS: user text stays plain text on every page that shows it', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.teardown(() => clearTestRedisKeys(`${env.get('REDIS_KEY_PREFIX')}*10.66.`))
  // Every payload through a form and the pages that show it: over 30 s on a loaded 2-core host.
  group.each.timeout(120_000)

  test('no Vue template renders raw HTML (v-html) or writes innerHTML', async ({ assert }) => {
    const offenders: string[] = []
    async function scan(folder: string) {
      for (const entry of await readdir(folder, { withFileTypes: true })) {
        const path = join(folder, entry.name)
        if (entry.isDirectory()) await scan(path)
        else if (/\.(vue|ts)$/.test(entry.name)) {
          const source = await readFile(path, 'utf8')
          if (/v-html|innerHTML|outerHTML|insertAdjacentHTML|document\.write/.test(source)) {
            offenders.push(path)
          }
        }
      }
    }
    await scan(app.makePath('inertia'))
    assert.deepEqual(offenders, [])
  })

  test('listing form: every payload in every text field, on the edit and public pages', async ({
    client,
    assert,
  }) => {
    const { user: partner, organisation } = await createPartner()
    const sector = await Sector.firstOrFail()
    const municipality = await Municipality.firstOrFail()
    for (const payload of xssPayloads) {
      const text = payload.trim()
      const response = await submitAs(client, partner, 'post', '/partner/opportunities', {
        json: {
          titleEn: payload,
          summaryEn: payload,
          descriptionEn: payload,
          titleSr: payload,
          summarySr: payload,
          descriptionSr: payload,
          sectorIds: [sector.id],
          municipalityId: municipality.id,
          type: 'greenfield',
          stage: 'planning',
          totalSizeEur: 1_000_000,
          minTicketEur: 50_000,
          timeline: payload,
          contactName: payload,
          contactEmail: 'contact@example.rs',
          incentives: [{ kind: 'tax_relief', amountEur: 1000, conditions: payload }],
        },
      })
      assert.equal(response.status(), 302, payload)
      const opportunity = await Opportunity.query()
        .where('organisationId', organisation.id)
        .preload('incentives')
        .orderBy('id', 'desc')
        .firstOrFail()
      assertStored(
        assert,
        opportunity as unknown as Record<string, unknown>,
        [
          'titleEn',
          'summaryEn',
          'descriptionEn',
          'titleSr',
          'summarySr',
          'descriptionSr',
          'timeline',
          'contactName',
        ],
        text,
        'opportunity'
      )
      assert.equal(opportunity.incentives[0].conditions, text, 'incentive conditions')
      await assertInert(assert, client, `/partner/opportunities/${opportunity.id}/edit`, partner, [
        text,
      ])
      // The public page of the same listing once published.
      opportunity.status = 'published'
      await opportunity.save()
      const visitor = await UserFactory.create()
      await assertInert(assert, client, `/opportunities/${opportunity.slug}`, visitor, [text])
    }
  })
    .with([xssPayloads.length] as const)
    .tags(['security'])

  test('interest message and deal note reach the CRM as plain text', async ({ client, assert }) => {
    const staff = await UserFactory.apply('staff').create()
    const { organisation } = await createPartner()
    const opportunity = await createOpportunity(organisation)
    for (const payload of xssPayloads) {
      const text = payload.trim()
      // A fresh investor each time: interests are rate-limited per investor.
      const investor = await UserFactory.create()
      const interest = await expressInterest(client, investor, opportunity, {
        json: {
          amountMinEur: 50_000,
          amountMaxEur: 90_000,
          message: payload,
          contactChannel: 'email',
          contactLanguage: 'en',
          consentToShareContact: true,
        },
      })
      assert.equal(interest.status(), 302, payload)
      const row = await Interest.findByOrFail('investorId', investor.id)
      assert.equal(row.message, text)
      await new SyncDealFromInterest().handle({ interestId: row.id })
      const deal = await Deal.findByOrFail('interestId', row.id)

      const note = await submitAs(client, staff, 'post', `/crm/deals/${deal.id}/activities`, {
        json: { kind: 'note', body: payload },
      })
      assert.equal(note.status(), 302, payload)
      const task = await submitAs(client, staff, 'post', `/crm/deals/${deal.id}/tasks`, {
        json: { title: payload, dueAt: '2030-01-15' },
      })
      assert.equal(task.status(), 302, payload)
      const noteRow = await DealActivity.query()
        .where({ dealId: deal.id, kind: 'note' })
        .firstOrFail()
      assert.equal(noteRow.body, text, 'note body')
      const taskRow = await DealTask.findByOrFail('dealId', deal.id)
      assert.equal(taskRow.title, text, 'task title')
      await assertInert(assert, client, `/crm/deals/${deal.id}`, staff, [text])
      await assertInert(assert, client, '/investor/interests', investor, [])
    }
  }).tags(['security'])

  test('inquiry form: every text field, shown to staff on the contact and deal pages', async ({
    client,
    assert,
  }) => {
    const staff = await UserFactory.apply('staff').create()
    for (const [index, payload] of xssPayloads.entries()) {
      const text = payload.trim()
      const email = `xss-${index}@example.com`
      const response = await client
        .post('/inquiry')
        .json({
          fullName: payload,
          email,
          ...Object.fromEntries(contactProfileFields.map((field) => [field, payload])),
          question: `${payload} — how do I start?`,
          locale: 'en',
          consent: true,
        })
        // Its own address per inquiry: the form allows a few per address.
        .header('x-forwarded-for', `10.66.0.${index + 1}`)
        .withCsrfToken()
        .redirects(0)
      assert.equal(response.status(), 302, payload)
      const contact = await Contact.byEmail(email).preload('inquiries').firstOrFail()
      assertStored(
        assert,
        contact as unknown as Record<string, unknown>,
        ['fullName', ...contactProfileFields],
        text,
        'contact'
      )
      assert.equal(contact.inquiries[0].question, `${payload} — how do I start?`.trim())
      await assertInert(assert, client, `/crm/contacts/${contact.id}`, staff, [text])
      const deal = await Deal.findByOrFail('contactId', contact.id)
      await assertInert(assert, client, `/crm/deals/${deal.id}`, staff, [
        `${payload} — how do I start?`.trim(),
      ])
    }

    // The confirmation to the person and the note to their assistant quote name and question:
    // Edge escapes them, so no payload becomes markup in an e-mail either.
    await drainOutbox({ only: ['mail:send'] })
    const mails = await SentEmail.query()
      .whereLike('toAddress', 'xss-%')
      .orWhere('toAddress', staff.email)
    assert.isAtLeast(mails.length, xssPayloads.length * 2)
    for (const mail of mails) {
      assert.notMatch(
        mail.html ?? '',
        // Raw tags only: escaped text such as "&lt;img onerror=…&gt;" is harmless.
        /<(script|svg|iframe|object|embed|details|marquee|math)\b|<[a-z][^>]*\son\w+\s*=|href="\s*javascript:/i,
        mail.subject
      )
    }
  }).tags(['security'])

  test('investor profile: every text field', async ({ client, assert }) => {
    const investor = await UserFactory.create()
    const country = await Country.findByOrFail('code', 'DE')
    for (const payload of xssPayloads) {
      const text = payload.trim()
      const response = await submitAs(client, investor, 'put', '/investor/profile', {
        json: {
          residenceCountryId: country.id,
          residenceCity: payload,
          placeOfBirth: payload,
          education: payload,
          occupation: payload,
          company: payload,
        },
      })
      assert.equal(response.status(), 302, payload)
      const profile = await InvestorProfile.findByOrFail('userId', investor.id)
      assertStored(
        assert,
        profile as unknown as Record<string, unknown>,
        ['residenceCity', 'placeOfBirth', 'education', 'occupation', 'company'],
        text,
        'profile'
      )
      await assertInert(assert, client, '/investor/profile', investor, [text])
    }
  }).tags(['security'])

  test('a javascript: web address is refused where a link is shown', async ({ client, assert }) => {
    const serbia = await Country.findByOrFail('code', 'RS')
    for (const website of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
    ]) {
      const response = await client
        .post('/register/partner')
        .json({
          fullName: 'Ana Partner',
          email: 'ana.partner@example.rs',
          password: 'a-long-password',
          passwordConfirmation: 'a-long-password',
          acceptTerms: true,
          organisation: { name: 'Razvoj Niš', kind: 'company', countryId: serbia.id, website },
        })
        .header('accept', 'application/json')
        .header('x-forwarded-for', '10.66.1.1')
        .withCsrfToken()
      assert.equal(response.status(), 422, website)
      assert.deepInclude(
        response.body().errors.map((error: { field: string }) => error.field),
        'organisation.website'
      )
    }
  }).tags(['security'])
})
