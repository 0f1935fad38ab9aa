import { createHash, randomBytes } from 'node:crypto'

/**
 * One-time tokens for e-mailed links (password reset, invitations). Only the
 * SHA-256 hash is stored, so a database leak does not leak usable links.
 */
export function generateSecureToken() {
  const token = randomBytes(32).toString('hex')
  return { token, hash: hashSecureToken(token) }
}

export function hashSecureToken(token: string) {
  return createHash('sha256').update(token).digest('hex')
}
