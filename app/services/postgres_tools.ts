import { spawn } from 'node:child_process'
import { access } from 'node:fs/promises'
import { join } from 'node:path'
import db from '@adonisjs/lucid/services/db'
import env from '#start/env'
import { backupConfig } from '#config/backup'

/**
 * pg_dump and pg_restore of the server's own major version: Debian installs one set per
 * version under /usr/lib/postgresql/<major>/bin, and the one on PATH may be older than the
 * server (pg_dump refuses a newer server).
 */
export async function postgresBinary(name: 'pg_dump' | 'pg_restore') {
  if (backupConfig.pgBinDir) return join(backupConfig.pgBinDir, name)
  const { rows } = await db.rawQuery('show server_version_num')
  const major = Math.floor(Number(rows[0].server_version_num) / 10000)
  const candidate = `/usr/lib/postgresql/${major}/bin/${name}`
  try {
    await access(candidate)
    return candidate
  } catch {
    // Not a Debian layout: rely on PATH.
    return name
  }
}

/** libpq's variables for the configured connection, so no password reaches the command line. */
export function postgresEnv(database = env.get('DB_DATABASE')) {
  return {
    ...process.env,
    PGHOST: env.get('DB_HOST'),
    PGPORT: String(env.get('DB_PORT')),
    PGUSER: env.get('DB_USER'),
    PGPASSWORD: env.get('DB_PASSWORD') ?? '',
    PGDATABASE: database,
  }
}

/** Runs a PostgreSQL client program; rejects with its stderr when it fails. */
export function runPostgresTool(binary: string, args: string[], database?: string) {
  return new Promise<string>((resolve, reject) => {
    const child = spawn(binary, args, {
      env: postgresEnv(database),
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.once('error', reject)
    child.once('exit', (code) => {
      if (code === 0) resolve(stdout)
      else reject(new Error(`${binary} exited with ${code}: ${stderr.trim().slice(0, 2000)}`))
    })
  })
}
