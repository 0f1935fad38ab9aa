import type { HttpContext } from '@adonisjs/core/http'
import vine from '@vinejs/vine'
import LoadPublicFigures, {
  figureDimensions,
  figurePeriods,
  type FigureDimension,
} from '#actions/community/figures/load_public_figures'

const figuresQueryValidator = vine.create({
  period: vine.enum(figurePeriods).optional(),
  // "municipality:nis", "country:RS", "sector:energy": whose months the page charts.
  focus: vine
    .string()
    .trim()
    .maxLength(100)
    .regex(new RegExp(`^(${figureDimensions.join('|')}):[A-Za-z0-9-]+$`))
    .optional(),
})

/** Open figures: read only from the summary table the `figures:refresh` job fills. */
export default class FiguresController {
  async index({ request, inertia }: HttpContext) {
    const [, input] = await figuresQueryValidator.tryValidate(request.qs())
    const [dimension, slug] = input?.focus?.split(':') ?? []
    return inertia.render(
      'community/figures/index',
      await new LoadPublicFigures().handle({
        period: input?.period ?? 'all',
        focus: slug ? { dimension: dimension as FigureDimension, slug } : undefined,
      })
    )
  }
}
