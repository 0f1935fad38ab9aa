import { DateTime } from 'luxon'
import drive from '@adonisjs/drive/services/main'
import Country from '#models/country'
import Event from '#models/event'
import Introduction from '#models/introduction'
import Municipality from '#models/municipality'
import SentEmail from '#models/sent_email'
import type User from '#models/user'
import StartIntroduction from '#actions/deals/introductions/start_introduction'
import { OrganisationFactory, UserFactory } from '#database/factories/user_factory'
import { createOpportunity } from '#database/factories/opportunity_factory'
import { toCyrillic } from '#services/serbian_script'
import { publishedStory } from '#tests/helpers/stories'
import { dealFromInterest, serbianEmailInterest } from '#tests/helpers/marketplace'

export type Role = 'visitor' | 'investor' | 'partner' | 'staff' | 'admin'

/**
 * One small world for the browser checks that walk the whole site (link checker, language
 * test): a partner organisation with a published listing and one in review, an investor's
 * interest turned into a deal with an introduction, an event, a story and a recorded e-mail.
 * Everything is written in Serbian (as the site's own partners write), so a page that
 * shows English in a Serbian session shows the app's own words, not the test's data.
 */
export async function seedSiteWorld(locale = 'en') {
  const nis = await Municipality.findByOrFail('slug', 'nis')
  const organisation = await OrganisationFactory.merge({
    name: 'Kancelarija za saradnju sa dijasporom Niš',
    slug: `kancelarija-nis-${Date.now()}`,
    kind: 'municipal_office',
    municipalityId: nis.id,
  }).create()
  const partner = await UserFactory.apply('partner')
    .merge({ fullName: 'Jelena Stanković', locale })
    .create()
  await organisation.related('members').create({ userId: partner.id, role: 'owner' })
  const investor = await UserFactory.merge({ fullName: 'Marko Petrović', locale }).create()
  const staff = await UserFactory.apply('staff')
    .merge({ fullName: 'Ana Jovanović', locale })
    .create()
  const admin = await UserFactory.apply('admin').merge({ fullName: 'Nikola Ilić', locale }).create()

  const listing = await createOpportunity(organisation, {
    titleEn: 'Cold storage for berries in Niš',
    titleSr: 'Hladnjača za bobičasto voće u Nišu',
    descriptionSr: 'Voćarima regiona je potreban skladišni prostor.',
  })
  listing.summarySr = 'Hladnjača kapaciteta 4.000 t pored autoputa.'
  await listing.save()
  const inReview = await createOpportunity(organisation, {
    status: 'in_review',
    titleEn: 'Solar park near Niš',
    titleSr: 'Solarni park kod Niša',
  })
  inReview.summarySr = 'Solarna elektrana snage 10 MW.'
  await inReview.save()
  const { deal } = await dealFromInterest(investor, listing, {
    ...serbianEmailInterest,
    message: 'Rođen sam u Nišu i želeo bih da posetim lokaciju.',
  })
  await new StartIntroduction().handle({ deal, actor: staff })
  const introduction = await Introduction.findByOrFail('dealId', deal.id)
  const serbia = await Country.findByOrFail('code', 'RS')
  const event = await Event.create({
    name: 'Dani dijaspore u Nišu',
    slug: `dani-dijaspore-${Date.now()}`,
    city: 'Niš',
    countryId: serbia.id,
    startsOn: DateTime.now().plus({ days: 20 }),
    signupOpen: true,
  })
  const story = await publishedStory({
    slug: `povratak-${Date.now()}`,
    personName: 'Milica Đorđević',
  })
  // Written as the app writes to this reader: in their script.
  const script = (text: string) => (locale === 'sr-Cyrl' ? toCyrillic(text) : text)
  const email = await SentEmail.create({
    toAddress: investor.email,
    subject: script('Upoznavanje je ostvareno'),
    html: `<p>${script('Dobre vesti.')} <a href="/investor/interests">${script('Moja interesovanja')}</a></p>`,
    text: script('Dobre vesti. Vaša interesovanja su na vašoj kontrolnoj tabli.'),
    mailer: 'log',
    dealId: deal.id,
  })
  const users: Record<Exclude<Role, 'visitor'>, User> = { investor, partner, staff, admin }

  const publicRecords = [
    `/opportunities/${listing.slug}`,
    `/organisations/${organisation.slug}`,
    `/municipalities/${nis.slug}`,
    `/events/${event.slug}`,
    `/stories/${story.slug}`,
  ]
  const staffRecords = [
    `/crm/deals/${deal.id}`,
    `/crm/contacts/${deal.contactId}`,
    `/crm/organisations/${organisation.id}`,
    `/crm/events/${event.id}`,
    `/staff/opportunities/${inReview.id}`,
    `/staff/opportunities/${listing.id}/matches`,
    `/crm/emails/${email.id}`,
  ]
  /** One record of each kind each role can open, beside what its navigation lists. */
  const records: Record<Role, string[]> = {
    visitor: publicRecords,
    investor: publicRecords,
    partner: [...publicRecords, `/partner/opportunities/${listing.id}/edit`],
    staff: [...publicRecords, ...staffRecords],
    admin: [...publicRecords, ...staffRecords],
  }
  const cleanup = async () => {
    await drive.use().deleteAll(`opportunities/${listing.id}`)
  }
  return { users, records, listing, deal, introduction, cleanup }
}

/** Where each role lands, the page its navigation is read from. */
export const startPages: Record<Role, string> = {
  visitor: '/',
  investor: '/dashboard',
  partner: '/dashboard',
  staff: '/crm/pipeline',
  admin: '/crm/pipeline',
}

/** The links of the navigation: the header (or sidebar) and the role's own menu. */
export const navigationLinks = '[data-test="main-nav"] a[href], [data-test="role-menu"] a[href]'
