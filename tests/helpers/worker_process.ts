import { spawn } from 'node:child_process'
import app from '@adonisjs/core/services/app'

/**
 * Runs `node ace queue:work` as a real child process (the same command `npm start`
 * runs), with extra environment variables, so tests can kill it like an operator or a
 * crash would.
 */
export function startWorkerProcess(env: Record<string, string>) {
  const child = spawn(process.execPath, ['ace', 'queue:work', '--concurrency', '1'], {
    cwd: app.makePath(),
    env: { ...process.env, NODE_ENV: 'test', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal }))
  )
  return {
    child,
    exited,
    output: () => output,
    /** Stops it for good (used in cleanup, whatever state the test left it in). */
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
      await exited
    },
  }
}

/** Polls `check` until it returns true; fails with `label` after `timeoutMs`. */
export async function waitFor(
  check: () => Promise<boolean> | boolean,
  label: string,
  timeoutMs = 30_000,
  context: () => string = () => ''
) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await check()) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`Timed out after ${timeoutMs} ms waiting for ${label}\n${context()}`)
}
