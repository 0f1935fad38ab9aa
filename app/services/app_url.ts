import { appUrl } from '#config/app'
import { urlFor, signedUrlFor } from '@adonisjs/core/services/url_builder'

/** Absolute links for e-mails: the request host cannot be trusted, APP_URL can. */
export const absoluteUrlFor: typeof urlFor = ((...args: Parameters<typeof urlFor>) =>
  new URL(urlFor(...args), appUrl).toString()) as typeof urlFor

export const absoluteSignedUrlFor: typeof signedUrlFor = ((
  ...args: Parameters<typeof signedUrlFor>
) => new URL(signedUrlFor(...args), appUrl).toString()) as typeof signedUrlFor

/** An app path (from urlFor/signedUrlFor) as the absolute link an e-mail needs. */
export function absoluteLink(path: string) {
  return new URL(path, appUrl).toString()
}
