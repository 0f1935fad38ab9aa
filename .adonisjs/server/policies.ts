export const policies = {
  ContactPolicy: () => import('#policies/contact_policy'),
  DocumentPolicy: () => import('#policies/document_policy'),
  OpportunityPolicy: () => import('#policies/opportunity_policy'),
  OrganisationPolicy: () => import('#policies/organisation_policy'),
}

