import { randomBytes } from 'node:crypto'
import { DateTime } from 'luxon'
import drive from '@adonisjs/drive/services/main'
import hash from '@adonisjs/core/services/hash'
import logger from '@adonisjs/core/services/logger'
import db from '@adonisjs/lucid/services/db'
import type User from '#models/user'
import { fieldError } from '#exceptions/field_error'
import { recordConsent } from '#actions/trust/privacy/record_consent'
import audit from '#services/audit'
import DealActivity from '#models/deal_activity'
import Deal from '#models/deal'
import Interest from '#models/interest'
import UpdateInterestStatus from '#actions/deals/update_interest_status'

/** What replaces a deleted person's name wherever it was kept. */
export const DELETED_NAME = 'Deleted investor'

/**
 * "Delete my account" (GDPR art. 17), all or nothing. The user row stays so that deals,
 * downloads and the audit log keep their counts, but it is anonymised: name, e-mail and
 * password replaced (nobody can log in), marketing consent off. Profile, saved items,
 * searches, alerts and exports are deleted; the CRM contact, inquiries and e-mail copies
 * are anonymised; interests are withdrawn; deals stay for statistics with a neutral title
 * and a timeline line telling staff. The consent history stays as proof of what was agreed.
 */
export default class DeleteAccount {
  async handle({ user, password }: { user: User; password: string }) {
    if (!(await hash.verify(user.password, password))) {
      throw fieldError('password', 'The password is not correct.')
    }
    const files = await db.transaction(async (trx) => {
      const now = DateTime.now()
      const anonymousEmail = `deleted-${user.id}@deleted.invalid`
      const contactIds = (
        await trx
          .from('contacts')
          .where('user_id', user.id)
          .orWhereRaw('lower(email) = lower(?)', [user.email])
          .select('id')
      ).map((row) => row.id as number)

      // Deals: kept for statistics, without the name in the title; staff are told.
      const deals = await trx
        .from('deals')
        .leftJoin('opportunities', 'opportunities.id', 'deals.opportunity_id')
        .where('deals.investor_id', user.id)
        .orWhereIn('deals.contact_id', contactIds)
        .select('deals.id', 'opportunities.title_en', 'opportunities.title_sr')
      for (const deal of deals) {
        const listing = deal.title_en ?? deal.title_sr
        await Deal.query({ client: trx })
          .where('id', deal.id)
          .update({
            title: (listing ? `${DELETED_NAME} · ${listing}` : DELETED_NAME).slice(0, 120),
            updated_at: now.toJSDate(),
          })
        await DealActivity.record(trx, {
          dealId: deal.id,
          kind: 'account_deleted',
          meta: {},
          occurredAt: now,
          createdAt: now,
        })
      }

      await Interest.query({ client: trx })
        .where('investorId', user.id)
        .update({ message: null, updated_at: now.toJSDate() })
      await new UpdateInterestStatus().handle({ trx, investorId: user.id, status: 'withdrawn' })
      await trx
        .from('contacts')
        .whereIn('id', contactIds)
        .update({
          full_name: DELETED_NAME,
          email: trx.raw(`'deleted-contact-' || id || '@deleted.invalid'`),
          phone: null,
          place_of_birth: null,
          place_of_residence: null,
          education: null,
          university: null,
          department: null,
          current_job: null,
          company: null,
          updated_at: now.toJSDate(),
        })
      await trx
        .from('inquiries')
        .whereIn('contact_id', contactIds)
        .update({ question: '(removed at the person’s request)' })
      await trx
        .from('sent_emails')
        .whereRaw('lower(to_address) = lower(?)', [user.email])
        .update({ to_address: anonymousEmail, html: null, text: null })
      // Meeting invitations keep their row (the deal's history), not the person.
      await trx
        .from('meeting_participants')
        .where('user_id', user.id)
        .orWhereRaw('lower(email) = lower(?)', [user.email])
        .update({ full_name: DELETED_NAME, email: anonymousEmail })

      for (const table of [
        'investor_profiles',
        'saved_opportunities',
        'saved_searches',
        'opportunity_alerts',
        'password_reset_tokens',
      ]) {
        await trx.from(table).where('user_id', user.id).delete()
      }
      const exports = await trx.from('data_exports').where('user_id', user.id).select('file_path')
      await trx.from('data_exports').where('user_id', user.id).delete()

      if (user.marketingOptIn) {
        await recordConsent(trx, { userId: user.id, kind: 'marketing_emails', granted: false })
      }
      user.useTransaction(trx)
      user.merge({
        fullName: DELETED_NAME,
        email: anonymousEmail,
        // Hashed on save; nobody ever knows it, so the account cannot be logged into.
        password: randomBytes(32).toString('base64url'),
        emailVerifiedAt: null,
        marketingOptIn: false,
        marketingOptInAt: null,
        deletedAt: now,
      })
      await user.save()
      // No personal data in the audit log: who (the person's id) and when is enough.
      await audit.record(trx, {
        actor: user,
        action: 'user.deleted',
        subject: audit.subject('user', user),
        after: { deletedAt: now.toISO(), deals: deals.length, contacts: contactIds.length },
      })
      return exports.map((row) => row.file_path as string | null).filter(Boolean) as string[]
    })

    // Files go once the rows are gone; a leftover file is unreachable (no row, random name).
    for (const file of files) {
      await drive
        .use()
        .delete(file)
        .catch((error) => logger.warn({ err: error, file }, 'export file not deleted'))
    }
    return user
  }
}
