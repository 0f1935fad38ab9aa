import { BaseSeeder } from '@adonisjs/lucid/seeders'
import { DateTime } from 'luxon'
import User from '#models/user'
import Sector from '#models/sector'
import Municipality from '#models/municipality'
import SavedSearch from '#models/saved_search'
import type { AlertFrequency } from '#enums/matching'

/**
 * What the demo investors look for, so "Recommended for you", the match notes and the
 * staff's "Investors who fit" have something to show; two of them agreed to alerts and
 * keep a saved search. Idempotent: run again, it changes nothing.
 */
const preferences: {
  email: string
  sectors: string[]
  municipalities: string[]
  languages: string[]
  ticket: [number, number]
  consent: boolean
  search?: { name: string; filters: Record<string, unknown>; frequency: AlertFrequency }
}[] = [
  {
    email: 'vladimir@investor.most.demo',
    sectors: ['ict', 'energy'],
    municipalities: ['nis'],
    languages: ['sr', 'en', 'de'],
    ticket: [100_000, 1_000_000],
    consent: true,
    search: {
      name: 'ICT in Niš',
      filters: { sector: ['ict'], district: 'Nišavski okrug' },
      frequency: 'instant',
    },
  },
  {
    email: 'snezana@investor.most.demo',
    sectors: ['health', 'agriculture-food'],
    municipalities: ['kragujevac'],
    languages: ['sr', 'de'],
    ticket: [50_000, 500_000],
    consent: true,
    search: { name: 'Kragujevac', filters: { municipality: 'kragujevac' }, frequency: 'weekly' },
  },
  {
    email: 'dusan@investor.most.demo',
    sectors: ['tourism', 'real-estate'],
    municipalities: ['cacak'],
    languages: ['sr', 'en'],
    ticket: [250_000, 3_000_000],
    consent: false,
  },
]

export default class DemoMatchingSeeder extends BaseSeeder {
  async run() {
    for (const wanted of preferences) {
      const user = await User.findBy('email', wanted.email, { client: this.client })
      if (!user) continue
      await user.load('investorProfile')
      const profile = user.investorProfile
      if (!profile) continue
      profile.merge({
        languages: wanted.languages,
        ticketMinEur: wanted.ticket[0],
        ticketMaxEur: wanted.ticket[1],
      })
      await profile.save()
      const sectors = await Sector.query({ client: this.client }).whereIn('slug', wanted.sectors)
      await profile.related('preferredSectors').sync(sectors.map((sector) => sector.id))
      const places = await Municipality.query({ client: this.client }).whereIn(
        'slug',
        wanted.municipalities
      )
      await profile.related('preferredMunicipalities').sync(places.map((place) => place.id))
      if (wanted.consent && !user.marketingOptIn) {
        user.merge({ marketingOptIn: true, marketingOptInAt: DateTime.now() })
        await user.save()
      }
      if (wanted.search) {
        await SavedSearch.firstOrCreate(
          { userId: user.id, name: wanted.search.name },
          { filters: wanted.search.filters, frequency: wanted.search.frequency },
          { client: this.client }
        )
      }
    }
  }
}
