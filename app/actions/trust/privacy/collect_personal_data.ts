import db from '@adonisjs/lucid/services/db'
import { publicInterestStatus } from '#enums/opportunity'
import PipelineStage from '#models/pipeline_stage'

type Row = Record<string, unknown>

/** Never copied into an export, whatever table they sit in. */
const secretColumns = /password|token|secret|hash/i

function clean(rows: Row[]) {
  return rows.map((row) =>
    Object.fromEntries(Object.entries(row).filter(([key]) => !secretColumns.test(key)))
  )
}

/**
 * Everything Most holds about one person (GDPR art. 15 and 20), as plain JSON. Every
 * query is keyed on this user's id, e-mail or contact rows, so nobody else's data can
 * end up in it; CRM internals (notes, tasks, stages, owners) stay out, deals show the
 * public status the person sees on "My interests".
 */
export default class CollectPersonalData {
  async handle(userId: number) {
    const user = await db
      .from('users')
      .where('id', userId)
      .select(
        'id',
        'full_name',
        'email',
        'role',
        'locale',
        'email_verified_at',
        'marketing_opt_in',
        'marketing_opt_in_at',
        'created_at',
        'updated_at'
      )
      .firstOrFail()
    const byUser = (table: string) => db.from(table).where('user_id', userId)

    const profiles = clean(await db.from('investor_profiles').where('user_id', userId))
    const profileIds = profiles.map((profile) => profile.id as number)
    const contacts = clean(
      await db
        .from('contacts')
        .where('user_id', userId)
        .orWhereRaw('lower(email) = lower(?)', [user.email])
        .orderBy('id')
    )
    const contactIds = contacts.map((contact) => contact.id as number)

    return {
      generatedAt: new Date().toISOString(),
      account: user,
      profile: profiles[0] ?? null,
      preferredSectors: await db
        .from('investor_preferred_sectors')
        .join('sectors', 'sectors.id', 'investor_preferred_sectors.sector_id')
        .whereIn('investor_profile_id', profileIds)
        .select('sectors.slug', 'sectors.name_en'),
      preferredMunicipalities: await db
        .from('investor_preferred_municipalities')
        .join(
          'municipalities',
          'municipalities.id',
          'investor_preferred_municipalities.municipality_id'
        )
        .whereIn('investor_profile_id', profileIds)
        .select('municipalities.slug', 'municipalities.name_sr_latn'),
      consents: await db
        .from('consents')
        .where('user_id', userId)
        .orderBy('id')
        .select('kind', 'version', 'granted', 'opportunity_id', 'ip', 'at'),
      interests: await db
        .from('interests')
        .join('opportunities', 'opportunities.id', 'interests.opportunity_id')
        .where('interests.investor_id', userId)
        .orderBy('interests.id')
        .select(
          'interests.id',
          'opportunities.slug as opportunity_slug',
          'opportunities.title_en as opportunity_title',
          'interests.amount_min_eur',
          'interests.amount_max_eur',
          'interests.message',
          'interests.contact_channel',
          'interests.contact_language',
          'interests.consent_given_at',
          'interests.status',
          'interests.created_at',
          'interests.updated_at'
        ),
      savedOpportunities: clean(
        await db
          .from('saved_opportunities')
          .join('opportunities', 'opportunities.id', 'saved_opportunities.opportunity_id')
          .where('saved_opportunities.user_id', userId)
          .select('opportunities.slug', 'opportunities.title_en', 'saved_opportunities.created_at')
      ),
      savedSearches: clean(await byUser('saved_searches')),
      alerts: clean(await byUser('opportunity_alerts')),
      ndaAcceptances: clean(await byUser('nda_acceptances')),
      ndaSignatures: clean(await byUser('nda_signatures')),
      questions: clean(await db.from('opportunity_questions').where('asker_id', userId)),
      documentDownloads: await db
        .from('document_downloads')
        .join('opportunity_documents', 'opportunity_documents.id', 'document_downloads.document_id')
        .where('document_downloads.user_id', userId)
        .orderBy('document_downloads.id')
        .select(
          'opportunity_documents.title',
          'opportunity_documents.file_name',
          'document_downloads.ip_address',
          'document_downloads.created_at'
        ),
      memberships: clean(await byUser('organisation_members')),
      payments: clean(await byUser('payments')),
      clubMemberships: clean(await byUser('club_memberships')),
      contacts,
      inquiries: await db
        .from('inquiries')
        .whereIn('contact_id', contactIds)
        .orderBy('id')
        .select('id', 'question', 'created_at'),
      eventAttendance: clean(await db.from('event_attendees').whereIn('contact_id', contactIds)),
      deals: await this.deals(userId, contactIds),
      emailsSent: await db
        .from('sent_emails')
        .whereRaw('lower(to_address) = lower(?)', [user.email])
        .orderBy('id')
        .select('subject', 'to_address', 'created_at as sent_at'),
    }
  }

  /** Only what the person sees themselves: which listing and the public status. */
  private async deals(userId: number, contactIds: number[]) {
    const deals = await db
      .from('deals')
      .leftJoin('opportunities', 'opportunities.id', 'deals.opportunity_id')
      .where('deals.investor_id', userId)
      .orWhereIn('deals.contact_id', contactIds)
      .orderBy('deals.id')
      .select(
        'deals.id',
        'deals.stage_id',
        'opportunities.title_en as opportunity_title',
        'deals.created_at'
      )
    const stages = await PipelineStage.query().whereIn(
      'id',
      deals.map((deal) => deal.stage_id)
    )
    return deals.map(({ stage_id: stageId, ...deal }) => {
      const stage = stages.find((candidate) => candidate.id === stageId)
      return { ...deal, status: stage ? publicInterestStatus(stage) : null }
    })
  }
}
