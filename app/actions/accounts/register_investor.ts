import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import User from '#models/user'
import type { Infer } from '@vinejs/vine/types'
import type { registerInvestorValidator } from '#validators/auth'
import SendEmailVerification from '#actions/accounts/send_email_verification'
import { recordConsent, recordSignUpConsents } from '#actions/trust/privacy/record_consent'

type Data = Infer<typeof registerInvestorValidator>

/** A diaspora member signs up: the account and its investor profile are stored together. */
export default class RegisterInvestor {
  async handle({ data, locale, ip }: { data: Data; locale: string; ip?: string | null }) {
    const user = await db.transaction(async (trx) => {
      const created = await User.create(
        {
          fullName: data.fullName,
          email: data.email,
          password: data.password,
          role: 'investor',
          locale,
          marketingOptIn: data.marketingOptIn ?? false,
          marketingOptInAt: data.marketingOptIn ? DateTime.now() : null,
        },
        { client: trx }
      )
      await created.related('investorProfile').create({
        residenceCountryId: data.residenceCountryId,
        residenceCity: data.residenceCity ?? null,
      })
      await recordSignUpConsents(trx, { userId: created.id, ip })
      if (data.marketingOptIn) {
        await recordConsent(trx, {
          userId: created.id,
          kind: 'marketing_emails',
          granted: true,
          ip,
        })
      }
      await new SendEmailVerification().handle({ user: created, trx })
      return created
    })
    return user
  }
}
