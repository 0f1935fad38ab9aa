/** GDPR vocabulary shared by models, validators and pages. */
export const consentKinds = [
  'terms',
  'privacy_policy',
  'marketing_emails',
  'share_contact',
] as const
export type ConsentKind = (typeof consentKinds)[number]

export const dataExportStatuses = ['pending', 'ready', 'failed'] as const
export type DataExportStatus = (typeof dataExportStatuses)[number]

/** The versions of the documents a new account agrees to (bump when the text changes). */
export const TERMS_VERSION = '2026-11'
export const PRIVACY_POLICY_VERSION = '2026-11'

/** How long a "download my data" file and its link stay available. */
export const DATA_EXPORT_DAYS = 7
