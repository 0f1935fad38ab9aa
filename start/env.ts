/*
| Every environment variable Most reads, validated at boot. .env.example
| documents each one; a missing or malformed value stops the app early.
*/
import { Env } from '@adonisjs/core/env'

export default await Env.create(new URL('../', import.meta.url), {
  NODE_ENV: Env.schema.enum(['development', 'production', 'test'] as const),
  PORT: Env.schema.number(),
  HOST: Env.schema.string({ format: 'host' }),
  APP_KEY: Env.schema.secret(),
  APP_URL: Env.schema.string({ format: 'url', tld: false }),
  LOG_LEVEL: Env.schema.enum([
    'fatal',
    'error',
    'warn',
    'info',
    'debug',
    'trace',
    'silent',
  ] as const),

  TRUSTED_PROXIES: Env.schema.string.optional(),
  CORS_ORIGINS: Env.schema.string.optional(),
  MONITORING_SECRET: Env.schema.string.optional(),

  SESSION_DRIVER: Env.schema.enum(['database', 'redis', 'cookie', 'memory'] as const),

  DB_HOST: Env.schema.string({ format: 'host' }),
  DB_PORT: Env.schema.number(),
  DB_USER: Env.schema.string(),
  DB_PASSWORD: Env.schema.string.optional(),
  DB_DATABASE: Env.schema.string(),

  REDIS_HOST: Env.schema.string({ format: 'host' }),
  REDIS_PORT: Env.schema.number(),
  REDIS_PASSWORD: Env.schema.string.optional(),
  REDIS_KEY_PREFIX: Env.schema.string(),
  REDIS_COMMAND_TIMEOUT_MS: Env.schema.number.optional(),
  SERVER_TIMING: Env.schema.boolean.optional(),
  WEB_SHUTDOWN_GRACE_MS: Env.schema.number.optional(),
  LOG_FORMAT: Env.schema.enum.optional(['json', 'pretty'] as const),
  QUEUE_CONCURRENCY: Env.schema.number.optional(),
  QUEUE_LOCK_DURATION_MS: Env.schema.number.optional(),
  QUEUE_STALLED_INTERVAL_MS: Env.schema.number.optional(),
  QUEUE_SHUTDOWN_GRACE_MS: Env.schema.number.optional(),

  LIMITER_STORE: Env.schema.enum(['redis', 'memory'] as const),
  API_RATE_LIMIT_PER_MINUTE: Env.schema.number.optional(),

  MAIL_FROM_ADDRESS: Env.schema.string({ format: 'email' }),
  MAIL_FROM_NAME: Env.schema.string(),
  SMTP_HOST: Env.schema.string.optional(),
  SMTP_PORT: Env.schema.number.optional(),
  SMTP_USERNAME: Env.schema.string.optional(),
  SMTP_PASSWORD: Env.schema.string.optional(),

  INBOUND_DOMAIN: Env.schema.string.optional({ format: 'host' }),
  INBOUND_SMTP_HOST: Env.schema.string.optional({ format: 'host' }),
  INBOUND_SMTP_PORT: Env.schema.number.optional(),
  INBOUND_SMTP_TLS_KEY: Env.schema.string.optional(),
  INBOUND_SMTP_TLS_CERT: Env.schema.string.optional(),
  INBOUND_MAX_BYTES: Env.schema.number.optional(),
  INBOUND_MAIL_SECRET: Env.schema.string.optional(),

  DRIVE_DISK: Env.schema.enum(['fs', 's3'] as const),
  S3_ENDPOINT: Env.schema.string.optional(),
  S3_REGION: Env.schema.string.optional(),
  S3_BUCKET: Env.schema.string.optional(),
  S3_ACCESS_KEY_ID: Env.schema.string.optional(),
  S3_SECRET_ACCESS_KEY: Env.schema.string.optional(),
  DRIVE_FS_ROOT: Env.schema.string.optional(),

  BACKUP_DIR: Env.schema.string.optional(),
  BACKUP_S3_BUCKET: Env.schema.string.optional(),
  BACKUP_KEEP_DAILY: Env.schema.number.optional(),
  BACKUP_KEEP_WEEKLY: Env.schema.number.optional(),
  BACKUP_SCHEDULE: Env.schema.string.optional(),
  PG_BIN_DIR: Env.schema.string.optional(),

  STRIPE_SECRET_KEY: Env.schema.string.optional(),
  STRIPE_WEBHOOK_SECRET: Env.schema.string.optional(),
  STRIPE_CLUB_MONTHLY_PRICE: Env.schema.string.optional(),
  STRIPE_CLUB_YEARLY_PRICE: Env.schema.string.optional(),
  PAYMENTS_CURRENCY: Env.schema.string.optional(),
  FEATURED_30_DAYS_AMOUNT: Env.schema.number.optional(),
  FEATURED_90_DAYS_AMOUNT: Env.schema.number.optional(),
  STRIPE_API_HOST: Env.schema.string.optional(),
  STRIPE_API_PORT: Env.schema.number.optional(),
  STRIPE_API_PROTOCOL: Env.schema.enum.optional(['http', 'https'] as const),

  MAP_TILE_URL: Env.schema.string.optional(),
  MAP_ATTRIBUTION: Env.schema.string.optional(),
})
