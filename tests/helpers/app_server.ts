import { spawn } from 'node:child_process'
import app from '@adonisjs/core/services/app'
import { waitFor } from '#tests/helpers/worker_process'

/**
 * Runs the web server as its own process (bin/server.ts, as `npm start` does) with extra
 * environment variables, e.g. PostgreSQL or Redis behind a TcpProxy the test can cut.
 * Resolves once it answers /health (whatever the verdict).
 */
export async function startAppServer(port: number, env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', '@poppinss/ts-exec', 'bin/server.ts'], {
    cwd: app.makePath(),
    env: {
      ...process.env,
      NODE_ENV: 'test',
      PORT: String(port),
      HOST: '127.0.0.1',
      APP_URL: `http://127.0.0.1:${port}`,
      LOG_LEVEL: 'error',
      // Pages need their assets: without a production build (a fresh clone has none) the
      // process must run its own Vite dev server, as `node ace serve` and `node ace test` do.
      DEV_MODE: 'true',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const url = `http://127.0.0.1:${port}`
  await waitFor(
    async () => {
      if (child.exitCode !== null) throw new Error(`app server exited:\n${output}`)
      return fetch(`${url}/health`)
        .then(() => true)
        .catch(() => false)
    },
    'the app server to listen',
    120_000,
    () => output
  )
  return {
    url,
    pid: child.pid,
    output: () => output,
    /**
     * Until /health says up: its Redis and PostgreSQL connections are open. Listening is not
     * enough where a test needs Redis: a session written before the connection is ready can
     * time out, and the fail-soft session store then drops it silently.
     */
    async healthy(timeoutMs = 30_000) {
      await waitFor(
        async () => (await fetch(`${url}/health`)).status === 200,
        'the app server to report healthy',
        timeoutMs,
        () => output
      )
    },
    /** SIGTERM, as a deploy does; resolves with the exit code once the process is gone. */
    async terminate() {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode
      child.kill('SIGTERM')
      await exited
      return child.exitCode
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
      await exited
    },
  }
}
