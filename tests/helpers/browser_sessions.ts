import type { BrowserContext } from 'playwright'
import { createPartner } from '#database/factories/user_factory'

/** A new approved partner organisation's member, signed in in this browser context. */
export async function signInNewPartner(browserContext: BrowserContext) {
  const partner = await createPartner()
  await browserContext.loginAs(partner.user)
  return partner
}
