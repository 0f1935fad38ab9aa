import env from '#start/env'
import app from '@adonisjs/core/services/app'
import { defineConfig, targets } from '@adonisjs/core/logger'

const json = (env.get('LOG_FORMAT') ?? (app.inProduction ? 'json' : 'pretty')) === 'json'

const loggerConfig = defineConfig({
  default: 'app',
  loggers: {
    app: {
      enabled: true,
      name: 'most',
      level: env.get('LOG_LEVEL'),
      transport: {
        // JSON lines on stdout in production (LOG_FORMAT=json elsewhere too): ship them with
        // whatever collects the process's output (journald, Docker, a log agent).
        targets: targets()
          .pushIf(!json, targets.pretty())
          .pushIf(json, targets.file({ destination: 1 }))
          .toArray(),
      },
    },
  },
})

export default loggerConfig

declare module '@adonisjs/core/types' {
  export interface LoggersList extends InferLoggers<typeof loggerConfig> {}
}
