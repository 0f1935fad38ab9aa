export const policies = {
  AftercarePolicy: () => import('#policies/aftercare_policy'),
  AuditEntryPolicy: () => import('#policies/audit_entry_policy'),
  ContactPolicy: () => import('#policies/contact_policy'),
  DataExportPolicy: () => import('#policies/data_export_policy'),
  DocumentPolicy: () => import('#policies/document_policy'),
  EventPolicy: () => import('#policies/event_policy'),
  InboundMailPolicy: () => import('#policies/inbound_mail_policy'),
  IntroductionPolicy: () => import('#policies/introduction_policy'),
  OpportunityPolicy: () => import('#policies/opportunity_policy'),
  OrganisationPolicy: () => import('#policies/organisation_policy'),
  PaymentPolicy: () => import('#policies/payment_policy'),
  SavedSearchPolicy: () => import('#policies/saved_search_policy'),
  SuccessStoryPolicy: () => import('#policies/success_story_policy'),
}

