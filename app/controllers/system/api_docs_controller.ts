import type { HttpContext } from '@adonisjs/core/http'
import env from '#start/env'
import { openApiDocument } from '#services/openapi_document'

/** The OpenAPI document of the public API. */
export default class ApiDocsController {
  async show({ response }: HttpContext) {
    response.header('cache-control', 'public, max-age=3600')
    return openApiDocument(env.get('APP_URL'))
  }
}
