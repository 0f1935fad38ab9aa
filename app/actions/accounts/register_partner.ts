import db from '@adonisjs/lucid/services/db'
import User from '#models/user'
import Organisation from '#models/organisation'
import type { Infer } from '@vinejs/vine/types'
import type { registerPartnerValidator } from '#validators/auth'
import SendEmailVerification from '#actions/accounts/send_email_verification'
import { recordSignUpConsents } from '#actions/trust/privacy/record_consent'
import { uniqueSlug } from '#services/unique_slug'

type Data = Infer<typeof registerPartnerValidator>

/**
 * A partner signs up with a new organisation. The organisation waits for staff
 * approval before it can publish; the person who registered becomes its owner.
 */
export default class RegisterPartner {
  async handle({ data, locale, ip }: { data: Data; locale: string; ip?: string | null }) {
    const user = await db.transaction(async (trx) => {
      const owner = await User.create(
        {
          fullName: data.fullName,
          email: data.email,
          password: data.password,
          role: 'partner',
          locale,
        },
        { client: trx }
      )
      const organisation = await Organisation.create(
        {
          name: data.organisation.name,
          slug: await uniqueSlug(trx, 'organisations', data.organisation.name, {
            fallback: 'organisation',
          }),
          kind: data.organisation.kind,
          status: 'pending',
          countryId: data.organisation.countryId,
          municipalityId: data.organisation.municipalityId ?? null,
          website: data.organisation.website ?? null,
        },
        { client: trx }
      )
      await organisation.related('members').create({ userId: owner.id, role: 'owner' })
      await recordSignUpConsents(trx, { userId: owner.id, ip })
      await new SendEmailVerification().handle({ user: owner, trx })
      return owner
    })
    return user
  }
}
