import { mkdir, rm } from 'node:fs/promises'
import { createWriteStream } from 'node:fs'
import { pipeline } from 'node:stream/promises'
import { Transform } from 'node:stream'
import { randomUUID } from 'node:crypto'
import app from '@adonisjs/core/services/app'
import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import { bodyLimits } from '#config/bodyparser'

/** Where uploads wait while a request is handled (removed when its response ends). */
export const uploadTmpDir = () => app.tmpPath('uploads')

/**
 * Parses a multipart body on an upload route, after sign-in, role and CSRF checks ran.
 * Each file goes to a temp file that is deleted when the response is finished or the
 * connection closes, whatever happened (validation error, crash, moved to Drive).
 */
export default class ProcessUploadsMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    const multipart = ctx.request.multipart
    if (!ctx.request.is(['multipart/form-data']) || !multipart) return next()
    const written: string[] = []
    const removeAll = () => {
      Promise.all(written.map((path) => rm(path, { force: true }))).catch((error) =>
        ctx.logger.warn({ err: error }, 'upload temp file not removed')
      )
    }
    ctx.response.response.once('close', removeAll)
    await mkdir(uploadTmpDir(), { recursive: true })
    multipart.onFile('*', { deferValidations: true }, async (part, reportChunk) => {
      const tmpPath = `${uploadTmpDir()}/${randomUUID()}`
      written.push(tmpPath)
      const counter = new Transform({
        async transform(chunk: Buffer, _, done) {
          try {
            await reportChunk(chunk)
            done(null, chunk)
          } catch (error) {
            done(error as Error)
          }
        },
      })
      try {
        await pipeline(part, counter, createWriteStream(tmpPath))
      } catch (error) {
        multipart.abort(error)
      }
      return { tmpPath }
    })
    await multipart.process({ limit: bodyLimits.upload })
    return next()
  }
}
