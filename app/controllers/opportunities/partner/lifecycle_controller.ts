import type { HttpContext } from '@adonisjs/core/http'
import FindOpportunity from '#actions/opportunities/find_opportunity'
import SubmitOpportunity from '#actions/opportunities/submit_opportunity'
import PauseOpportunity from '#actions/opportunities/pause_opportunity'
import ResumeOpportunity from '#actions/opportunities/resume_opportunity'
import CloseOpportunity from '#actions/opportunities/close_opportunity'
import ReconfirmOpportunity from '#actions/opportunities/reconfirm_opportunity'
import { closeOpportunityValidator, pauseOpportunityValidator } from '#validators/opportunity'

/** The partner's status buttons: submit for review, pause, resume, close, re-confirm. */
export default class LifecycleController {
  async submit(ctx: HttpContext) {
    const opportunity = await this.authorized(ctx, 'submit')
    await new SubmitOpportunity().handle({ opportunity, actor: ctx.auth.getUserOrFail() })
    return this.done(ctx, 'submitted')
  }

  async pause(ctx: HttpContext) {
    const opportunity = await this.authorized(ctx, 'pause')
    const { reason } = await ctx.request.validateUsing(pauseOpportunityValidator)
    await new PauseOpportunity().handle({
      opportunity,
      actor: ctx.auth.getUserOrFail(),
      reason: reason || null,
    })
    return this.done(ctx, 'paused')
  }

  async resume(ctx: HttpContext) {
    const opportunity = await this.authorized(ctx, 'resume')
    await new ResumeOpportunity().handle({ opportunity, actor: ctx.auth.getUserOrFail() })
    return this.done(ctx, 'resumed')
  }

  async close(ctx: HttpContext) {
    const opportunity = await this.authorized(ctx, 'close')
    const { outcome, reason } = await ctx.request.validateUsing(closeOpportunityValidator)
    await new CloseOpportunity().handle({
      opportunity,
      actor: ctx.auth.getUserOrFail(),
      outcome,
      reason,
    })
    return this.done(ctx, outcome)
  }

  async reconfirm(ctx: HttpContext) {
    const opportunity = await this.authorized(ctx, 'reconfirm')
    await new ReconfirmOpportunity().handle({ opportunity, actor: ctx.auth.getUserOrFail() })
    return this.done(ctx, 'reconfirmed')
  }

  private async authorized(
    { params, bouncer }: HttpContext,
    ability: 'submit' | 'pause' | 'resume' | 'close' | 'reconfirm'
  ) {
    const opportunity = await new FindOpportunity().handle(
      { id: params.id },
      { preload: ['organisation'] }
    )
    await bouncer.with('OpportunityPolicy').authorize(ability, opportunity)
    return opportunity
  }

  private done({ session, i18n, response }: HttpContext, outcome: string) {
    session.flash('success', i18n.t(`opportunities.partner.transitions.${outcome}`))
    return response.redirect().back()
  }
}
