import env from '#start/env'

/**
 * Replies by e-mail (app/actions/deals/mail): the domain of the per-deal reply addresses,
 * the SMTP listener (`node ace mail:listen`), the largest mail taken and the secret of the
 * HTTP path for providers that forward raw MIME.
 */
export const inboundMailConfig = {
  domain: env.get('INBOUND_DOMAIN', 'reply.most.local').toLowerCase(),
  smtp: {
    host: env.get('INBOUND_SMTP_HOST', '127.0.0.1'),
    port: env.get('INBOUND_SMTP_PORT', 2525),
    tlsKeyPath: env.get('INBOUND_SMTP_TLS_KEY') || null,
    tlsCertPath: env.get('INBOUND_SMTP_TLS_CERT') || null,
    /** Connections served at once, and recipients per message (a reply has one or two). */
    maxClients: 50,
    maxRecipients: 20,
  },
  maxBytes: env.get('INBOUND_MAX_BYTES', 25 * 1024 * 1024),
  /** Empty: POST /webhooks/inbound-mail answers 404. */
  webhookSecret: env.get('INBOUND_MAIL_SECRET') || null,
  /** A signed webhook call older (or newer) than this is refused: a replayed request. */
  webhookToleranceSeconds: 300,
  /** Secret of the reply+/file+ tokens, derived from APP_KEY (rotating APP_KEY retires them). */
  tokenKey: env.get('APP_KEY').release(),
}
