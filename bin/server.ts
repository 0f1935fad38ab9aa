/*
| HTTP server entrypoint (node bin/server.js in production, "node ace serve" in development).
*/
await import('reflect-metadata')
const { Ignitor, prettyPrintError } = await import('@adonisjs/core')

const APP_ROOT = new URL('../', import.meta.url)

const IMPORTER = (filePath: string) => {
  if (filePath.startsWith('./') || filePath.startsWith('../')) {
    return import(new URL(filePath, APP_ROOT).href)
  }
  return import(filePath)
}

new Ignitor(APP_ROOT, { importer: IMPORTER })
  .tap((app) => {
    app.booting(async () => {
      await import('#start/env')
    })
    // SIGTERM: stop accepting, let in-flight requests finish, then exit; a request still
    // running after WEB_SHUTDOWN_GRACE_MS (default 10 s) does not hold the deploy.
    app.listen('SIGTERM', () => {
      const grace = Number(process.env.WEB_SHUTDOWN_GRACE_MS) || 10_000
      setTimeout(() => {
        console.error(`Requests still running after ${grace} ms: exiting anyway`)
        process.exit(1)
      }, grace).unref()
      return app.terminate()
    })
    app.listenIf(app.managedByPm2, 'SIGINT', () => app.terminate())
  })
  .httpServer()
  .start()
  .catch((error) => {
    process.exitCode = 1
    prettyPrintError(error)
  })
