import { test } from '@japa/runner'
import { dealFromInterest } from '#tests/helpers/marketplace'
import testUtils from '@adonisjs/core/services/test_utils'
import router from '@adonisjs/core/services/router'
import db from '@adonisjs/lucid/services/db'
import { readdir } from 'node:fs/promises'
import app from '@adonisjs/core/services/app'
import type { ApiClient, ApiResponse } from '@japa/api-client'
import env from '#start/env'
import DealTask from '#models/deal_task'
import InboundMail from '#models/inbound_mail'
import Notification from '#models/notification'
import LostReason from '#models/lost_reason'
import Pipeline from '#models/pipeline'
import OpportunityDocument from '#models/opportunity_document'
import SavedSearch from '#models/saved_search'
import SuccessStory from '#models/success_story'
import Event from '#models/event'
import EventAttendee from '#models/event_attendee'
import Country from '#models/country'
import Import from '#models/import'
import IncentiveRule from '#models/incentive_rule'
import type User from '#models/user'
import { DateTime } from 'luxon'
import { UserFactory, OrganisationFactory, createPartner } from '#database/factories/user_factory'
import { createOpportunity } from '#database/factories/opportunity_factory'
import { clearTestRedisKeys } from '#tests/helpers/redis'
import { opportunitySearchValidator } from '#validators/opportunity'

type Actor = 'anonymous' | 'investor' | 'partner' | 'staff' | 'admin'

/** Who may use a route, judged from its path: the fuzz must get past auth to the validator. */
function actorFor(pattern: string): Actor {
  if (/^\/(login|register|forgot-password|reset-password|invitations|inquiry|locale)/.test(pattern))
    return 'anonymous'
  if (/^\/(crm\/settings|admin)/.test(pattern)) return 'admin'
  if (/^\/(staff|crm)/.test(pattern)) return 'staff'
  if (/^\/partner/.test(pattern)) return 'partner'
  if (/^\/(api|webhooks|health|__transmit|introductions|alerts)/.test(pattern)) return 'anonymous'
  return 'investor'
}

/** Every value of every field name any validator knows, for "wrong type" bodies. */
async function knownFieldNames() {
  const names = new Set<string>()
  const folder = app.makePath('app', 'validators')
  for (const file of await readdir(folder)) {
    const module = await import(app.makeURL(`app/validators/${file}`).href)
    for (const exported of Object.values(module)) {
      for (const name of fieldNamesOf(exported)) names.add(name)
    }
  }
  return [...names]
}

/** The field names in a compiled VineJS validator's schema (nested ones included). */
function fieldNamesOf(validator: unknown) {
  const names = new Set<string>()
  const walk = (node: any) => {
    if (!node || typeof node !== 'object') return
    if (typeof node.fieldName === 'string' && !node.fieldName.startsWith('*')) {
      names.add(node.fieldName)
    }
    for (const value of Object.values(node)) walk(value)
  }
  if (validator && typeof (validator as any).toJSON === 'function')
    walk((validator as any).toJSON())
  return [...names]
}

// Longer than every text limit but one, while the whole body stays under the 1 MB JSON limit.
const long = 'x'.repeat(6000)
/**
 * Forms whose every field is a long text (an NDA in three languages): their own fields get a
 * text over their limit (every known field at that length would pass the 1 MB body limit).
 */
const longerFor: Record<string, Record<string, string>> = {
  'POST /partner/nda': Object.fromEntries(
    ['bodyEn', 'bodySrLatn', 'bodySrCyrl'].map((field) => [field, 'x'.repeat(30_001)])
  ),
}
/** Over-long fields per request body: 120 × 6,000 characters stay well under 1 MB. */
const LONG_FIELDS_PER_BODY = 120

function chunks<T>(items: T[], size: number) {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, index) =>
    items.slice(index * size, (index + 1) * size)
  )
}

/** Values no field accepts (the others are valid text for a free-text field). */
const neverValid = new Set([
  'wrong type: number',
  'wrong type: boolean',
  'wrong type: array',
  'wrong type: object',
  'over-long string',
  'negative amount',
  'huge amount',
  'unknown id',
  'beyond integer id',
  'null',
  'empty string',
])
/** Forms for which one of those values is the right input (a single yes/no setting). */
const validFor: Record<string, string[]> = {
  'POST /crm/notifications/settings': ['wrong type: boolean'],
}
/** One kind of bad value per entry, given to every known field at once. */
const badValues: Record<string, unknown> = {
  'wrong type: number': 12345,
  'wrong type: boolean': true,
  'wrong type: array': ['a', { b: 1 }],
  'wrong type: object': { nested: { deeper: 'x' } },
  'over-long string': long,
  'negative amount': -1,
  'huge amount': 1e308,
  'huge integer string': '999999999999999999999999',
  'not a number': 'NaN',
  'invalid date': '2024-02-30',
  'nonsense date': 'not-a-date',
  'unknown id': 2_147_483_647,
  'beyond integer id': 99_999_999_999,
  'SQL in an id': "1' OR '1'='1",
  'null': null,
  'empty string': '',
}
/**
 * Write routes that answer an empty body without field errors, with that exact answer:
 * no input at all (a toggle, a sign-out) or a rule checked before the form.
 */
const withoutForm: Record<string, number> = {
  // No input: the action itself, then back (or on) with a message.
  'POST /logout': 302,
  'POST /verify-email': 302,
  'POST /account/exports': 302,
  'POST /opportunities/:slug/save': 302,
  'DELETE /opportunities/:slug/save': 302,
  'DELETE /investor/searches/:id': 302,
  'POST /partner/opportunities/:id/submit': 302,
  'POST /partner/opportunities/:id/reconfirm': 302,
  'DELETE /partner/opportunities/:id/documents/:documentId': 302,
  'POST /partner/opportunities/:id/documents/:documentId/revoke': 302,
  'POST /staff/organisations/:id/approve': 302,
  'POST /staff/opportunities/:id/approve': 302,
  'POST /crm/stories/:id/unpublish': 302,
  'DELETE /crm/stories/:id': 302,
  'POST /crm/deals/:id/introductions': 302,
  'POST /crm/deals/:id/tasks/:taskId/toggle': 302,
  'POST /crm/settings/lost-reasons/:id/toggle': 302,
  // Marking notifications read: all of them (back), or one (no content, the bell updates).
  'POST /crm/notifications/read': 302,
  'POST /crm/notifications/:id/read': 204,
  'DELETE /staff/incentives/:id': 302,
  'POST /crm/mail/:id/dismiss': 302,
  // Payments are not configured in tests: back with a note before any input is read.
  'POST /investor/club/portal': 302,
  // An optional reason only: an empty body pauses.
  'POST /partner/opportunities/:id/pause': 302,
  // The draft is not paused, so there is nothing to resume.
  'POST /partner/opportunities/:id/resume': 403,
  // Signed links: without the signature nothing is read.
  'POST /alerts/unsubscribe/:id': 403,
  'POST /introductions/:id/accept': 403,
  'POST /introductions/:id/decline': 403,
  'POST /events/follow-ups/:id/stop': 403,
  'POST /meetings/invitations/:id': 403,
  // Unknown records (refunds and retries are tested with real ones elsewhere).
  'POST /staff/payments/:id/refund': 404,
  'POST /crm/jobs/:id/retry': 404,
  'POST /staff/questions/:id/hide': 404,
  // A partner answers only questions on their own listings (tested in questions.spec.ts).
  'POST /partner/questions/:id/answer': 404,
  'POST /crm/meetings/:id/cancel': 404,
  // A partner answers only introductions to their own organisation (tested in the inbox's spec).
  'POST /partner/introductions/:id/accept': 404,
  'POST /partner/introductions/:id/decline': 404,
  // The deal is open: impact and aftercare are refused by a rule before the form.
  'POST /crm/deals/:id/impact': 422,
  'POST /crm/deals/:id/aftercare': 422,
}

const badParams = ['999999999', 'abc', '-1', '1.5', '99999999999999999999', "1'--", 'x'.repeat(300)]

test.group(
  'Bad input: every form and API endpoint answers with field errors, never 500',
  (group) => {
    group.each.setup(() => testUtils.db().withGlobalTransaction())
    group.each.teardown(() => clearTestRedisKeys(`${env.get('REDIS_KEY_PREFIX')}rlflx:`))

    test('missing fields, wrong types, over-long, negative, huge, bad dates and unknown ids', async ({
      client,
      assert,
    }) => {
      // Fixtures the URLs point at, so requests get past routing and policies to validation.
      const investor = await UserFactory.create()
      const { user: partner, organisation } = await createPartner()
      const staff = await UserFactory.apply('staff').create()
      const admin = await UserFactory.apply('admin').create()
      const pendingOrganisation = await OrganisationFactory.apply('pending').create()
      const published = await createOpportunity(organisation)
      const draft = await createOpportunity(organisation, { status: 'draft' })
      const document = await OpportunityDocument.create({
        opportunityId: draft.id,
        kind: 'public',
        title: 'Plan',
        filePath: `opportunities/${draft.id}/public/none.pdf`,
        fileName: 'plan.pdf',
        mimeType: 'application/pdf',
        sizeBytes: 1,
      })
      const { deal } = await dealFromInterest(investor, published, {
        amountMinEur: 100_000,
        amountMaxEur: 200_000,
        contactChannel: 'email',
      })
      const task = await DealTask.create({
        dealId: deal.id,
        title: 'Call back',
        createdById: staff.id,
        dueAt: DateTime.now().plus({ days: 2 }),
      })
      const inReview = await createOpportunity(organisation, { status: 'in_review' })
      // A spreadsheet waiting for its column mapping (partner's own; staff see every import).
      const upload = await Import.create({
        kind: 'listings',
        userId: partner.id,
        organisationId: organisation.id,
        fileName: 'projects.csv',
        filePath: 'imports/bad-input.csv',
        headers: ['titleEn', 'municipality'],
        mapping: {},
        status: 'uploaded',
        errors: [],
      })
      const incentiveRule = await IncentiveRule.firstOrFail()
      const savedSearch = await SavedSearch.create({
        userId: investor.id,
        name: 'Niš',
        filters: { municipality: 'nis' },
        frequency: 'weekly',
      })
      const story = await SuccessStory.create({
        slug: `bad-input-story-${Date.now()}`,
        personName: 'Jelena Petrović',
        titleEn: 'Back in Niš',
        titleSr: 'Ponovo u Nišu',
        bodyEn: 'She came back.',
        bodySr: 'Vratila se.',
        status: 'draft',
      })
      const event = await Event.create({
        name: 'Bad Input Days',
        slug: `bad-input-days-${Date.now()}`,
        city: 'Vienna',
        countryId: (await Country.findByOrFail('code', 'AT')).id,
        startsOn: DateTime.now().plus({ days: 10 }),
        signupOpen: true,
      })
      const attendee = await EventAttendee.create({
        eventId: event.id,
        contactId: deal.contactId!,
        source: 'staff',
      })
      const pipeline = await Pipeline.query().preload('stages').firstOrFail()
      const inboundMail = await InboundMail.create({
        status: 'unmatched',
        unmatchedReason: 'unknown_address',
        source: 'smtp',
        recipient: 'bad-input@reply.most.test',
        fromAddress: 'someone@example.org',
        subject: 'Hello',
        body: 'Hello',
        sizeBytes: 100,
        dedupeKey: `bad-input-${Date.now()}`,
        receivedAt: DateTime.now(),
      })
      const lostReason = await LostReason.firstOrFail()
      // The staff actor's own notification, so marking it read reaches the action.
      const notification = await Notification.create({
        userId: staff.id,
        kind: 'deal_assigned',
        dealId: deal.id,
        data: { dealTitle: deal.title },
        dedupeKey: `bad-input-${Date.now()}`,
      })
      const users: Record<Exclude<Actor, 'anonymous'>, User> = {
        investor,
        partner,
        staff,
        admin,
      }

      const paramValue = (pattern: string, name: string): string => {
        if (name === 'slug') {
          if (pattern.startsWith('/organisations')) return organisation.slug
          if (pattern.startsWith('/municipalities')) return 'nis'
          if (pattern.startsWith('/events')) return event.slug
          return published.slug
        }
        if (name === 'documentId') return String(document.id)
        if (name === 'taskId') return String(task.id)
        if (name === 'attendeeId') return String(attendee.id)
        if (name === 'id') {
          // Each action on a listing in the state it applies to, so the form is reached.
          if (/^\/staff\/opportunities\/:id\/(approve|reject)/.test(pattern)) {
            return String(inReview.id)
          }
          if (/^\/staff\/opportunities\/:id\/(feature|invitations|matches)/.test(pattern)) {
            return String(published.id)
          }
          if (/^\/partner\/opportunities\/:id\/(close|feature|pause|reconfirm)/.test(pattern)) {
            return String(published.id)
          }
          if (/^\/(partner|staff)\/opportunities/.test(pattern)) return String(draft.id)
          if (pattern.startsWith('/investor/searches')) return String(savedSearch.id)
          if (pattern.startsWith('/crm/stories')) return String(story.id)
          if (pattern.startsWith('/crm/directory')) return String(organisation.id)
          if (pattern.startsWith('/crm/events')) return String(event.id)
          if (pattern.startsWith('/events/follow-ups')) return String(attendee.id)
          if (pattern.startsWith('/staff/organisations')) return String(pendingOrganisation.id)
          if (pattern.startsWith('/crm/deals')) return String(deal.id)
          if (pattern.startsWith('/crm/mail')) return String(inboundMail.id)
          if (pattern.startsWith('/crm/notifications')) return String(notification.id)
          if (pattern.startsWith('/crm/settings/pipelines')) return String(pipeline.id)
          if (pattern.startsWith('/crm/settings/stages')) return String(pipeline.stages[0].id)
          if (pattern.startsWith('/crm/settings/lost-reasons')) return String(lostReason.id)
          if (pattern.startsWith('/documents')) return String(document.id)
          if (/^\/(partner|staff)\/imports/.test(pattern)) return String(upload.id)
          if (pattern.startsWith('/staff/incentives')) return String(incentiveRule.id)
          return String(published.id)
        }
        return 'x'
      }
      const urlFor = (pattern: string, override?: { name: string; value: string }) =>
        pattern.replace(/:(\w+)\??/g, (_, name) =>
          encodeURIComponent(
            override && override.name === name ? override.value : paramValue(pattern, name)
          )
        )

      // What this transaction has written so far, per table. PostgreSQL counts every row
      // inserted, updated or deleted, also those a savepoint later rolled back, so a refused
      // request that wrote anything shows as a rise. (A checksum of every row of every table
      // after each of ~2,500 requests cost minutes once earlier tests had left rows behind.)
      const writesSoFar = async () => {
        const { rows } = await db.rawQuery(
          `select relname, (n_tup_ins + n_tup_upd + n_tup_del)::int as writes
             from pg_stat_xact_user_tables where relname not like 'adonis_%'`
        )
        return new Map<string, number>(
          rows.map((row: { relname: string; writes: number }) => [row.relname, row.writes])
        )
      }
      const changed: string[] = []
      let address = 0
      const send = async (
        method: string,
        url: string,
        actor: Actor,
        body: Record<string, unknown> | null,
        options: { json?: boolean; checkRows?: boolean } = {}
      ): Promise<ApiResponse> => {
        address++
        let request = (client as ApiClient)
          .request(url, method as 'post')
          .redirects(0)
          .header('referer', 'http://localhost/form')
          // Every request from its own address, so the rate limits never answer instead.
          .header(
            'x-forwarded-for',
            `10.55.${Math.floor(address / 250) % 250}.${(address % 250) + 1}`
          )
        if (options.json !== false) request = request.header('accept', 'application/json')
        if (method !== 'GET') request = request.withCsrfToken()
        if (body) request = request.json(body)
        if (actor !== 'anonymous') request = request.loginAs(users[actor])
        // Each request on the same data: a savepoint rolled back afterwards. A refused
        // request that still changed rows is reported (stored half-done).
        await db.rawQuery('SAVEPOINT bad_input')
        const before = options.checkRows ? await writesSoFar() : null
        try {
          const response = await request
          // A refused request (4xx, or a form sent back with its errors) stored nothing.
          const status = response.status()
          const refused =
            (status >= 400 && status < 500) ||
            (status === 302 && options.json === false && !!response.flashMessages()?.inputErrorsBag)
          if (before && refused) {
            const written = [...(await writesSoFar())]
              .filter(([table, writes]) => writes > (before.get(table) ?? 0))
              .map(([table, writes]) => `${table} +${writes - (before.get(table) ?? 0)}`)
            if (written.length) {
              changed.push(`${method} ${url.slice(0, 80)} (${status}): ${written.join(', ')}`)
            }
          }
          return response
        } finally {
          await db.rawQuery('ROLLBACK TO SAVEPOINT bad_input')
          if (actor !== 'anonymous' && /interest/.test(url)) {
            await clearTestRedisKeys(`${env.get('REDIS_KEY_PREFIX')}rlflx:interest_`)
          }
        }
      }

      const fields = await knownFieldNames()
      const queryFields = [...fieldNamesOf(opportunitySearchValidator), 'id', 'slug']
      const failures: string[] = []
      const reachedValidation: string[] = []
      const seenWithoutForm: string[] = []
      let cases = 0

      const routes: { method: string; pattern: string }[] = []
      for (const domainRoutes of Object.values(router.toJSON())) {
        for (const route of domainRoutes) {
          for (const method of route.methods) {
            const isWrite = ['POST', 'PUT', 'PATCH', 'DELETE'].includes(method)
            const isApi = method === 'GET' && route.pattern.startsWith('/api/')
            if (isWrite || isApi) routes.push({ method, pattern: route.pattern })
          }
        }
      }
      // Long-lived streams and the signed-webhook endpoint are tested on their own.
      const tested = routes.filter(({ pattern }) => !/__transmit|webhooks/.test(pattern))

      for (const { method, pattern } of tested) {
        const actor = actorFor(pattern)
        const label = `${method} ${pattern}`

        // Unknown, malformed and oversized ids in the URL: 404/422/redirect, never a 500.
        for (const name of [...pattern.matchAll(/:(\w+)/g)].map((match) => match[1])) {
          for (const value of badParams) {
            const response = await send(method, urlFor(pattern, { name, value }), actor, {})
            cases++
            if (response.status() >= 500) {
              failures.push(`${label} with :${name}=${value.slice(0, 20)} → ${response.status()}`)
            }
          }
        }

        if (method === 'GET') {
          // API query strings: every known parameter wrong at once, one kind of wrong per request.
          for (const [kind, value] of Object.entries(badValues)) {
            // A URL has room for a few kilobytes, not for 100,000 characters per field.
            const text =
              value === long
                ? 'x'.repeat(500)
                : typeof value === 'string'
                  ? value
                  : JSON.stringify(value)
            const qs = queryFields.map((f) => `${f}=${encodeURIComponent(text)}`).join('&')
            const response = await send('GET', `${urlFor(pattern)}?${qs}`, actor, null, {
              checkRows: true,
            })
            cases++
            const status = response.status()
            if (status >= 500) failures.push(`${label} ?${kind} → ${status}`)
            else if (status === 422 && !Array.isArray(response.body().errors)) {
              failures.push(`${label} ?${kind}: 422 without field errors`)
            }
          }
          continue
        }

        const empty = await send(method, urlFor(pattern), actor, {}, { checkRows: true })
        cases++
        if (empty.status() >= 500) failures.push(`${label} {} → ${empty.status()}`)
        const errors = empty.body()?.errors as { field?: string; message?: string }[] | undefined
        // A 422 that names no field is a business rule (e.g. "the deal is not won yet"):
        // the request did not get as far as its form. Such routes, and those with no form,
        // are named with their exact answer, so a validator that stops running is noticed.
        const validated = empty.status() === 422 && !!errors?.some((error) => error.field)
        if (!validated) {
          const expected = withoutForm[label]
          if (expected === undefined) {
            failures.push(`${label} {}: ${empty.status()} — neither field errors nor listed`)
          } else if (expected !== empty.status()) {
            failures.push(`${label} {}: expected ${expected}, got ${empty.status()}`)
          }
          seenWithoutForm.push(label)
          // Still every bad value: no 500, and a refusal stores nothing.
          for (const [kind, value] of Object.entries(badValues)) {
            const body = Object.fromEntries(fields.map((field) => [field, value]))
            const response = await send(method, urlFor(pattern), actor, body, { checkRows: true })
            cases++
            if (response.status() >= 500) failures.push(`${label} ${kind} → ${response.status()}`)
          }
          continue
        }
        reachedValidation.push(label)
        if (!errors!.every((error) => error.field && error.message)) {
          failures.push(`${label} {}: 422 without field errors`)
        }
        for (const [kind, value] of Object.entries(badValues)) {
          const bodies =
            value === long && longerFor[label]
              ? [longerFor[label]]
              : value === long
                ? // Every known field over-long at once would pass the 1 MB body limit: in parts.
                  chunks(fields, LONG_FIELDS_PER_BODY).map((part) =>
                    Object.fromEntries(part.map((field) => [field, value]))
                  )
                : [Object.fromEntries(fields.map((field) => [field, value]))]
          for (const body of bodies) {
            const response = await send(method, urlFor(pattern), actor, body, { checkRows: true })
            cases++
            const status = response.status()
            if (status >= 500) failures.push(`${label} ${kind} → ${status}`)
            else if (status !== 422) {
              if (neverValid.has(kind) && !validFor[label]?.includes(kind)) {
                failures.push(`${label} ${kind}: accepted (${status})`)
              }
            } else if (!response.body().errors?.every((e: { field: string }) => e.field)) {
              failures.push(`${label} ${kind}: 422 without field errors`)
            }
          }
        }
        // A browser form (HTML, not JSON): back to the form with the errors flashed.
        const page = await send(
          method,
          urlFor(pattern),
          actor,
          {},
          { json: false, checkRows: true }
        )
        cases++
        if (page.status() !== 302 || !page.flashMessages().inputErrorsBag) {
          failures.push(`${label} HTML form: ${page.status()} without field errors`)
        }
      }

      // Pages with nonsense in their query string (filters, sorting, paging, dates).
      const junkQuery = new URLSearchParams({
        page: '-1',
        per_page: 'abc',
        perPage: '1e9',
        sort: '<script>',
        direction: 'sideways',
        q: 'x'.repeat(500),
        pipeline: 'no-such-pipeline',
        stage: '999999999',
        owner: 'abc',
        status: 'nope',
        from: '2024-13-45',
        to: 'yesterday',
        year: '-5',
        months: '99999',
        country: 'ZZZ',
        sector: 'a,b,c',
        municipality: "1' OR 1=1",
        timeline: 'NaN',
        limit: '-10',
        kind: '[]',
      }).toString()
      let pages = 0
      for (const domainRoutes of Object.values(router.toJSON())) {
        for (const route of domainRoutes) {
          if (!route.methods.includes('GET') || /^\/(api|__transmit)|stream/.test(route.pattern)) {
            continue
          }
          const response = await send(
            'GET',
            `${urlFor(route.pattern)}?${junkQuery}`,
            actorFor(route.pattern),
            null,
            { json: false }
          )
          pages++
          cases++
          if (response.status() >= 500) {
            failures.push(`GET ${route.pattern}?<junk> → ${response.status()}`)
          }
        }
      }

      console.log(
        `  bad input: ${pages} pages with a junk query string; ${tested.length} routes (${reachedValidation.length} with validated input), ${fields.length} field names × ${Object.keys(badValues).length} bad values, ${cases} requests`
      )
      assert.deepEqual(failures, [])
      assert.deepEqual(changed, [])
      assert.deepEqual(
        Object.keys(withoutForm).filter((label) => !seenWithoutForm.includes(label)),
        [],
        'listed as without a form, but they validate (or no longer exist)'
      )
      assert.isAbove(reachedValidation.length, 20)
    })
      .timeout(600_000)
      .tags(['security'])
  }
)
