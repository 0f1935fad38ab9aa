import type { HttpContext } from '@adonisjs/core/http'
import vine from '@vinejs/vine'
import LoadPublicFigures, { figurePeriods } from '#actions/figures/load_public_figures'

const periodValidator = vine.create({ period: vine.enum(figurePeriods).optional() })

/** Open figures: read only from the summary table the `figures:refresh` job fills. */
export default class PublicFiguresController {
  async index({ request, inertia }: HttpContext) {
    const [, input] = await periodValidator.tryValidate(request.qs())
    return inertia.render(
      'figures/index',
      await new LoadPublicFigures().handle({ period: input?.period ?? 'all' })
    )
  }
}
