#!/usr/bin/env node
/*
| Keeps one process running: `node scripts/supervise.mjs <name> -- <command> [args…]`.
| Restarts it when it dies, after a delay that doubles with each quick death (from
| SUPERVISE_BACKOFF_MS, default 1 s, up to SUPERVISE_BACKOFF_MAX_MS, default 30 s) and
| starts over once it ran SUPERVISE_STABLE_MS (default 30 s). SIGTERM/SIGINT are passed
| on and the supervisor exits with the child. Used by `npm start`; systemd does the
| same job in production (deploy/systemd).
*/
import { spawn } from 'node:child_process'

const separator = process.argv.indexOf('--')
const name = process.argv[2]
const command = process.argv.slice(separator + 1)
if (separator < 3 || command.length === 0) {
  console.error('usage: supervise.mjs <name> -- <command> [args…]')
  process.exit(2)
}

const number = (value, fallback) => (Number.isFinite(Number(value)) && value ? Number(value) : fallback)
const baseDelay = number(process.env.SUPERVISE_BACKOFF_MS, 1000)
const maxDelay = number(process.env.SUPERVISE_BACKOFF_MAX_MS, 30_000)
const stableAfter = number(process.env.SUPERVISE_STABLE_MS, 30_000)

const log = (message, fields = {}) =>
  console.error(JSON.stringify({ time: new Date().toISOString(), supervisor: name, msg: message, ...fields }))

let child = null
let stopping = false
let delay = baseDelay
let timer = null

function start() {
  timer = null
  const startedAt = Date.now()
  child = spawn(command[0], command.slice(1), { stdio: 'inherit' })
  log('started', { pid: child.pid })
  child.once('error', (error) => log('could not start', { error: error.message }))
  child.once('exit', (code, signal) => {
    child = null
    if (stopping) process.exit(code ?? 0)
    const ranFor = Date.now() - startedAt
    if (ranFor >= stableAfter) delay = baseDelay
    log('exited; restarting', { code, signal, ran_ms: ranFor, restart_in_ms: delay })
    timer = setTimeout(start, delay)
    delay = Math.min(delay * 2, maxDelay)
  })
}

function stop(signal) {
  stopping = true
  if (timer) clearTimeout(timer)
  if (!child) process.exit(0)
  child.kill(signal)
}
process.on('SIGTERM', () => stop('SIGTERM'))
process.on('SIGINT', () => stop('SIGTERM'))
start()
