import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import testUtils from '@adonisjs/core/services/test_utils'
import router from '@adonisjs/core/services/router'
import drive from '@adonisjs/drive/services/main'
import db from '@adonisjs/lucid/services/db'
import env from '#start/env'
import { signedUrlFor } from '@adonisjs/core/services/url_builder'
import DataExport from '#models/data_export'
import Deal from '#models/deal'
import DealTask from '#models/deal_task'
import Interest from '#models/interest'
import Introduction from '#models/introduction'
import Meeting from '#models/meeting'
import MeetingParticipant from '#models/meeting_participant'
import LostReason from '#models/lost_reason'
import OpportunityDocument from '#models/opportunity_document'
import Pipeline from '#models/pipeline'
import SuccessStory from '#models/success_story'
import SavedSearch from '#models/saved_search'
import SentEmail from '#models/sent_email'
import InboundMail from '#models/inbound_mail'
import InboundMailAttachment from '#models/inbound_mail_attachment'
import Event from '#models/event'
import EventAttendee from '#models/event_attendee'
import Country from '#models/country'
import Import from '#models/import'
import IncentiveRule from '#models/incentive_rule'
import ExpressInterest from '#actions/opportunities/express_interest'
import StartIntroduction from '#actions/deals/introductions/start_introduction'
import SignNda from '#actions/opportunities/sign_nda'
import AskQuestion from '#actions/opportunities/ask_question'
import { UserFactory, OrganisationFactory, createPartner } from '#database/factories/user_factory'
import { createOpportunity } from '#database/factories/opportunity_factory'
import { drainOutbox } from '#tests/helpers/outbox'
import { publishedStory } from '#tests/helpers/stories'
import { clearTestRedisKeys } from '#tests/helpers/redis'
import { BOARD_CHANNEL } from '#services/live_board'
import Notification from '#models/notification'
import type User from '#models/user'
import type { ApiClient } from '@japa/api-client'

/**
 * Every route of start/routes.ts (read from the router: a route added without an entry
 * here fails) against seven actors, each request on fresh data (a savepoint rolled back
 * after it). "ok" means the actor reached the action, and what that looks like is exact
 * per route (`allowedAnswers`; 200 for a page): the status, the field the validator named
 * first, or where the redirect goes. Refusals are exact too: `login` (redirect to /login,
 * or 401 for JSON), `forbidden` (403), `not_found` (404: objects the actor must not even
 * know exist), `away` (a logged-in user sent from a guest-only page to the dashboard).
 */
const actors = [
  'anonymous',
  'investorA',
  'investorB',
  'partnerX',
  'partnerY',
  'staff',
  'admin',
] as const
type Actor = (typeof actors)[number]
type Outcome =
  'ok' | 'login' | 'bad_request' | 'unauthorized' | 'forbidden' | 'not_found' | 'away' | 'error'

interface Fixtures {
  users: Record<Exclude<Actor, 'anonymous'>, User>
  /** X's published listing, its data-room file, X's draft and a listing in review. */
  publishedSlug: string
  publishedId: number
  pausedId: number
  draftId: number
  inReviewId: number
  dataRoomDocumentId: number
  draftDocumentId: number
  /** Investor A's signed NDA for X's published listing, and A's question on it. */
  ndaSignatureId: number
  questionId: number
  organisationXSlug: string
  organisationXId: number
  pendingOrganisationId: number
  /** Investor A's deal (from an interest in X's listing), its task and introduction. */
  dealId: number
  taskId: number
  contactId: number
  introductionId: number
  /** A confirmed meeting on that deal, and investor A's invitation to it. */
  meetingId: number
  meetingParticipantId: number
  pipelineId: number
  stageId: number
  lostReasonId: number
  /** Investor A's data export, still being prepared (no file yet). */
  dataExportId: number
  /** A published success story (with a photo file) and a draft without one. */
  storySlug: string
  storyId: number
  draftStoryId: number
  /** Investor A's saved search. */
  savedSearchId: number
  sentEmailId: number
  /** A notification of the staff actor's. */
  notificationId: number
  /** An unmatched received e-mail and its kept attachment. */
  inboundMailId: number
  inboundAttachmentId: number
  /** An event with one attendee (investor A). */
  eventId: number
  eventSlug: string
  attendeeId: number
  /** Partner X's own listings import, and a contacts import made by the staff actor. */
  partnerImportId: number
  staffImportId: number
  /** A state incentive rule. */
  incentiveRuleId: number
  /** Files written to Drive (no rollback removes them). */
  files: string[]
}

interface Rule {
  /** The concrete URL for this route; defaults to the pattern itself. */
  url?: (f: Fixtures) => string
  body?: (f: Fixtures) => Record<string, unknown>
  /** Expected outcome per actor; `rest` covers the actors not named. */
  expect: Partial<Record<Actor, Outcome>> & { rest: Outcome }
  /** Why a route is not requested at all (it never ends, …). */
  notRequested?: string
}

const everyone: Rule['expect'] = { rest: 'ok' }
const guestsOnly: Rule['expect'] = { anonymous: 'ok', rest: 'away' }
const signedIn: Rule['expect'] = { anonymous: 'login', rest: 'ok' }
/** The data room's files and a signed NDA: the signed investor, the listing's partner, staff. */
const ndaSignatory: Rule['expect'] = {
  anonymous: 'login',
  investorA: 'ok',
  investorB: 'forbidden',
  partnerX: 'ok',
  partnerY: 'forbidden',
  rest: 'ok',
}
const investors: Rule['expect'] = {
  anonymous: 'login',
  investorA: 'ok',
  investorB: 'ok',
  rest: 'forbidden',
}
const partners: Rule['expect'] = {
  anonymous: 'login',
  partnerX: 'ok',
  partnerY: 'ok',
  rest: 'forbidden',
}
/** Actions on X's public listing: Y may know it exists, but is refused. */
const partnerXActs: Rule['expect'] = { anonymous: 'login', partnerX: 'ok', rest: 'forbidden' }
/** X's own records: Y must not learn they exist. */
const partnerXOnly: Rule['expect'] = {
  anonymous: 'login',
  partnerX: 'ok',
  partnerY: 'not_found',
  rest: 'forbidden',
}
const crm: Rule['expect'] = { anonymous: 'login', staff: 'ok', admin: 'ok', rest: 'forbidden' }
const admins: Rule['expect'] = { anonymous: 'login', admin: 'ok', rest: 'forbidden' }

const TRANSMIT_UID = 'authorisation-matrix'

/** Opens the server-sent event stream a browser would, so subscriptions have a client. */
async function openEventStream() {
  const controller = new AbortController()
  const response = await fetch(
    `http://${env.get('HOST')}:${env.get('PORT')}/__transmit/events?uid=${TRANSMIT_UID}`,
    { signal: controller.signal }
  )
  if (response.status !== 200) throw new Error(`event stream answered ${response.status}`)
  // Keep reading: fetch drops (and the server forgets) a stream whose body nobody consumes.
  const reading = response.body!.pipeTo(new WritableStream()).catch(() => {})
  return async () => {
    controller.abort()
    await reading
  }
}

const introductionLink = (answer: 'accept' | 'decline') => (f: Fixtures) =>
  signedUrlFor(
    `introductions.${answer}`,
    { id: f.introductionId },
    { expiresIn: '30 days', purpose: 'introduction' }
  )

const meetingLink =
  (name: 'meetings.invitation' | 'meetings.invitation.calendar') => (f: Fixtures) =>
    signedUrlFor(name, { id: f.meetingParticipantId }, { expiresIn: '60 days', purpose: 'meeting' })

const unsubscribeLink = (f: Fixtures) =>
  signedUrlFor('alerts.unsubscribe', { id: f.users.investorA.id }, { purpose: 'unsubscribe' })

const followUpStopLink = (f: Fixtures) =>
  signedUrlFor('events.follow_ups.stop', { id: f.attendeeId }, { purpose: 'event-follow-up' })

/** Where a redirect back goes: every request names this page of the app as its referrer. */
const BACK = `http://${env.get('HOST')}:${env.get('PORT')}/matrix`

/**
 * What reaching the action looks like, when it is not a 200 page: `field` is the first
 * field the validator names (the request got past authorisation to the form), `null` a
 * business rule's 422 without a field; a redirect is compared with its exact target.
 */
type Allowed = { status: number; field?: string | null } | { redirect: string | RegExp }
const back: Allowed = { redirect: BACK }
const invalid = (field: string | null): Allowed => ({ status: 422, field })
const allowedAnswers: Record<string, Allowed> = {
  'POST /locale': back,
  // Starts the session (cookies only): an empty answer.
  'GET /session': { status: 204 },
  'POST /inquiry': invalid('fullName'),
  'POST /events/:slug': invalid('fullName'),
  'POST /login': invalid('email'),
  'POST /register': invalid('fullName'),
  'POST /register/partner': invalid('fullName'),
  'POST /forgot-password': invalid('email'),
  'POST /reset-password': invalid('token'),
  'POST /invitations/:token': invalid('fullName'),
  // A valid link verifies the address and opens the dashboard (which then asks a guest to log in).
  'GET /verify-email/:id': { redirect: '/dashboard' },
  'POST /verify-email': back,
  // Logging out goes home, not back to a page that may need the account.
  'POST /logout': { redirect: '/' },
  'POST /account/exports': { redirect: '/account' },
  // Investor A's export is still being prepared: "gone for now", no file yet.
  'GET /account/exports/:id/download': { status: 410 },
  'POST /account/delete': invalid('password'),
  'POST /account/time-zone': invalid('timeZone'),
  'POST /meetings/invitations/:id': invalid('slotId'),
  'POST /crm/deals/:id/meetings': invalid('title'),
  'POST /crm/meetings/:id/update': invalid('title'),
  'POST /crm/meetings/:id/cancel': back,
  'POST /introductions/:id/accept': back,
  // The inbox answers and returns to the dashboard, where the inbox is.
  'POST /partner/introductions/:id/accept': { redirect: '/dashboard' },
  'POST /partner/introductions/:id/decline': { redirect: '/dashboard' },
  'POST /introductions/:id/decline': back,
  'POST /opportunities/:slug/save': back,
  'DELETE /opportunities/:slug/save': back,
  'POST /opportunities/:slug/interest': invalid('amountMinEur'),
  'POST /opportunities/:slug/nda': invalid('fullName'),
  'POST /opportunities/:slug/questions': invalid('body'),
  'POST /partner/opportunities/:id/documents/:documentId/revoke': back,
  'POST /partner/questions/:id/answer': invalid('answerEn'),
  'POST /partner/nda': invalid('bodyEn'),
  'POST /partner/imports': invalid('file'),
  'POST /partner/imports/:id/mapping': invalid('mapping'),
  // The import is only uploaded, not checked: committing is refused by a rule.
  'POST /partner/imports/:id/commit': invalid('import'),
  'POST /staff/imports': invalid('file'),
  'POST /staff/imports/:id/mapping': invalid('mapping'),
  'POST /staff/imports/:id/commit': invalid('import'),
  'POST /staff/incentives': invalid('key'),
  'PUT /staff/incentives/:id': invalid('key'),
  'DELETE /staff/incentives/:id': { redirect: '/staff/incentives' },
  'POST /staff/questions/:id/hide': back,
  'PUT /investor/profile': invalid('residenceCountryId'),
  'POST /partner/organisation/invitations': invalid('email'),
  'POST /partner/opportunities': invalid('titleEn'),
  'PUT /partner/opportunities/:id': invalid('titleEn'),
  'POST /partner/opportunities/:id/submit': back,
  'POST /partner/opportunities/:id/pause': back,
  'POST /partner/opportunities/:id/resume': back,
  'POST /partner/opportunities/:id/close': invalid('outcome'),
  'POST /partner/opportunities/:id/reconfirm': back,
  'POST /partner/opportunities/:id/documents': invalid('kind'),
  'DELETE /partner/opportunities/:id/documents/:documentId': back,
  'POST /staff/organisations/:id/approve': back,
  'POST /staff/organisations/:id/reject': invalid('reason'),
  'POST /staff/opportunities/:id/approve': back,
  'POST /staff/opportunities/:id/reject': invalid('reason'),
  'POST /staff/opportunities/:id/invitations': invalid('userId'),
  'POST /investor/searches': invalid('name'),
  'PUT /investor/searches/:id': back,
  'DELETE /investor/searches/:id': back,
  // The signed links' forms go to their confirmation page (the same signed URL).
  'POST /alerts/unsubscribe/:id': { redirect: /^\/alerts\/unsubscribe\/\d+\?signature=/ },
  'POST /events/follow-ups/:id/stop': {
    redirect: /^\/events\/follow-ups\/\d+\/stop\?signature=/,
  },
  // Payments are not configured here: back with a note.
  'POST /partner/opportunities/:id/feature': back,
  'POST /investor/club/checkout': back,
  'POST /investor/club/portal': back,
  'POST /staff/opportunities/:id/feature': invalid('days'),
  'POST /crm/events': invalid('name'),
  'PUT /crm/events/:id': invalid('name'),
  'POST /crm/events/:id/import': invalid('file'),
  'POST /crm/events/:id/attendees': invalid('fullName'),
  'POST /crm/events/:id/attendees/:attendeeId/interest': invalid('opportunityId'),
  // Investor A's deal is open: impact and aftercare are refused by a rule, not the form.
  'POST /crm/deals/:id/impact': invalid(null),
  'POST /crm/deals/:id/aftercare': invalid(null),
  'POST /crm/directory': invalid('name'),
  'PUT /crm/directory/:id': invalid('name'),
  'POST /crm/stories': invalid('personName'),
  'PUT /crm/stories/:id': invalid('personName'),
  'POST /crm/stories/:id/publish': back,
  'POST /crm/stories/:id/unpublish': back,
  'DELETE /crm/stories/:id': { redirect: '/crm/stories' },
  'POST /crm/deals/:id/move': back,
  'POST /crm/deals/:id/reassign': invalid('ownerId'),
  'POST /crm/deals/:id/introductions': back,
  'POST /crm/deals/:id/activities': invalid('kind'),
  'POST /crm/mail/:id/file': invalid('dealId'),
  'POST /crm/mail/:id/dismiss': { redirect: '/crm/mail' },
  // Raw MIME only: a JSON body is refused before the signature is even read.
  'POST /webhooks/inbound-mail': { status: 415 },
  'POST /crm/deals/:id/tasks': invalid('title'),
  'POST /crm/deals/:id/tasks/:taskId/toggle': back,
  'POST /crm/settings/pipelines': invalid('name'),
  'POST /crm/settings/pipelines/:id/stages': invalid('name'),
  'PUT /crm/settings/stages/:id': invalid('name'),
  'POST /crm/settings/stages/:id/move': back,
  'POST /crm/settings/lost-reasons': invalid('name'),
  'POST /crm/settings/lost-reasons/:id/toggle': back,
  'POST /__transmit/subscribe': { status: 204 },
  'POST /__transmit/unsubscribe': { status: 204 },
  'POST /crm/contacts/merge': invalid('survivorId'),
  'POST /crm/contacts/duplicates/dismiss': invalid('contactId'),
  'POST /crm/deals/bulk/reassign': invalid('dealIds'),
  'POST /crm/deals/bulk/move': invalid('dealIds'),
  'POST /crm/deals/bulk/tasks': invalid('dealIds'),
  'POST /crm/notifications/read': back,
  // Marked on the way to the deal (fetch, JSON): nothing to show.
  'POST /crm/notifications/:id/read': { status: 204 },
  'POST /crm/notifications/settings': invalid('emailOnMention'),
}

/** The exact answer of a response, for the report. */
function describe(status: number, location: string | undefined, field: string | null) {
  if (location) return `${status} → ${location}`
  if (status === 422) return `422 (${field ?? 'no field'})`
  return String(status)
}

function isAllowedAnswer(
  allowed: Allowed,
  status: number,
  location: string | undefined,
  field: string | null
) {
  if ('redirect' in allowed) {
    if (status !== 302 || !location) return false
    return typeof allowed.redirect === 'string'
      ? location === allowed.redirect
      : allowed.redirect.test(location)
  }
  if (status !== allowed.status) return false
  return allowed.field === undefined || allowed.field === field
}

const rules: Record<string, Rule> = {
  // System and public API
  'GET /health': { expect: everyone },
  // Monitoring only: the x-monitoring-secret header (not set in tests), never a session.
  'GET /metrics': { expect: { rest: 'not_found' } },
  'GET /api/docs': { expect: everyone },
  // Search engines: robots.txt and the sitemaps are for everyone, signed in or not.
  'GET /robots.txt': { expect: everyone },
  'GET /sitemap.xml': { expect: everyone },
  'GET /sitemaps/:file': { url: () => '/sitemaps/pages.xml', expect: everyone },
  'GET /api/v1/opportunities': { expect: everyone },
  'GET /api/v1/opportunities/:slug': {
    url: (f) => `/api/v1/opportunities/${f.publishedSlug}`,
    expect: everyone,
  },

  // Public pages
  'GET /': { expect: everyone },
  'POST /locale': { body: () => ({ locale: 'sr-Latn' }), expect: everyone },
  'GET /session': { expect: everyone },
  'GET /opportunities': { expect: everyone },
  'GET /opportunities/:slug': { url: (f) => `/opportunities/${f.publishedSlug}`, expect: everyone },
  'GET /opportunities/:slug/cover': {
    url: (f) => `/opportunities/${f.publishedSlug}/cover`,
    expect: everyone,
  },
  'GET /opportunities/:slug/share.png': {
    url: (f) => `/opportunities/${f.publishedSlug}/share.png`,
    expect: everyone,
  },
  // The incentive calculator on a listing anyone may see (a plan in the query string).
  'GET /opportunities/:slug/incentives': {
    url: (f) =>
      `/opportunities/${f.publishedSlug}/incentives?investmentEur=1000000&jobs=20&monthlyGrossSalaryEur=1200`,
    expect: everyone,
  },
  'GET /organisations/:slug': {
    url: (f) => `/organisations/${f.organisationXSlug}`,
    expect: everyone,
  },
  'GET /municipalities/:slug': { url: () => '/municipalities/nis', expect: everyone },
  'GET /directory': { expect: everyone },
  'GET /figures': { expect: everyone },
  'GET /stories': { expect: everyone },
  // A published story (drafts exist only for staff: tested in community/stories.spec.ts).
  'GET /stories/:slug': { url: (f) => `/stories/${f.storySlug}`, expect: everyone },
  'GET /stories/:slug/photo': { url: (f) => `/stories/${f.storySlug}/photo`, expect: everyone },
  'GET /inquiry': { expect: everyone },
  'POST /inquiry': { body: () => ({}), expect: everyone },
  'GET /inquiry/thanks': { expect: everyone },
  'GET /events': { expect: everyone },
  'GET /events/:slug': { url: (f) => `/events/${f.eventSlug}`, expect: everyone },
  'POST /events/:slug': {
    url: (f) => `/events/${f.eventSlug}`,
    body: () => ({}),
    expect: everyone,
  },

  // Accounts
  'GET /login': { expect: guestsOnly },
  'POST /login': { body: () => ({}), expect: guestsOnly },
  'GET /register': { expect: guestsOnly },
  'POST /register': { body: () => ({}), expect: guestsOnly },
  'GET /register/partner': { expect: guestsOnly },
  'POST /register/partner': { body: () => ({}), expect: guestsOnly },
  'GET /forgot-password': { expect: guestsOnly },
  'POST /forgot-password': { body: () => ({}), expect: guestsOnly },
  'GET /reset-password/:token': {
    url: () => '/reset-password/not-a-real-token',
    expect: guestsOnly,
  },
  'POST /reset-password': { body: () => ({}), expect: guestsOnly },
  // An unknown invitation token: the page explains it is invalid (accepting one is tested
  // in organisations/invitations.spec.ts).
  'GET /invitations/:token': {
    url: () => '/invitations/not-a-real-token',
    expect: guestsOnly,
  },
  'POST /invitations/:token': {
    url: () => '/invitations/not-a-real-token',
    body: () => ({}),
    expect: guestsOnly,
  },
  'GET /verify-email/:id': {
    url: (f) =>
      signedUrlFor(
        'auth.verify_email',
        { id: f.users.investorA.id },
        { expiresIn: '24 hours', purpose: 'verify_email' }
      ),
    expect: everyone,
  },
  'POST /verify-email': { expect: signedIn },
  'POST /logout': { expect: signedIn },
  'GET /dashboard': { expect: signedIn },
  'GET /account': { expect: signedIn },
  'POST /account/exports': { expect: signedIn },
  // The signed link alone opens nothing: only its owner gets past it (410: not built yet).
  'GET /account/exports/:id/download': {
    url: (f) =>
      signedUrlFor(
        'account.exports.download',
        { id: f.dataExportId },
        { expiresIn: '1 day', purpose: 'data-export' }
      ),
    expect: { anonymous: 'login', investorA: 'ok', rest: 'not_found' },
  },
  'POST /account/delete': { body: () => ({}), expect: investors },
  'POST /account/time-zone': { body: () => ({}), expect: signedIn },

  // Meeting invitations: the signed link is the credential, whoever holds it.
  'GET /meetings/invitations/:id': { url: meetingLink('meetings.invitation'), expect: everyone },
  'POST /meetings/invitations/:id': {
    url: meetingLink('meetings.invitation'),
    body: () => ({}),
    expect: everyone,
  },
  'GET /meetings/invitations/:id/calendar.ics': {
    url: meetingLink('meetings.invitation.calendar'),
    expect: everyone,
  },

  // Introductions: the signed link is the credential, whoever holds it.
  // Only members of the introduced organisation answer in their inbox; Y learns nothing.
  'POST /partner/introductions/:id/accept': {
    url: (f) => `/partner/introductions/${f.introductionId}/accept`,
    expect: partnerXOnly,
  },
  'POST /partner/introductions/:id/decline': {
    url: (f) => `/partner/introductions/${f.introductionId}/decline`,
    expect: partnerXOnly,
  },
  'GET /introductions/:id/accept': { url: introductionLink('accept'), expect: everyone },
  'POST /introductions/:id/accept': { url: introductionLink('accept'), expect: everyone },
  'GET /introductions/:id/decline': { url: introductionLink('decline'), expect: everyone },
  'POST /introductions/:id/decline': { url: introductionLink('decline'), expect: everyone },

  // Data room: investor A signed the NDA, investor B did not.
  'GET /documents/:id': {
    url: (f) => `/documents/${f.dataRoomDocumentId}`,
    expect: ndaSignatory,
  },

  // Investors
  'POST /opportunities/:slug/save': {
    url: (f) => `/opportunities/${f.publishedSlug}/save`,
    expect: investors,
  },
  'DELETE /opportunities/:slug/save': {
    url: (f) => `/opportunities/${f.publishedSlug}/save`,
    expect: investors,
  },
  'POST /opportunities/:slug/interest': {
    url: (f) => `/opportunities/${f.publishedSlug}/interest`,
    body: () => ({}),
    expect: investors,
  },
  'POST /opportunities/:slug/nda': {
    url: (f) => `/opportunities/${f.publishedSlug}/nda`,
    body: () => ({}),
    expect: investors,
  },
  'POST /opportunities/:slug/questions': {
    url: (f) => `/opportunities/${f.publishedSlug}/questions`,
    body: () => ({}),
    expect: investors,
  },
  // The signed NDA: its investor, the listing's partner and staff.
  'GET /nda-signatures/:id/pdf': {
    url: (f) => `/nda-signatures/${f.ndaSignatureId}/pdf`,
    expect: ndaSignatory,
  },
  'GET /investor/saved': { expect: investors },
  'GET /investor/interests': { expect: investors },
  'GET /investor/profile': { expect: investors },
  'PUT /investor/profile': { body: () => ({}), expect: investors },

  // Partners
  'GET /partner/organisation': { expect: partners },
  'POST /partner/organisation/invitations': { body: () => ({}), expect: partners },
  'GET /partner/opportunities': { expect: partners },
  'GET /partner/opportunities/new': { expect: partners },
  'POST /partner/opportunities': { body: () => ({}), expect: partners },
  'GET /partner/opportunities/:id/edit': {
    url: (f) => `/partner/opportunities/${f.draftId}/edit`,
    expect: partnerXOnly,
  },
  'PUT /partner/opportunities/:id': {
    url: (f) => `/partner/opportunities/${f.draftId}`,
    body: () => ({}),
    expect: partnerXOnly,
  },
  'POST /partner/opportunities/:id/submit': {
    url: (f) => `/partner/opportunities/${f.draftId}/submit`,
    expect: partnerXOnly,
  },
  'POST /partner/opportunities/:id/pause': {
    url: (f) => `/partner/opportunities/${f.publishedId}/pause`,
    expect: partnerXActs,
  },
  'POST /partner/opportunities/:id/resume': {
    url: (f) => `/partner/opportunities/${f.pausedId}/resume`,
    expect: partnerXOnly,
  },
  'POST /partner/opportunities/:id/close': {
    url: (f) => `/partner/opportunities/${f.publishedId}/close`,
    expect: partnerXActs,
  },
  'POST /partner/opportunities/:id/reconfirm': {
    url: (f) => `/partner/opportunities/${f.publishedId}/reconfirm`,
    expect: partnerXActs,
  },
  'POST /partner/opportunities/:id/documents': {
    url: (f) => `/partner/opportunities/${f.draftId}/documents`,
    body: () => ({}),
    expect: partnerXOnly,
  },
  'DELETE /partner/opportunities/:id/documents/:documentId': {
    url: (f) => `/partner/opportunities/${f.draftId}/documents/${f.draftDocumentId}`,
    expect: partnerXOnly,
  },
  'GET /partner/opportunities/:id/data-room': {
    url: (f) => `/partner/opportunities/${f.publishedId}/data-room`,
    expect: partnerXActs,
  },
  'POST /partner/opportunities/:id/documents/:documentId/revoke': {
    url: (f) => `/partner/opportunities/${f.publishedId}/documents/${f.dataRoomDocumentId}/revoke`,
    expect: partnerXActs,
  },
  'POST /partner/questions/:id/answer': {
    url: (f) => `/partner/questions/${f.questionId}/answer`,
    body: () => ({}),
    expect: partnerXActs,
  },
  'GET /partner/nda': { expect: partners },
  'POST /partner/nda': { body: () => ({}), expect: partners },
  // Imports: a partner's own imports only; Y must not learn X's exists.
  'GET /partner/imports': { expect: partners },
  'POST /partner/imports': { body: () => ({}), expect: partners },
  'GET /partner/imports/template': {
    url: () => '/partner/imports/template?kind=listings',
    expect: partners,
  },
  'GET /partner/imports/:id': {
    url: (f) => `/partner/imports/${f.partnerImportId}`,
    expect: partnerXOnly,
  },
  'GET /partner/imports/:id/progress': {
    url: (f) => `/partner/imports/${f.partnerImportId}/progress`,
    expect: partnerXOnly,
  },
  'POST /partner/imports/:id/mapping': {
    url: (f) => `/partner/imports/${f.partnerImportId}/mapping`,
    body: () => ({}),
    expect: partnerXOnly,
  },
  // Not checked yet: refused by a rule, which still reaches the action.
  'POST /partner/imports/:id/commit': {
    url: (f) => `/partner/imports/${f.partnerImportId}/commit`,
    expect: partnerXOnly,
  },

  // Staff back office
  'GET /staff/organisations': { expect: crm },
  'POST /staff/organisations/:id/approve': {
    url: (f) => `/staff/organisations/${f.pendingOrganisationId}/approve`,
    expect: crm,
  },
  'POST /staff/organisations/:id/reject': {
    url: (f) => `/staff/organisations/${f.pendingOrganisationId}/reject`,
    body: () => ({}),
    expect: crm,
  },
  'GET /staff/opportunities': { expect: crm },
  'GET /staff/questions': { expect: crm },
  'POST /staff/questions/:id/hide': {
    url: (f) => `/staff/questions/${f.questionId}/hide`,
    expect: crm,
  },
  'POST /staff/opportunities/:id/approve': {
    url: (f) => `/staff/opportunities/${f.inReviewId}/approve`,
    expect: crm,
  },
  'POST /staff/opportunities/:id/reject': {
    url: (f) => `/staff/opportunities/${f.inReviewId}/reject`,
    body: () => ({}),
    expect: crm,
  },
  'GET /staff/interests': { expect: crm },
  'GET /staff/opportunities/:id/matches': {
    url: (f) => `/staff/opportunities/${f.publishedId}/matches`,
    expect: crm,
  },
  'POST /staff/opportunities/:id/invitations': {
    url: (f) => `/staff/opportunities/${f.publishedId}/invitations`,
    body: () => ({}),
    expect: crm,
  },
  // Imports: staff see every import (a contacts import made by the staff actor here).
  'GET /staff/imports': { expect: crm },
  'POST /staff/imports': { body: () => ({}), expect: crm },
  'GET /staff/imports/template': {
    url: () => '/staff/imports/template?kind=contacts',
    expect: crm,
  },
  'GET /staff/imports/:id': { url: (f) => `/staff/imports/${f.staffImportId}`, expect: crm },
  'GET /staff/imports/:id/progress': {
    url: (f) => `/staff/imports/${f.staffImportId}/progress`,
    expect: crm,
  },
  'POST /staff/imports/:id/mapping': {
    url: (f) => `/staff/imports/${f.staffImportId}/mapping`,
    body: () => ({}),
    expect: crm,
  },
  'POST /staff/imports/:id/commit': {
    url: (f) => `/staff/imports/${f.staffImportId}/commit`,
    expect: crm,
  },
  // State incentive rules.
  'GET /staff/incentives': { expect: crm },
  'POST /staff/incentives': { body: () => ({}), expect: crm },
  'PUT /staff/incentives/:id': {
    url: (f) => `/staff/incentives/${f.incentiveRuleId}`,
    body: () => ({}),
    expect: crm,
  },
  'DELETE /staff/incentives/:id': {
    url: (f) => `/staff/incentives/${f.incentiveRuleId}`,
    expect: crm,
  },

  // Saved searches are their investor's alone; the unsubscribe link of alert e-mails is
  // signed (the signature is the credential, no login).
  'GET /investor/searches': { expect: investors },
  'POST /investor/searches': { body: () => ({}), expect: investors },
  'PUT /investor/searches/:id': {
    url: (f) => `/investor/searches/${f.savedSearchId}`,
    body: () => ({ name: 'Renamed', frequency: 'weekly' }),
    expect: { anonymous: 'login', investorA: 'ok', investorB: 'not_found', rest: 'forbidden' },
  },
  'DELETE /investor/searches/:id': {
    url: (f) => `/investor/searches/${f.savedSearchId}`,
    expect: { anonymous: 'login', investorA: 'ok', investorB: 'not_found', rest: 'forbidden' },
  },
  'GET /alerts/unsubscribe/:id': { url: unsubscribeLink, expect: everyone },
  'POST /alerts/unsubscribe/:id': { url: unsubscribeLink, expect: everyone },

  // Payments: Stripe's webhook refuses any unsigned body; payments are not configured here,
  // so purchases reach the action and go back with a note.
  'POST /webhooks/stripe': {
    body: () => ({ id: 'evt_matrix', object: 'event', type: 'invoice.paid' }),
    expect: { rest: 'bad_request' },
  },
  'POST /partner/opportunities/:id/feature': {
    url: (f) => `/partner/opportunities/${f.publishedId}/feature`,
    body: () => ({ days: 30 }),
    expect: { anonymous: 'login', partnerX: 'ok', rest: 'forbidden' },
  },
  'GET /partner/payments': { expect: partners },
  'GET /partner/payments.csv': { expect: partners },
  'GET /investor/club': { expect: investors },
  'POST /investor/club/checkout': { body: () => ({ plan: 'monthly' }), expect: investors },
  'POST /investor/club/portal': { expect: investors },
  'GET /investor/payments': { expect: investors },
  'GET /investor/payments.csv': { expect: investors },
  'GET /staff/payments': { expect: crm },
  'GET /staff/payments.csv': { expect: crm },
  // No payment exists here: staff reach the action and get 404 (refunds: payments/featuring.spec.ts).
  'POST /staff/payments/:id/refund': {
    url: () => '/staff/payments/0/refund',
    expect: { anonymous: 'login', staff: 'not_found', admin: 'not_found', rest: 'forbidden' },
  },
  'POST /staff/opportunities/:id/feature': {
    url: (f) => `/staff/opportunities/${f.publishedId}/feature`,
    body: () => ({}),
    expect: crm,
  },

  // CRM
  'GET /crm/pipeline': { expect: crm },
  'GET /crm/reports': { expect: crm },
  'GET /crm/contacts': { expect: crm },
  'GET /crm/contacts/:id': { url: (f) => `/crm/contacts/${f.contactId}`, expect: crm },
  'GET /crm/contacts/duplicates': { expect: crm },
  'POST /crm/contacts/merge': { body: () => ({}), expect: crm },
  'POST /crm/contacts/duplicates/dismiss': { body: () => ({}), expect: crm },
  'POST /crm/deals/bulk/reassign': { body: () => ({}), expect: crm },
  'POST /crm/deals/bulk/move': { body: () => ({}), expect: crm },
  'POST /crm/deals/bulk/tasks': { body: () => ({}), expect: crm },
  'GET /crm/notifications': { expect: crm },
  'GET /crm/notifications/unread': { expect: crm },
  'POST /crm/notifications/read': { body: () => ({}), expect: crm },
  // A notification is its recipient's: to another staff member it does not exist.
  'POST /crm/notifications/:id/read': {
    url: (f) => `/crm/notifications/${f.notificationId}/read`,
    body: () => ({}),
    expect: { anonymous: 'login', staff: 'ok', admin: 'not_found', rest: 'forbidden' },
  },
  'POST /crm/notifications/settings': { body: () => ({}), expect: crm },
  'GET /crm/organisations': { expect: crm },
  'GET /crm/organisations/:id': {
    url: (f) => `/crm/organisations/${f.organisationXId}`,
    expect: crm,
  },
  'GET /crm/jobs': { expect: crm },
  'GET /crm/tasks': { expect: crm },
  'GET /crm/search': { url: () => '/crm/search?q=ni%C5%A1', expect: crm },
  'GET /crm/emails': { expect: crm },
  'GET /crm/emails/:id': { url: (f) => `/crm/emails/${f.sentEmailId}`, expect: crm },
  'GET /crm/mail': { expect: crm },
  'GET /crm/mail/:id': { url: (f) => `/crm/mail/${f.inboundMailId}`, expect: crm },
  'POST /crm/mail/:id/file': {
    url: (f) => `/crm/mail/${f.inboundMailId}/file`,
    body: () => ({}),
    expect: crm,
  },
  'POST /crm/mail/:id/dismiss': { url: (f) => `/crm/mail/${f.inboundMailId}/dismiss`, expect: crm },
  'GET /crm/mail/attachments/:id': {
    url: (f) => `/crm/mail/attachments/${f.inboundAttachmentId}`,
    expect: crm,
  },
  // Mail providers post raw MIME signed with INBOUND_MAIL_SECRET; no session decides.
  'POST /webhooks/inbound-mail': { body: () => ({ raw: 'not MIME' }), expect: everyone },
  // The local mail preview exists outside production only (tested: not in the built app).
  'GET /dev/mail': { expect: everyone },
  'GET /dev/mail/:id': { url: (f) => `/dev/mail/${f.sentEmailId}`, expect: everyone },
  'GET /staff/opportunities/:id': {
    url: (f) => `/staff/opportunities/${f.inReviewId}`,
    expect: crm,
  },
  'GET /crm/health': { expect: crm },
  'GET /crm/events': { expect: crm },
  'POST /crm/events': { body: () => ({}), expect: crm },
  'GET /crm/events/:id': { url: (f) => `/crm/events/${f.eventId}`, expect: crm },
  'PUT /crm/events/:id': {
    url: (f) => `/crm/events/${f.eventId}`,
    body: () => ({}),
    expect: crm,
  },
  'POST /crm/events/:id/import': {
    url: (f) => `/crm/events/${f.eventId}/import`,
    body: () => ({}),
    expect: crm,
  },
  'POST /crm/events/:id/attendees': {
    url: (f) => `/crm/events/${f.eventId}/attendees`,
    body: () => ({}),
    expect: crm,
  },
  'POST /crm/events/:id/attendees/:attendeeId/interest': {
    url: (f) => `/crm/events/${f.eventId}/attendees/${f.attendeeId}/interest`,
    body: () => ({}),
    expect: crm,
  },
  // A won deal only: on investor A's open deal staff get a 422, which still reaches the action.
  'POST /crm/deals/:id/impact': {
    url: (f) => `/crm/deals/${f.dealId}/impact`,
    body: () => ({}),
    expect: crm,
  },
  'POST /crm/deals/:id/aftercare': {
    url: (f) => `/crm/deals/${f.dealId}/aftercare`,
    body: () => ({}),
    expect: crm,
  },
  'GET /crm/impact': { expect: crm },
  'GET /partner/impact': { expect: partners },
  // The signed opt-out link of event follow-up e-mails: the signature is the credential.
  'GET /events/follow-ups/:id/stop': { url: followUpStopLink, expect: everyone },
  'POST /events/follow-ups/:id/stop': { url: followUpStopLink, expect: everyone },
  'GET /crm/stories': { expect: crm },
  'GET /crm/directory/new': { expect: crm },
  'POST /crm/directory': { body: () => ({}), expect: crm },
  'GET /crm/directory/:id/edit': {
    url: (f) => `/crm/directory/${f.pendingOrganisationId}/edit`,
    expect: crm,
  },
  'PUT /crm/directory/:id': {
    url: (f) => `/crm/directory/${f.pendingOrganisationId}`,
    body: () => ({}),
    expect: crm,
  },
  'GET /crm/stories/new': { url: (f) => `/crm/stories/new?deal=${f.dealId}`, expect: crm },
  'POST /crm/stories': { body: () => ({}), expect: crm },
  'GET /crm/stories/:id/edit': { url: (f) => `/crm/stories/${f.storyId}/edit`, expect: crm },
  'PUT /crm/stories/:id': {
    url: (f) => `/crm/stories/${f.storyId}`,
    body: () => ({}),
    expect: crm,
  },
  'POST /crm/stories/:id/publish': { url: (f) => `/crm/stories/${f.storyId}/publish`, expect: crm },
  'POST /crm/stories/:id/unpublish': {
    url: (f) => `/crm/stories/${f.storyId}/unpublish`,
    expect: crm,
  },
  // A draft without a photo: deleting removes the photo file, which no rollback restores.
  'DELETE /crm/stories/:id': { url: (f) => `/crm/stories/${f.draftStoryId}`, expect: crm },
  // No failed job exists here: staff reach the action and get 404 for the unknown id
  // (retrying a real failed job is tested in crm/jobs.spec.ts).
  'POST /crm/jobs/:id/retry': {
    url: () => '/crm/jobs/no-such-job/retry',
    expect: { anonymous: 'login', staff: 'not_found', admin: 'not_found', rest: 'forbidden' },
  },
  'GET /crm/deals': { expect: crm },
  'GET /crm/deals.csv': { expect: crm },
  'GET /crm/deals/:id': { url: (f) => `/crm/deals/${f.dealId}`, expect: crm },
  'POST /crm/deals/:id/move': {
    url: (f) => `/crm/deals/${f.dealId}/move`,
    body: (f) => ({ stageId: f.stageId, lockVersion: 0 }),
    expect: crm,
  },
  'POST /crm/deals/:id/reassign': {
    url: (f) => `/crm/deals/${f.dealId}/reassign`,
    body: () => ({}),
    expect: crm,
  },
  'POST /crm/deals/:id/introductions': {
    url: (f) => `/crm/deals/${f.dealId}/introductions`,
    expect: crm,
  },
  'POST /crm/deals/:id/activities': {
    url: (f) => `/crm/deals/${f.dealId}/activities`,
    body: () => ({}),
    expect: crm,
  },
  'POST /crm/deals/:id/tasks': {
    url: (f) => `/crm/deals/${f.dealId}/tasks`,
    body: () => ({}),
    expect: crm,
  },
  'POST /crm/deals/:id/tasks/:taskId/toggle': {
    url: (f) => `/crm/deals/${f.dealId}/tasks/${f.taskId}/toggle`,
    expect: crm,
  },
  'POST /crm/deals/:id/meetings': {
    url: (f) => `/crm/deals/${f.dealId}/meetings`,
    body: () => ({}),
    expect: crm,
  },
  'POST /crm/meetings/:id/update': {
    url: (f) => `/crm/meetings/${f.meetingId}/update`,
    body: () => ({}),
    expect: crm,
  },
  'POST /crm/meetings/:id/cancel': {
    url: (f) => `/crm/meetings/${f.meetingId}/cancel`,
    expect: crm,
  },

  // CRM settings
  'GET /crm/settings': { expect: admins },
  'POST /crm/settings/pipelines': { body: () => ({}), expect: admins },
  'POST /crm/settings/pipelines/:id/stages': {
    url: (f) => `/crm/settings/pipelines/${f.pipelineId}/stages`,
    body: () => ({}),
    expect: admins,
  },
  'PUT /crm/settings/stages/:id': {
    url: (f) => `/crm/settings/stages/${f.stageId}`,
    body: () => ({}),
    expect: admins,
  },
  'POST /crm/settings/stages/:id/move': {
    url: (f) => `/crm/settings/stages/${f.stageId}/move`,
    body: () => ({ direction: 'down' }),
    expect: admins,
  },
  'POST /crm/settings/lost-reasons': { body: () => ({}), expect: admins },
  'POST /crm/settings/lost-reasons/:id/toggle': {
    url: (f) => `/crm/settings/lost-reasons/${f.lostReasonId}/toggle`,
    expect: admins,
  },

  // Administration
  'GET /admin/audit': { expect: admins },

  // Live board (Transmit): only staff may subscribe to the board channel. The test holds
  // a real event stream open for the uid; Transmit answers a refused subscription with 400.
  'GET /__transmit/events': {
    expect: everyone,
    notRequested: 'a server-sent event stream never ends; the test opens one itself',
  },
  'POST /__transmit/subscribe': {
    body: () => ({ uid: TRANSMIT_UID, channel: BOARD_CHANNEL }),
    expect: { staff: 'ok', admin: 'ok', rest: 'bad_request' },
  },
  'POST /__transmit/unsubscribe': {
    body: () => ({ uid: TRANSMIT_UID, channel: BOARD_CHANNEL }),
    expect: everyone,
  },
}

/** Every "METHOD /pattern" the router knows (HEAD mirrors GET). */
function registeredRoutes() {
  const keys: string[] = []
  for (const domainRoutes of Object.values(router.toJSON())) {
    for (const route of domainRoutes) {
      for (const method of route.methods) {
        if (method !== 'HEAD') keys.push(`${method} ${route.pattern}`)
      }
    }
  }
  return keys.sort()
}

async function createFixtures(client: ApiClient): Promise<Fixtures> {
  const investorA = await UserFactory.create()
  const investorB = await UserFactory.create()
  const { user: partnerX, organisation: organisationX } = await createPartner()
  const { user: partnerY } = await createPartner()
  const staff = await UserFactory.apply('staff').create()
  const admin = await UserFactory.apply('admin').create()
  const pending = await OrganisationFactory.apply('pending').create()

  const published = await createOpportunity(organisationX)
  const coverPath = `opportunities/${published.id}/cover/matrix.png`
  await drive.use().put(coverPath, 'not really a png')
  published.coverImagePath = coverPath
  await published.save()
  const paused = await createOpportunity(organisationX, { status: 'paused' })
  const draft = await createOpportunity(organisationX, { status: 'draft' })
  const inReview = await createOpportunity(organisationX, { status: 'in_review' })

  const addDocument = async (opportunityId: number, kind: 'data_room' | 'public') => {
    const filePath = `opportunities/${opportunityId}/${kind}/matrix-${kind}.pdf`
    await drive.use().put(filePath, '%PDF-1.4 matrix')
    return OpportunityDocument.create({
      opportunityId,
      kind,
      title: `${kind} file`,
      filePath,
      fileName: `${kind}.pdf`,
      mimeType: 'application/pdf',
      sizeBytes: 15,
    })
  }
  const dataRoom = await addDocument(published.id, 'data_room')
  const draftDocument = await addDocument(draft.id, 'public')
  const ndaSignature = await new SignNda().handle({
    opportunity: published,
    investor: investorA,
    fullName: investorA.fullName,
    locale: 'en',
    ipAddress: null,
  })
  const question = await new AskQuestion().handle({
    opportunity: published,
    investor: investorA,
    data: { body: 'Is the plot connected to gas?', visibility: 'public', locale: 'en' },
  })

  await new ExpressInterest().handle({
    opportunity: published,
    investor: investorA,
    data: {
      amountMinEur: 100_000,
      amountMaxEur: 200_000,
      message: 'From Vienna, born in Niš.',
      contactChannel: 'email',
      contactLanguage: 'en',
      consentToShareContact: true,
    },
  })
  await drainOutbox()
  const interest = await Interest.findByOrFail('investorId', investorA.id)
  const deal = await Deal.findByOrFail('interestId', interest.id)
  await new StartIntroduction().handle({ deal, actor: staff })
  const introduction = await Introduction.findByOrFail('dealId', deal.id)
  const meeting = await Meeting.create({
    dealId: deal.id,
    title: 'Matrix meeting',
    locationKind: 'place',
    location: 'Niš',
    durationMinutes: 60,
    status: 'confirmed',
    startsAt: DateTime.now().plus({ days: 7 }),
  })
  const invitation = await MeetingParticipant.create({
    meetingId: meeting.id,
    role: 'investor',
    userId: investorA.id,
    fullName: investorA.fullName,
    email: investorA.email,
    locale: 'en',
    timeZone: 'America/Vancouver',
  })
  const task = await DealTask.create({
    dealId: deal.id,
    assigneeId: staff.id,
    createdById: staff.id,
    title: 'Call the investor',
    dueAt: deal.createdAt.plus({ days: 3 }),
  })
  const pipeline = await Pipeline.query()
    .where('slug', 'investments')
    .preload('stages')
    .firstOrFail()
  const qualified = pipeline.stages.find((stage) => stage.key === 'qualified')!
  const lostReason = await LostReason.firstOrFail()
  const story = await publishedStory({
    slug: `matrix-story-${Date.now()}`,
    personName: 'Jelena Petrović',
    photoPath: `stories/matrix-${Date.now()}.png`,
  })
  await drive.use().put(story.photoPath!, 'not really a png')
  const draftStory = await SuccessStory.create({
    slug: `matrix-draft-story-${Date.now()}`,
    personName: 'Petar Jović',
    titleEn: 'Draft',
    titleSr: 'Nacrt',
    bodyEn: 'Not yet agreed.',
    bodySr: 'Još nije odobreno.',
    status: 'draft',
  })
  const savedSearch = await SavedSearch.create({
    userId: investorA.id,
    name: 'Niš',
    filters: { municipality: 'nis' },
    frequency: 'weekly',
  })
  const event = await Event.create({
    name: 'Matrix Days',
    slug: `matrix-days-${Date.now()}`,
    city: 'Vienna',
    countryId: (await Country.findByOrFail('code', 'AT')).id,
    startsOn: DateTime.now().minus({ days: 3 }),
    signupOpen: true,
  })
  const attendee = await EventAttendee.create({
    eventId: event.id,
    contactId: deal.contactId!,
    source: 'staff',
  })
  const partnerImport = await Import.create({
    kind: 'listings',
    userId: partnerX.id,
    organisationId: organisationX.id,
    fileName: 'listings.xlsx',
    filePath: 'imports/matrix/listings.xlsx',
    headers: ['titleEn'],
    status: 'uploaded',
  })
  const staffImport = await Import.create({
    kind: 'contacts',
    userId: staff.id,
    organisationId: null,
    fileName: 'contacts.csv',
    filePath: 'imports/matrix/contacts.csv',
    headers: ['fullName', 'email'],
    status: 'uploaded',
  })
  const incentiveRule = await IncentiveRule.create({
    key: `matrix-rule-${Date.now()}`,
    kind: 'per_job',
    developmentGroup: null,
    sectorId: null,
    minInvestmentEur: 0,
    minJobs: 10,
    cashPerJobEur: 3_000,
    legalSource: 'Uredba o utvrđivanju pravila za dodelu podsticaja',
    sourceDate: DateTime.fromISO('2026-01-01'),
    verified: true,
  })
  const dataExport = await DataExport.create({
    userId: investorA.id,
    status: 'pending',
    requestedAt: DateTime.now(),
  })
  const sentEmail = await SentEmail.create({
    toAddress: 'matrix@example.com',
    subject: 'Matrix',
    html: '<p><a href="/dashboard">Open</a></p>',
    text: 'Open /dashboard',
    mailer: 'log',
  })
  const notification = await Notification.create({
    userId: staff.id,
    kind: 'deal_assigned',
    dealId: deal.id,
    data: { dealTitle: deal.title },
    dedupeKey: 'matrix',
  })
  void client
  const inboundPath = `inbound-mail/matrix/${Date.now()}.pdf`
  await drive.use().put(inboundPath, '%PDF-1.4 matrix', { contentType: 'application/pdf' })
  const inboundMail = await InboundMail.create({
    status: 'unmatched',
    unmatchedReason: 'unknown_address',
    source: 'smtp',
    recipient: 'matrix@reply.most.test',
    fromAddress: 'matrix@example.com',
    subject: 'Matrix',
    body: 'Hello',
    sizeBytes: 100,
    dedupeKey: `matrix-${Date.now()}`,
    receivedAt: DateTime.now(),
  })
  const inboundAttachment = await InboundMailAttachment.create({
    inboundMailId: inboundMail.id,
    position: 0,
    name: 'plan.pdf',
    contentType: 'application/pdf',
    sizeBytes: 15,
    filePath: inboundPath,
  })

  return {
    users: { investorA, investorB, partnerX, partnerY, staff, admin },
    eventId: event.id,
    eventSlug: event.slug,
    attendeeId: attendee.id,
    partnerImportId: partnerImport.id,
    staffImportId: staffImport.id,
    incentiveRuleId: incentiveRule.id,
    files: [
      coverPath,
      dataRoom.filePath,
      draftDocument.filePath,
      story.photoPath!,
      ndaSignature.pdfPath,
      inboundPath,
    ],
    ndaSignatureId: ndaSignature.id,
    questionId: question.id,
    publishedSlug: published.slug,
    publishedId: published.id,
    pausedId: paused.id,
    draftId: draft.id,
    inReviewId: inReview.id,
    dataRoomDocumentId: dataRoom.id,
    draftDocumentId: draftDocument.id,
    organisationXSlug: organisationX.slug,
    organisationXId: organisationX.id,
    pendingOrganisationId: pending.id,
    dealId: deal.id,
    taskId: task.id,
    contactId: deal.contactId!,
    introductionId: introduction.id,
    meetingId: meeting.id,
    meetingParticipantId: invitation.id,
    pipelineId: pipeline.id,
    stageId: qualified.id,
    lostReasonId: lostReason.id,
    dataExportId: dataExport.id,
    storySlug: story.slug,
    storyId: story.id,
    draftStoryId: draftStory.id,
    savedSearchId: savedSearch.id,
    sentEmailId: sentEmail.id,
    notificationId: notification.id,
    inboundMailId: inboundMail.id,
    inboundAttachmentId: inboundAttachment.id,
  }
}

function classify(status: number, location: string | undefined): Outcome {
  if (status === 400) return 'bad_request'
  if (status === 401) return 'unauthorized'
  if (status === 403) return 'forbidden'
  if (status === 404) return 'not_found'
  if (status >= 500) return 'error'
  if (status >= 300 && status < 400 && location) {
    if (location === '/login' || location.startsWith('/login?')) return 'login'
    if (location === '/dashboard') return 'away'
  }
  return 'ok'
}

test.group('Authorisation matrix', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  // ~1,000 requests, public pages rendered on the server for each actor: 1 min on a quiet
  // machine, 4 min measured with the two cores shared by a dozen processes.
  group.each.timeout(360_000)

  test('every route has an entry', ({ assert }) => {
    const routes = registeredRoutes()
    // A form route reached with an empty body never answers a bare 200: name what it does.
    assert.deepEqual(
      routes.filter(
        (route) =>
          !route.startsWith('GET ') &&
          !(route in allowedAnswers) &&
          !rules[route]?.notRequested &&
          Object.values(rules[route]?.expect ?? {}).includes('ok')
      ),
      [],
      'write routes without their allowed answer'
    )
    assert.deepEqual(
      Object.keys(allowedAnswers).filter((route) => !routes.includes(route)),
      [],
      'allowed answers for routes that no longer exist'
    )
    assert.deepEqual(
      routes.filter((route) => !(route in rules)),
      [],
      'routes without an entry in the authorisation matrix'
    )
    assert.deepEqual(
      Object.keys(rules).filter((route) => !routes.includes(route)),
      [],
      'matrix entries for routes that no longer exist'
    )
  })

  test('each actor gets exactly the expected answer on every route', async ({
    client,
    assert,
    cleanup,
  }) => {
    const fixtures = await createFixtures(client)
    cleanup(async () => {
      for (const path of fixtures.files) await drive.use().delete(path)
    })
    const mismatches: string[] = []
    let requests = 0
    const closeEventStream = await openEventStream()
    cleanup(closeEventStream)

    for (const route of registeredRoutes()) {
      const rule = rules[route]
      if (!rule || rule.notRequested) continue
      const [method, pattern] = route.split(' ')
      const url = rule.url ? rule.url(fixtures) : pattern
      for (const actor of actors) {
        const expected = rule.expect[actor] ?? rule.expect.rest
        await db.rawQuery('SAVEPOINT matrix_request')
        try {
          let request = client
            .request(url, method.toLowerCase() as 'get')
            .redirects(0)
            .header('referer', BACK)
          // Forms are posted as JSON callers so a refusal is an explicit status; a refused
          // HTML form post goes back to the form with the message flashed instead.
          if (method !== 'GET') {
            request = request.withCsrfToken().header('accept', 'application/json')
          }
          if (rule.body) request = request.json(rule.body(fixtures))
          if (actor !== 'anonymous') request = request.loginAs(fixtures.users[actor])
          const response = await request
          requests++
          const status = response.status()
          const location = response.header('location')
          const field =
            status === 422 ? ((response.body()?.errors?.[0]?.field as string) ?? null) : null
          const allowed = allowedAnswers[route] ?? { status: 200 }
          let actual: string = classify(status, location)
          // JSON requests of anonymous users get 401 rather than a redirect.
          if (actual === 'unauthorized' && expected === 'login') actual = 'login'
          // Reaching the action is one exact answer; any other 2xx/3xx/422 is a mismatch.
          if (expected === 'ok' || actual === 'ok') {
            if (isAllowedAnswer(allowed, status, location, field)) actual = 'ok'
            else if (actual === 'ok') actual = 'another answer'
          }
          if (actual !== expected) {
            mismatches.push(
              `${route} as ${actor}: expected ${expected}, got ${actual} (${describe(status, location, field)})`
            )
          }
        } finally {
          await db.rawQuery('ROLLBACK TO SAVEPOINT matrix_request')
          // The inquiry form allows five per address; every actor here shares one.
          await clearTestRedisKeys(`${env.get('REDIS_KEY_PREFIX')}*inquiry`)
        }
      }
    }

    console.log(
      `authorisation matrix: ${Object.keys(rules).length} routes × ${actors.length} actors, ${requests} requests`
    )
    assert.deepEqual(mismatches, [])
  })
})
