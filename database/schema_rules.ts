import { type SchemaRules } from '@adonisjs/lucid/types/schema_generator'

const enumColumn = (typeName: string, file: string) => ({
  tsType: typeName,
  imports: [{ source: `#enums/${file}`, typeImports: [typeName] }],
})

/** Native PostgreSQL enums become the TypeScript unions the app shares (app/enums). */
export default {
  tables: {
    users: { columns: { role: enumColumn('UserRole', 'user_role') } },
    organisations: {
      columns: {
        kind: enumColumn('OrganisationKind', 'organisation'),
        status: enumColumn('OrganisationStatus', 'organisation'),
      },
    },
    organisation_members: { columns: { role: enumColumn('MemberRole', 'organisation') } },
    opportunities: {
      columns: {
        type: enumColumn('OpportunityType', 'opportunity'),
        stage: enumColumn('OpportunityStage', 'opportunity'),
        status: enumColumn('OpportunityStatus', 'opportunity'),
        site: {
          tsType: 'SiteReadiness',
          decorator: '@column()',
          imports: [{ source: '#enums/opportunity', typeImports: ['SiteReadiness'] }],
        },
      },
      // Maintained by most_refresh_opportunity_search() only; models never touch them.
      skipColumns: ['search_text', 'search_document'],
    },
    opportunity_incentives: {
      columns: {
        kind: enumColumn('IncentiveKind', 'opportunity'),
      },
    },
    opportunity_documents: { columns: { kind: enumColumn('DocumentKind', 'opportunity') } },
    opportunity_transitions: {
      columns: {
        from_status: enumColumn('OpportunityStatus', 'opportunity'),
        to_status: enumColumn('OpportunityStatus', 'opportunity'),
      },
    },
    interests: {
      columns: {
        contact_channel: enumColumn('ContactChannel', 'opportunity'),
        contact_language: enumColumn('ContactLanguage', 'opportunity'),
        status: enumColumn('InterestStatus', 'opportunity'),
      },
    },
    investor_profiles: {
      columns: {
        languages: { tsType: 'string[]', decorator: '@column()' },
        recommendation_frequency: enumColumn('AlertFrequency', 'matching'),
      },
    },
    saved_searches: {
      columns: {
        frequency: enumColumn('AlertFrequency', 'matching'),
        filters: { tsType: 'Record<string, unknown>', decorator: '@column()' },
      },
    },
    opportunity_alerts: {
      columns: {
        frequency: enumColumn('AlertFrequency', 'matching'),
        state: enumColumn('AlertState', 'matching'),
      },
    },
    pipeline_stages: { columns: { kind: enumColumn('StageKind', 'crm') } },
    deal_activities: {
      columns: {
        kind: enumColumn('DealActivityKind', 'crm'),
        meta: { tsType: 'Record<string, unknown>', decorator: '@column()' },
      },
    },
    introductions: { columns: { status: enumColumn('IntroductionStatus', 'crm') } },
    consents: { columns: { kind: enumColumn('ConsentKind', 'privacy') } },
    data_exports: { columns: { status: enumColumn('DataExportStatus', 'privacy') } },
    audit_entries: {
      columns: {
        before: { tsType: 'Record<string, unknown>', decorator: '@column()' },
        after: { tsType: 'Record<string, unknown>', decorator: '@column()' },
      },
    },
    contacts: { columns: { kind: enumColumn('ContactKind', 'crm') } },
    featured_listings: {
      columns: {
        source: enumColumn('FeaturingSource', 'payments'),
        status: enumColumn('FeaturingStatus', 'payments'),
      },
    },
    payments: {
      columns: {
        kind: enumColumn('PaymentKind', 'payments'),
        product: enumColumn('PaymentProduct', 'payments'),
      },
    },
    stripe_events: {
      columns: { payload: { tsType: 'Record<string, unknown>', decorator: '@column()' } },
    },
    outbox_messages: {
      columns: { payload: { tsType: 'Record<string, unknown>', decorator: '@column()' } },
    },
  },
} satisfies SchemaRules
