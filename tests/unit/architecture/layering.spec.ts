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
  'controllers-stay-thin: app/controllers/accounts/account_controller.ts → app/models/consent.ts',
  'controllers-stay-thin: app/controllers/accounts/account_controller.ts → app/models/data_export.ts',
  'controllers-stay-thin: app/controllers/accounts/email_verification_controller.ts → app/models/user.ts',
  'controllers-stay-thin: app/controllers/accounts/session_controller.ts → app/models/user.ts',
  'controllers-stay-thin: app/controllers/deals/contacts_controller.ts → app/models/contact.ts',
  'controllers-stay-thin: app/controllers/deals/contacts_controller.ts → app/models/deal_activity.ts',
  'controllers-stay-thin: app/controllers/deals/contacts_controller.ts → app/models/deal.ts',
  'controllers-stay-thin: app/controllers/deals/deal_activities_controller.ts → app/models/deal_task.ts',
  'controllers-stay-thin: app/controllers/deals/deal_activities_controller.ts → app/models/deal.ts',
  'controllers-stay-thin: app/controllers/deals/deal_aftercare_controller.ts → app/models/deal.ts',
  'controllers-stay-thin: app/controllers/deals/deal_list_controller.ts → app/models/user.ts',
  'controllers-stay-thin: app/controllers/deals/deals_controller.ts → app/models/club_membership.ts',
  'controllers-stay-thin: app/controllers/deals/deals_controller.ts → app/models/deal.ts',
  'controllers-stay-thin: app/controllers/deals/deals_controller.ts → app/models/introduction.ts',
  'controllers-stay-thin: app/controllers/deals/deals_controller.ts → app/models/pipeline_stage.ts',
  'controllers-stay-thin: app/controllers/deals/deals_controller.ts → app/models/user.ts',
  'controllers-stay-thin: app/controllers/deals/interests_controller.ts → app/models/interest.ts',
  'controllers-stay-thin: app/controllers/deals/interests_controller.ts → app/models/opportunity.ts',
  'controllers-stay-thin: app/controllers/deals/introduction_responses_controller.ts → app/models/introduction.ts',
  'controllers-stay-thin: app/controllers/deals/introductions_controller.ts → app/models/deal.ts',
  'controllers-stay-thin: app/controllers/deals/pipeline_controller.ts → app/models/lost_reason.ts',
  'controllers-stay-thin: app/controllers/deals/pipeline_controller.ts → app/models/user.ts',
  'controllers-stay-thin: app/controllers/deals/pipeline_settings_controller.ts → app/models/lost_reason.ts',
  'controllers-stay-thin: app/controllers/deals/pipeline_settings_controller.ts → app/models/pipeline_stage.ts',
  'controllers-stay-thin: app/controllers/deals/pipeline_settings_controller.ts → app/models/pipeline.ts',
  'controllers-stay-thin: app/controllers/deals/staff/interests_controller.ts → app/models/interest.ts',
  'controllers-stay-thin: app/controllers/investors/alert_unsubscribe_controller.ts → app/models/user.ts',
  'controllers-stay-thin: app/controllers/investors/profile_controller.ts → app/models/investor_profile.ts',
  'controllers-stay-thin: app/controllers/investors/saved_searches_controller.ts → app/models/saved_search.ts',
  'controllers-stay-thin: app/controllers/trust/data_exports_controller.ts → app/models/data_export.ts',
  'rules-live-below-actions: app/mails/builders/alerts.ts → app/actions/investors/matching/explain_match.ts',
  'rules-live-below-actions: app/mails/builders/alerts.ts → app/actions/investors/matching/score_matches.ts',
  'rules-live-below-actions: app/transformers/crm_organisation_transformer.ts → app/actions/deals/introductions/response_times.ts',
  'rules-live-below-actions: app/transformers/crm_organisation_transformer.ts → app/actions/organisations/organisation_figures.ts',
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
