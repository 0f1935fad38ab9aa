import { spawn } from 'node:child_process'
import { createServer } from 'node:net'
import app from '@adonisjs/core/services/app'

/** `node ace <args>` as its own process (as an operator would start it), its output collected. */
export function spawnAce(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['ace', ...args], {
    cwd: app.makePath(),
    env: { ...process.env, NODE_ENV: 'test', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  return { child, output: () => output }
}

/** Runs `node ace <args>` to its end: its exit code and everything it printed. */
export function runAce(args: string[], env: Record<string, string> = {}) {
  const { child, output } = spawnAce(args, env)
  return new Promise<{ code: number | null; output: string }>((resolve) =>
    child.once('exit', (code) => resolve({ code, output: output() }))
  )
}

/** A port nobody listens on right now (listen(0), then release it). */
export async function freePort() {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
  const { port } = server.address() as { port: number }
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}
