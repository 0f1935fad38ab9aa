/*
| What the entrypoints (server, console, test) share: the application root, the importer
| for relative paths, the environment check while booting and the shutdown signals.
| Import reflect-metadata before this file.
*/
import { Ignitor } from '@adonisjs/core'
import type { ApplicationService } from '@adonisjs/core/types'

export const APP_ROOT = new URL('../', import.meta.url)

const IMPORTER = (filePath: string) => {
  if (filePath.startsWith('./') || filePath.startsWith('../')) {
    return import(new URL(filePath, APP_ROOT).href)
  }
  return import(filePath)
}

/** SIGTERM terminates the app unless the entrypoint says how (the HTTP server's grace). */
export function ignitor(onSigterm = (app: ApplicationService) => app.terminate()) {
  return new Ignitor(APP_ROOT, { importer: IMPORTER }).tap((app) => {
    app.booting(async () => {
      await import('#start/env')
    })
    app.listen('SIGTERM', () => onSigterm(app))
    app.listenIf(app.managedByPm2, 'SIGINT', () => app.terminate())
  })
}
