export const policies = {
  DocumentPolicy: () => import('#policies/document_policy'),
  OpportunityPolicy: () => import('#policies/opportunity_policy'),
  OrganisationPolicy: () => import('#policies/organisation_policy'),
}

