import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { createServer } from 'node:net'
import { existsSync } from 'node:fs'
import { copyFile, mkdir, readFile, readdir, rm, stat, symlink, writeFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import app from '@adonisjs/core/services/app'
import env from '#start/env'
import { waitFor } from '#tests/helpers/worker_process'

/**
 * The production build, started as `npm start` (scripts/start.sh) starts it: `node ace build`
 * once, then `node bin/server.js` and `node ace.js queue:work` from build/ with
 * NODE_ENV=production, its .env copied in and node_modules/storage linked. Only the
 * database, Redis prefix, port and log level differ: the test's own.
 */

/** What `node ace build` reads; a change to any of these files means a new build. */
const BUILD_INPUTS = [
  'app',
  'bin',
  'commands',
  'config',
  'database',
  'inertia',
  'providers',
  'public',
  'resources',
  'start',
  'ace.js',
  'adonisrc.ts',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'tsconfig.inertia.json',
  'vite.config.ts',
]
/** The build writes the Vite bundle here; it is output, not input. */
const BUILD_OUTPUTS = ['public/assets']
const STAMP = '.most-build-inputs'

async function filesUnder(path: string, into: string[]) {
  const root = app.makePath()
  if (BUILD_OUTPUTS.includes(relative(root, path))) return
  const info = await stat(path).catch(() => null)
  if (!info) return
  if (info.isDirectory()) {
    for (const entry of await readdir(path)) await filesUnder(join(path, entry), into)
  } else {
    into.push(`${relative(root, path)}:${info.size}:${info.mtimeMs}`)
  }
}

/** Path, size and modification time of every build input, hashed. */
async function inputsFingerprint() {
  const files: string[] = []
  for (const input of BUILD_INPUTS) await filesUnder(app.makePath(input), files)
  return createHash('sha1').update(files.sort().join('\n')).digest('hex')
}

let building: Promise<BuildInfo> | undefined

export interface BuildInfo {
  /** False when build/ already matched the sources. */
  built: boolean
  durationMs: number
}

/**
 * Builds build/ unless it was built from exactly these sources (a fresh clone has none),
 * once per test process however many files ask; prepares it as scripts/start.sh does.
 */
export function ensureProductionBuild(): Promise<BuildInfo> {
  building ??= (async () => {
    const started = Date.now()
    const fingerprint = await inputsFingerprint()
    const stampPath = app.makePath('build', STAMP)
    const current = await readFile(stampPath, 'utf8').catch(() => '')
    let built = false
    if (current !== fingerprint || !existsSync(app.makePath('build/bin/server.js'))) {
      await run(process.execPath, ['ace', 'build'], app.makePath(), 'node ace build')
      built = true
    }
    // As scripts/start.sh: the app's .env, node_modules and storage/ shared with the source tree.
    await copyFile(app.makePath('.env'), app.makePath('build/.env'))
    await mkdir(app.makePath('storage'), { recursive: true })
    for (const name of ['node_modules', 'storage']) {
      const link = app.makePath('build', name)
      if (!existsSync(link)) await symlink(join('..', name), link)
    }
    await writeFile(stampPath, fingerprint)
    return { built, durationMs: Date.now() - started }
  })()
  // A failed build is retried by the next caller rather than remembered.
  building.catch(() => (building = undefined))
  return building
}

function run(command: string, args: string[], cwd: string, label: string) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.once('error', reject)
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${label} failed (${code}):\n${output}`))
    )
  })
}

/** A port nobody listens on right now (the kernel picks it). */
export function freePort() {
  return new Promise<number>((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

/** The test's own connection settings, handed to the production processes. */
function connectionEnv(port: number, redisPrefix: string): Record<string, string> {
  const pass = (name: Parameters<typeof env.get>[0]) => String(env.get(name) ?? '')
  return {
    NODE_ENV: 'production',
    PORT: String(port),
    HOST: '127.0.0.1',
    APP_URL: `http://127.0.0.1:${port}`,
    LOG_LEVEL: 'warn',
    // The default of .env.example (tests in-process use memory sessions).
    SESSION_DRIVER: 'database',
    LIMITER_STORE: 'redis',
    DB_HOST: pass('DB_HOST'),
    DB_PORT: pass('DB_PORT'),
    DB_USER: pass('DB_USER'),
    DB_PASSWORD: pass('DB_PASSWORD'),
    DB_DATABASE: pass('DB_DATABASE'),
    REDIS_HOST: pass('REDIS_HOST'),
    REDIS_PORT: pass('REDIS_PORT'),
    REDIS_PASSWORD: pass('REDIS_PASSWORD'),
    // Under the test prefix, so the suite's teardown removes these keys too.
    REDIS_KEY_PREFIX: redisPrefix,
    SMTP_HOST: '',
    MAP_TILE_URL: '',
    DRIVE_DISK: 'fs',
    STRIPE_SECRET_KEY: '',
    STRIPE_WEBHOOK_SECRET: '',
  }
}

export interface ProductionProcess {
  readonly exitCode: number | null
  readonly signal: NodeJS.Signals | null
  output(): string
  /** True while the process has neither exited nor been killed. */
  running(): boolean
  exited: Promise<void>
  stop(): Promise<void>
}

function startProcess(args: string[], processEnv: Record<string, string>): ProductionProcess {
  const child = spawn(process.execPath, args, {
    cwd: app.makePath('build'),
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...processEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  // Should the test process end first (a timeout, forceExit), the server must not outlive it.
  const orphanGuard = () => child.kill('SIGKILL')
  process.once('exit', orphanGuard)
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      process.removeListener('exit', orphanGuard)
      resolve()
    })
  )
  return {
    get exitCode() {
      return child.exitCode
    },
    get signal() {
      return child.signalCode
    },
    output: () => output,
    running: () => child.exitCode === null && child.signalCode === null,
    exited,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
      const killer = setTimeout(() => child.kill('SIGKILL'), 10_000)
      await exited
      clearTimeout(killer)
    },
  }
}

export interface ProductionApp {
  url: string
  port: number
  redisPrefix: string
  server: ProductionProcess
  worker?: ProductionProcess
  /** Milliseconds from spawning to the first /health answer. */
  startMs: number
  output(): string
  /** Starts the web process again (after a crash), same port and environment. */
  restartServer(): Promise<void>
  stop(): Promise<void>
}

export interface ProductionAppOptions {
  /** Also run the queue worker (default: yes). */
  worker?: boolean
  /** Extra environment, e.g. TMPDIR or API_RATE_LIMIT_PER_MINUTE. */
  env?: Record<string, string>
}

/**
 * Builds if needed, then starts the production web server (and worker) on a free port.
 * Resolves once /health answers. Stop it in the test's cleanup.
 */
export async function startProductionApp(
  options: ProductionAppOptions = {}
): Promise<ProductionApp> {
  await ensureProductionBuild()
  const port = await freePort()
  const redisPrefix = `${env.get('REDIS_KEY_PREFIX')}prod-${port}:`
  const processEnv = { ...connectionEnv(port, redisPrefix), ...options.env }
  const url = `http://127.0.0.1:${port}`

  const startServer = async () => {
    const server = startProcess(['bin/server.js'], processEnv)
    await waitFor(
      async () => {
        if (!server.running()) throw new Error(`production server exited:\n${server.output()}`)
        return fetch(`${url}/health`)
          .then(() => true)
          .catch(() => false)
      },
      'the production server to answer /health',
      60_000,
      () => server.output()
    )
    return server
  }

  const started = Date.now()
  let server = await startServer()
  const startMs = Date.now() - started
  let worker: ProductionProcess | undefined
  if (options.worker !== false) {
    worker = startProcess(['ace.js', 'queue:work'], processEnv)
    await waitFor(
      () => {
        if (!worker!.running()) throw new Error(`production worker exited:\n${worker!.output()}`)
        return worker!.output().includes('Worker listening')
      },
      'the production worker to listen',
      60_000,
      () => worker!.output()
    )
  }

  const productionApp: ProductionApp = {
    url,
    port,
    redisPrefix,
    get server() {
      return server
    },
    worker,
    startMs,
    output: () => `--- web ---\n${server.output()}\n--- worker ---\n${worker?.output() ?? ''}`,
    async restartServer() {
      await server.stop()
      server = await startServer()
    },
    async stop() {
      await Promise.all([server.stop(), worker?.stop()])
    },
  }
  return productionApp
}

/** Removes a folder the test made (e.g. the spawned server's TMPDIR). */
export async function removeFolder(path: string) {
  await rm(path, { recursive: true, force: true })
}
