import type { HttpContext } from '@adonisjs/core/http'
import ListIncentiveRules from '#actions/incentives/list_incentive_rules'
import FindIncentiveRule from '#actions/incentives/find_incentive_rule'
import SaveIncentiveRule from '#actions/incentives/save_incentive_rule'
import DeleteIncentiveRule from '#actions/incentives/delete_incentive_rule'
import IncentiveRuleTransformer from '#transformers/incentive_rule_transformer'
import SectorTransformer from '#transformers/sector_transformer'
import { incentiveRuleValidator } from '#validators/incentive'
import { developmentGroups, incentiveRuleKinds } from '#enums/incentive'

/** Staff keep the state incentive rules current: list, add, correct, remove. */
export default class IncentiveRulesController {
  async index({ inertia }: HttpContext) {
    const { rules, sectors, municipalitiesPerGroup } = await new ListIncentiveRules().handle()
    return inertia.render('incentives/staff/index', {
      rules: IncentiveRuleTransformer.transform(rules),
      sectors: SectorTransformer.transform(sectors),
      municipalitiesPerGroup,
      kinds: [...incentiveRuleKinds],
      groups: [...developmentGroups],
    })
  }

  async store({ request, auth, response, session, i18n }: HttpContext) {
    const data = await request.validateUsing(incentiveRuleValidator)
    await new SaveIncentiveRule().handle({
      actor: auth.getUserOrFail(),
      data,
      duplicateKeyMessage: i18n.t('incentives.staff.key_taken'),
    })
    session.flash('success', i18n.t('incentives.staff.saved'))
    return response.redirect().toRoute('staff.incentives.index')
  }

  async update({ params, request, auth, response, session, i18n }: HttpContext) {
    const rule = await new FindIncentiveRule().handle(params.id)
    const data = await request.validateUsing(incentiveRuleValidator)
    await new SaveIncentiveRule().handle({
      rule,
      actor: auth.getUserOrFail(),
      data,
      duplicateKeyMessage: i18n.t('incentives.staff.key_taken'),
    })
    session.flash('success', i18n.t('incentives.staff.saved'))
    return response.redirect().toRoute('staff.incentives.index')
  }

  async destroy({ params, auth, response, session, i18n }: HttpContext) {
    const rule = await new FindIncentiveRule().handle(params.id)
    await new DeleteIncentiveRule().handle({ rule, actor: auth.getUserOrFail() })
    session.flash('success', i18n.t('incentives.staff.deleted'))
    return response.redirect().toRoute('staff.incentives.index')
  }
}
