export const policies = {
  AftercarePolicy: () => import('#policies/aftercare_policy'),
  AuditEntryPolicy: () => import('#policies/audit_entry_policy'),
  ContactPolicy: () => import('#policies/contact_policy'),
  DataExportPolicy: () => import('#policies/data_export_policy'),
  DocumentPolicy: () => import('#policies/document_policy'),
  EventPolicy: () => import('#policies/event_policy'),
  ImportPolicy: () => import('#policies/import_policy'),
  IntroductionPolicy: () => import('#policies/introduction_policy'),
  NdaSignaturePolicy: () => import('#policies/nda_signature_policy'),
  OpportunityPolicy: () => import('#policies/opportunity_policy'),
  OrganisationPolicy: () => import('#policies/organisation_policy'),
  PaymentPolicy: () => import('#policies/payment_policy'),
  QuestionPolicy: () => import('#policies/question_policy'),
  SavedSearchPolicy: () => import('#policies/saved_search_policy'),
  SuccessStoryPolicy: () => import('#policies/success_story_policy'),
}

