import { defineConfig } from '@adonisjs/static'

const types: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  svg: 'image/svg+xml',
  json: 'application/json; charset=utf-8',
  map: 'application/json; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
}

/**
 * Vite's build output under /assets is content-hashed: a file at one URL never changes, so
 * browsers keep it for a year without asking again. A precompressed `.br`/`.gz` twin (the
 * static files middleware picks it) goes out with its encoding and the original's type.
 */
function assetHeaders(path: string) {
  const headers: Record<string, string> = {}
  if (/[\\/]public[\\/]assets[\\/]/.test(path)) {
    headers['Cache-Control'] = 'public, max-age=31536000, immutable'
  }
  const encoded = path.match(/\.(\w+)\.(br|gz)$/)
  if (encoded) {
    headers['Content-Encoding'] = encoded[2] === 'br' ? 'br' : 'gzip'
    headers['Content-Type'] = types[encoded[1]] ?? 'application/octet-stream'
  }
  if (encoded || /\.(js|css|svg|json|map|txt)$/.test(path)) headers['Vary'] = 'Accept-Encoding'
  return headers
}

const staticServerConfig = defineConfig({
  enabled: true,
  etag: true,
  lastModified: true,
  dotFiles: 'ignore',
  headers: assetHeaders,
})

export default staticServerConfig
