/*
| Abilities that depend on the role alone. Everything about a particular record
| (an organisation, an opportunity, a deal) lives in a policy under app/policies.
*/
import { Bouncer } from '@adonisjs/bouncer'
import type User from '#models/user'

/** Diaspora-organisation staff and admins run the CRM and review partners. */
export const useCrm = Bouncer.ability(
  (user: User) => user.role === 'staff' || user.role === 'admin'
)

/** Only admins manage pipelines, roles and the audit log. */
export const administer = Bouncer.ability((user: User) => user.role === 'admin')

/** Partner pages (organisation, members, listings). */
export const actAsPartner = Bouncer.ability((user: User) => user.role === 'partner')

/** Investor pages (profile, saved projects, interests). */
export const actAsInvestor = Bouncer.ability((user: User) => user.role === 'investor')
