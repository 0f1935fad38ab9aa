import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { posix } from 'node:path'

/** What `manifest.json` inside a backup archive says about the rest of it. */
export interface BackupManifest {
  format: 1
  createdAt: string
  /** Name of the latest migration applied: the code that can read this dump. */
  schemaVersion: string | null
  database: { file: 'database.dump'; bytes: number; sha256: string }
  rowCounts: Record<string, number>
  files: { key: string; bytes: number; sha256: string }[]
  /** Keys the database references but the disk did not have when the backup was taken. */
  missingFiles: string[]
}

export const MANIFEST = 'manifest.json'
export const MANIFEST_CHECKSUM = 'manifest.sha256'
export const DUMP = 'database.dump'
export const FILES_DIR = 'files'

/** Archive names sort by time and carry it, which is all retention needs. */
export function backupName(at: Date) {
  const stamp = at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')
  return `most-backup-${stamp}.tar`
}

const NAME_PATTERN = /^most-backup-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z\.tar$/

export function backupTime(name: string) {
  const match = NAME_PATTERN.exec(name)
  if (!match) return null
  const [, y, mo, d, h, mi, s] = match
  return new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}Z`)
}

/** A Drive key that stays inside its folder when used as a relative path (checked both ways). */
export function isSafeKey(key: string) {
  if (!key || key.includes('\0') || key.includes('\\') || key.startsWith('/')) return false
  const normalised = posix.normalize(key)
  return normalised === key && !normalised.startsWith('../') && normalised !== '..'
}

export async function sha256OfFile(path: string) {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(path)) hash.update(chunk)
  return hash.digest('hex')
}

export function sha256(data: string | Buffer) {
  return createHash('sha256').update(data).digest('hex')
}

/**
 * Retention: the newest backup of each of the last `keepDaily` days that have one, and the
 * newest of each of the last `keepWeekly` ISO weeks. Returns the names to delete.
 */
export function backupsToPrune(names: string[], keepDaily: number, keepWeekly: number) {
  const dated = names
    .map((name) => ({ name, at: backupTime(name) }))
    .filter((entry): entry is { name: string; at: Date } => entry.at !== null)
    .sort((a, b) => b.at.getTime() - a.at.getTime())
  const keep = new Set<string>()
  const pick = (period: (at: Date) => string, count: number) => {
    const seen = new Set<string>()
    for (const entry of dated) {
      const key = period(entry.at)
      if (seen.has(key)) continue
      if (seen.size >= count) break
      seen.add(key)
      keep.add(entry.name)
    }
  }
  pick((at) => at.toISOString().slice(0, 10), keepDaily)
  pick(isoWeek, keepWeekly)
  return dated.filter((entry) => !keep.has(entry.name)).map((entry) => entry.name)
}

function isoWeek(at: Date) {
  const day = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()))
  const weekday = day.getUTCDay() || 7
  day.setUTCDate(day.getUTCDate() + 4 - weekday)
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1)
  const week = Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7)
  return `${day.getUTCFullYear()}-W${week}`
}
