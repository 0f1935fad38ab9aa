import type { HttpContext } from '@adonisjs/core/http'
import LoadPublicFigures from '#actions/community/figures/load_public_figures'
import { figuresQueryValidator } from '#validators/community'
import type { FigureDimension } from '#enums/figures'

/** Open figures: read only from the summary table the `figures:refresh` job fills. */
export default class PublicFiguresController {
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
