import { DateTime } from 'luxon'
import { BaseSeeder } from '@adonisjs/lucid/seeders'
import Country from '#models/country'
import Municipality from '#models/municipality'
import Organisation from '#models/organisation'
import Opportunity from '#models/opportunity'
import Sector from '#models/sector'
import User from '#models/user'
import { demoListingOrganisations, demoOpportunities } from '#database/data/demo_opportunities'
import { refreshSearchIndex } from '#actions/opportunities/apply_opportunity_data'
import { recordTransition } from '#actions/opportunities/record_transition'
import SyncDealFromInterest from '#actions/deals/sync_deal_from_interest'

/**
 * The demo marketplace: more partner organisations and ~50 realistic listings in
 * English and Serbian, most of them published. Re-running it changes nothing.
 */
export default class DemoOpportunitiesSeeder extends BaseSeeder {
  async run() {
    const trx = this.client
    const serbia = await Country.findByOrFail('code', 'RS', { client: trx })
    const reviewer = await User.findByOrFail('email', 'milica.staff@most.demo', { client: trx })
    const municipalities = new Map(
      (await Municipality.all({ client: trx })).map((municipality) => [
        municipality.slug,
        municipality,
      ])
    )
    const sectors = new Map(
      (await Sector.all({ client: trx })).map((sector) => [sector.slug, sector])
    )

    for (const { municipality, ...data } of demoListingOrganisations) {
      await Organisation.updateOrCreate(
        { slug: data.slug },
        {
          ...data,
          status: 'approved',
          countryId: serbia.id,
          municipalityId: municipalities.get(municipality)!.id,
          reviewedById: reviewer.id,
          reviewedAt: DateTime.now(),
        },
        { client: trx }
      )
    }
    const organisations = new Map(
      (await Organisation.all({ client: trx })).map((organisation) => [
        organisation.slug,
        organisation,
      ])
    )

    const ids: number[] = []
    for (const [index, demo] of demoOpportunities.entries()) {
      const slug = `demo-${index + 1}-${demo.municipality}`
      if (await Opportunity.findBy('slug', slug, { client: trx })) continue
      const published = demo.status === 'published'
      const publishedAt = DateTime.now().minus({ days: demo.publishedDaysAgo })
      const opportunity = await Opportunity.create(
        {
          slug,
          organisationId: organisations.get(demo.organisation)!.id,
          municipalityId: municipalities.get(demo.municipality)!.id,
          titleEn: demo.titleEn,
          titleSr: demo.titleSr,
          summaryEn: demo.summaryEn,
          summarySr: demo.summarySr,
          descriptionEn: demo.descriptionEn,
          descriptionSr: demo.descriptionSr,
          type: demo.type,
          stage: demo.stage,
          status: demo.status,
          minTicketEur: demo.minTicketEur,
          totalSizeEur: demo.totalSizeEur,
          jobsExpected: demo.jobsExpected,
          areaSqm: demo.areaM2,
          site: demo.site,
          timeline: demo.timeline,
          contactName: demo.contactName,
          contactEmail: demo.contactEmail,
          publishedAt: published ? publishedAt : null,
          confirmedAt: published ? publishedAt : null,
          // Demo traffic, so the dashboards and "most interest" sort have something to show.
          viewsCount: published ? 40 + ((index * 37) % 400) : 0,
          savesCount: published ? (index * 7) % 23 : 0,
        },
        { client: trx }
      )
      await opportunity
        .related('sectors')
        .attach(demo.sectors.map((sector) => sectors.get(sector)!.id))
      await opportunity.related('incentives').createMany(
        demo.incentives.map((incentive, position) => ({
          kind: incentive.kind,
          amountEur: incentive.amountEur ?? null,
          percentage: incentive.percentage === undefined ? null : String(incentive.percentage),
          conditions: incentive.conditions,
          position,
        }))
      )
      await recordTransition({ opportunity, from: null, to: 'draft', actor: null, trx })
      if (demo.status !== 'draft') {
        await recordTransition({ opportunity, from: 'draft', to: 'in_review', actor: null, trx })
      }
      if (published) {
        await recordTransition({
          opportunity,
          from: 'in_review',
          to: 'published',
          actor: reviewer,
          trx,
        })
      }
      ids.push(opportunity.id)
    }
    if (ids.length) await refreshSearchIndex(ids, trx)
    await this.demoInterests()
  }

  /** The three demo investors already follow a few projects near their home towns. */
  private async demoInterests() {
    const wishes: [email: string, slug: string, min: number, max: number, message: string][] = [
      [
        'vladimir@investor.most.demo',
        'demo-2-nis',
        300_000,
        600_000,
        'I studied at the faculty of electronics and would like to bring my Munich team home.',
      ],
      [
        'vladimir@investor.most.demo',
        'demo-4-nis',
        50_000,
        100_000,
        'Happy to join the seed round and help with German customers.',
      ],
      [
        'snezana@investor.most.demo',
        'demo-31-kraljevo',
        700_000,
        1_500_000,
        'I run a rehabilitation practice in Vienna and know the insurers.',
      ],
      [
        'dusan@investor.most.demo',
        'demo-14-cacak',
        300_000,
        500_000,
        'My family grows raspberries near Čačak.',
      ],
      [
        'dusan@investor.most.demo',
        'demo-16-cacak',
        400_000,
        400_000,
        'I sell furniture in Switzerland and could open the market.',
      ],
    ]
    for (const [email, slug, min, max, message] of wishes) {
      const investor = await User.findByOrFail('email', email, { client: this.client })
      const opportunity = await Opportunity.findBy('slug', slug, { client: this.client })
      if (!opportunity) continue
      const existing = await this.client
        .from('interests')
        .where({ investor_id: investor.id, opportunity_id: opportunity.id })
        .first()
      if (existing) continue
      await this.client.table('interests').insert({
        opportunity_id: opportunity.id,
        investor_id: investor.id,
        amount_min_eur: min,
        amount_max_eur: max,
        message,
        contact_channel: 'video_call',
        contact_language: 'sr',
        consent_given_at: new Date(),
        status: 'submitted',
        created_at: new Date(),
        updated_at: new Date(),
      })
      await this.client
        .from('opportunities')
        .where('id', opportunity.id)
        .increment('interests_count', 1)
      await this.client
        .insertQuery()
        .table('saved_opportunities')
        .insert({ user_id: investor.id, opportunity_id: opportunity.id, created_at: new Date() })
        .onConflict(['user_id', 'opportunity_id'])
        .ignore()
    }
    // The CRM picks them up as the worker would.
    const withoutDeal = await this.client
      .from('interests')
      .whereNotExists((deals) =>
        deals.from('deals').whereColumn('deals.interest_id', 'interests.id')
      )
      .orderBy('id')
      .select('id')
    for (const { id } of withoutDeal) {
      await new SyncDealFromInterest().handle({ interestId: id })
    }
  }
}
