import { test } from '@japa/runner'
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { cruise, type IViolation } from 'dependency-cruiser'

/**
 * The layering rules of the code base, checked on every run so they cannot erode one import at a
 * time. The rules themselves are in `.dependency-cruiser.cjs`.
 */
const root = fileURLToPath(new URL('../../../', import.meta.url))

/** `#models/*` → `app/models`: the subpath imports of package.json, as resolver aliases. */
async function subpathAliases() {
  const manifest = JSON.parse(await readFile(`${root}package.json`, 'utf8'))
  const aliases: Record<string, string> = {}
  for (const [pattern, target] of Object.entries<string>(manifest.imports)) {
    aliases[pattern.replace(/\/\*$/, '')] =
      `${root}${target.replace(/^\.\//, '').replace(/\/\*\.js$/, '')}`
  }
  return aliases
}

/**
 * Violations that exist today and are being removed area by area. The list may only shrink: a new
 * violation fails the test, and so does a fixed one still listed here (remove it).
 */
const notYetFixed: string[] = [
  'controllers-stay-thin: app/controllers/community/event_follow_ups_controller.ts → app/models/event_attendee.ts',
  'controllers-stay-thin: app/controllers/community/event_sign_up_controller.ts → app/models/event.ts',
  'controllers-stay-thin: app/controllers/community/home_controller.ts → app/models/opportunity.ts',
  'controllers-stay-thin: app/controllers/community/municipalities_controller.ts → app/models/municipality.ts',
  'controllers-stay-thin: app/controllers/community/municipalities_controller.ts → app/models/opportunity.ts',
  'controllers-stay-thin: app/controllers/community/municipalities_controller.ts → app/models/organisation.ts',
  'controllers-stay-thin: app/controllers/community/partner/impact_controller.ts → app/models/organisation_member.ts',
  'controllers-stay-thin: app/controllers/community/staff/directory_controller.ts → app/models/organisation.ts',
  'controllers-stay-thin: app/controllers/community/staff/events_controller.ts → @adonisjs/lucid/services/db',
  'controllers-stay-thin: app/controllers/community/staff/events_controller.ts → app/models/event.ts',
  'controllers-stay-thin: app/controllers/community/staff/stories_controller.ts → app/models/success_story.ts',
  'controllers-stay-thin: app/controllers/community/stories_controller.ts → app/models/success_story.ts',
  'controllers-stay-thin: app/controllers/opportunities/api/opportunities_controller.ts → app/models/opportunity.ts',
  'controllers-stay-thin: app/controllers/opportunities/documents_controller.ts → app/models/document_download.ts',
  'controllers-stay-thin: app/controllers/opportunities/documents_controller.ts → app/models/opportunity_document.ts',
  'controllers-stay-thin: app/controllers/opportunities/nda_acceptances_controller.ts → app/models/opportunity.ts',
  'controllers-stay-thin: app/controllers/opportunities/opportunities_controller.ts → app/models/opportunity.ts',
  'controllers-stay-thin: app/controllers/opportunities/partner/documents_controller.ts → app/models/opportunity_document.ts',
  'controllers-stay-thin: app/controllers/opportunities/partner/documents_controller.ts → app/models/opportunity.ts',
  'controllers-stay-thin: app/controllers/opportunities/partner/lifecycle_controller.ts → app/models/opportunity.ts',
  'controllers-stay-thin: app/controllers/opportunities/partner/opportunities_controller.ts → app/models/opportunity.ts',
  'controllers-stay-thin: app/controllers/opportunities/partner/opportunities_controller.ts → app/models/organisation_member.ts',
  'controllers-stay-thin: app/controllers/opportunities/saved_opportunities_controller.ts → app/models/opportunity.ts',
  'controllers-stay-thin: app/controllers/opportunities/staff/matches_controller.ts → app/models/opportunity.ts',
  'controllers-stay-thin: app/controllers/opportunities/staff/matches_controller.ts → app/models/user.ts',
  'controllers-stay-thin: app/controllers/opportunities/staff/opportunities_controller.ts → app/models/opportunity.ts',
  'controllers-stay-thin: app/controllers/organisations/organisations_controller.ts → app/models/opportunity.ts',
  'controllers-stay-thin: app/controllers/organisations/organisations_controller.ts → app/models/organisation.ts',
  'controllers-stay-thin: app/controllers/organisations/partner/organisation_controller.ts → app/models/organisation_invitation.ts',
  'controllers-stay-thin: app/controllers/organisations/partner/organisation_controller.ts → app/models/organisation_member.ts',
  'controllers-stay-thin: app/controllers/organisations/staff/reviews_controller.ts → app/models/organisation.ts',
  'controllers-stay-thin: app/controllers/payments/club_controller.ts → app/models/club_membership.ts',
  'controllers-stay-thin: app/controllers/payments/club_controller.ts → app/models/stripe_customer.ts',
  'controllers-stay-thin: app/controllers/payments/featuring_controller.ts → app/models/opportunity.ts',
  'controllers-stay-thin: app/controllers/payments/featuring_controller.ts → app/models/organisation.ts',
  'controllers-stay-thin: app/controllers/payments/payments_controller.ts → app/models/organisation_member.ts',
  'controllers-stay-thin: app/controllers/payments/payments_controller.ts → app/models/payment.ts',
]

async function violations() {
  const { default: config } = await import(`${root}.dependency-cruiser.cjs`)
  const result = await cruise(
    ['app'],
    { ...config.options, baseDir: root, ruleSet: { forbidden: config.forbidden }, validate: true },
    { alias: await subpathAliases(), extensions: ['.ts', '.js'] }
  )
  if (typeof result.output === 'string') throw new Error(result.output)
  return result.output
}

function describe(violation: IViolation) {
  const through = violation.cycle?.map((step) => step.name).join(' → ')
  return `${violation.rule.name}: ${violation.from} → ${violation.to}${through ? ` (${through})` : ''}`
}

test.group('Architecture / layering', () => {
  test('every import in app/ resolves, so the rules below see the real graph', async ({
    assert,
  }) => {
    const output = await violations()
    const unresolved = output.modules
      .filter((module) => module.source.startsWith('app/'))
      .flatMap((module) =>
        module.dependencies
          .filter((dependency) => dependency.couldNotResolve && dependency.module.startsWith('#'))
          .map((dependency) => `${module.source} → ${dependency.module}`)
      )
    assert.deepEqual(unresolved, [])
    assert.isAbove(output.summary.totalCruised, 300)
  })

  test('no import cycle, no controller reaching models or the database, nothing importing controllers', async ({
    assert,
  }) => {
    const output = await violations()
    assert.deepEqual(output.summary.violations.map(describe).sort(), [...notYetFixed].sort())
  })
})
