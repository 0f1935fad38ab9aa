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
  },
} satisfies SchemaRules
