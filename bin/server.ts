/*
| HTTP server entrypoint (node bin/server.js in production, "node ace serve" in development).
*/
await import('reflect-metadata')
const { prettyPrintError } = await import('@adonisjs/core')
const { ignitor } = await import('./ignitor.js')

// SIGTERM: stop accepting, let in-flight requests finish, then exit; a request still
// running after WEB_SHUTDOWN_GRACE_MS (default 10 s) does not hold the deploy.
ignitor((app) => {
  const grace = Number(process.env.WEB_SHUTDOWN_GRACE_MS) || 10_000
  setTimeout(() => {
    console.error(`Requests still running after ${grace} ms: exiting anyway`)
    process.exit(1)
  }, grace).unref()
  return app.terminate()
})
  .httpServer()
  .start()
  .catch((error) => {
    process.exitCode = 1
    prettyPrintError(error)
  })
