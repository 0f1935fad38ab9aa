import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'
import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'

const brotli = promisify(brotliCompress)
const gzipAsync = promisify(gzip)

/** Smaller bodies fit in one packet anyway; compressing them costs more than it saves. */
const MIN_BYTES = 1024
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|ld\+json)|image\/svg\+xml)/

function acceptedEncoding(ctx: HttpContext) {
  const accepted = String(ctx.request.header('accept-encoding') ?? '')
  if (/\bbr\b/.test(accepted)) return 'br' as const
  if (/\bgzip\b/.test(accepted)) return 'gzip' as const
  return null
}

/**
 * Compresses page HTML and JSON (Brotli at a fast level, else gzip) for clients that accept
 * it. It hooks the moment the response is written, so it sees the final body whatever set
 * it (a controller, the exception handler); streamed files and static assets are left alone
 * (built assets are precompressed at build time).
 */
export default class CompressResponseMiddleware {
  handle(ctx: HttpContext, next: NextFn) {
    const encoding = acceptedEncoding(ctx)
    if (encoding && ctx.request.method() !== 'HEAD') compressWhenWritten(ctx, encoding)
    return next()
  }
}

function compressWhenWritten(ctx: HttpContext, encoding: 'br' | 'gzip') {
  const response = ctx.response
  const node = response.response
  const writeHead = response.writeHead.bind(response)
  const end = node.end.bind(node) as (body?: unknown) => void
  let heldStatus: number | undefined
  let held = false

  // Only a body set as content (not a stream or file) is written as writeHead + end(body):
  // hold the head back until the body is known.
  response.writeHead = (statusCode?: number) => {
    if (!response.hasContent || response.hasStream || response.hasFileToStream || held) {
      return writeHead(statusCode)
    }
    held = true
    heldStatus = statusCode
    return response
  }
  node.end = ((body?: unknown) => {
    if (!held) return end(body)
    held = false
    response.writeHead = writeHead
    const type = String(response.getHeader('content-type') ?? '')
    const bytes =
      typeof body === 'string' ? Buffer.from(body) : body instanceof Uint8Array ? body : null
    if (
      !bytes ||
      bytes.length < MIN_BYTES ||
      !COMPRESSIBLE.test(type) ||
      response.getHeader('content-encoding')
    ) {
      writeHead(heldStatus)
      end(body)
      return node
    }
    const compress =
      encoding === 'br'
        ? brotli(bytes, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: 4,
              [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
            },
          })
        : gzipAsync(bytes, { level: 6 })
    compress.then(
      (compressed) => {
        response.header('Content-Encoding', encoding)
        response.header('Content-Length', compressed.length)
        response.append('Vary', 'Accept-Encoding')
        writeHead(heldStatus)
        end(compressed)
      },
      (error: unknown) => {
        ctx.logger.warn({ err: error }, 'response compression failed; sent uncompressed')
        writeHead(heldStatus)
        end(body)
      }
    )
    return node
  }) as typeof node.end
}
