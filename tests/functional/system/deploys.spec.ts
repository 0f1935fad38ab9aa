import { test } from '@japa/runner'
import { spawn } from 'node:child_process'
import { request } from 'node:http'
import app from '@adonisjs/core/services/app'
import env from '#start/env'
import { freePort } from '#tests/helpers/ace_process'
import { startAppServer } from '#tests/helpers/app_server'
import { RoundRobinProxy } from '#tests/helpers/round_robin_proxy'
import { waitFor } from '#tests/helpers/worker_process'
import { clearTestRedisKeys } from '#tests/helpers/redis'

/**
 * Supervision (scripts/supervise.mjs, what `npm start` runs each process under) and a
 * rolling restart of two web processes behind a round-robin proxy under steady load.
 * (A worker killed or restarted mid-queue: jobs/worker_process.spec.ts.)
 */

interface SupervisorLine {
  msg: string
  pid?: number
  signal?: string | null
  restart_in_ms?: number
  time: string
}

function supervise(name: string, command: string[], extraEnv: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['scripts/supervise.mjs', name, '--', ...command], {
    cwd: app.makePath(),
    env: { ...process.env, NODE_ENV: 'test', ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code))
  )
  const lines = () =>
    output
      .split('\n')
      .filter((line) => line.startsWith('{"time"'))
      .map((line) => JSON.parse(line) as SupervisorLine)
  return {
    child,
    exited,
    lines,
    output: () => output,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
      return exited
    },
  }
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** One GET on a fresh connection (as a browser behind a proxy might); status or the error. */
function get(port: number, path: string) {
  return new Promise<number | string>((resolve) => {
    const req = request({ host: '127.0.0.1', port, path, agent: false }, (res) => {
      let body = ''
      res.on('data', (chunk) => (body += chunk))
      res.on('end', () =>
        resolve(res.statusCode === 200 ? 200 : `${path} ${res.statusCode} ${body.slice(0, 200)}`)
      )
      res.on('error', (error) => resolve(error.message))
    })
    req.on('error', (error) => resolve(error.message))
    req.setTimeout(15_000, () => req.destroy(new Error('timeout')))
    req.end()
  })
}

test.group('Deploys: supervision and rolling restarts', () => {
  test('the supervisor restarts a killed web process after a backoff, and it answers again', async ({
    assert,
  }) => {
    const port = await freePort()
    const supervisor = supervise(
      'web',
      [process.execPath, '--import', '@poppinss/ts-exec', 'bin/server.ts'],
      { PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'error', DEV_MODE: 'true' }
    )
    const health = () =>
      fetch(`http://127.0.0.1:${port}/health`).then(
        (response) => response.status === 200,
        () => false
      )
    try {
      await waitFor(health, 'the supervised web process', 60_000, supervisor.output)
      const first = supervisor.lines().find((line) => line.msg === 'started')!
      process.kill(first.pid!, 'SIGKILL')
      await waitFor(
        () => supervisor.lines().filter((line) => line.msg === 'started').length === 2,
        'the restart',
        15_000,
        supervisor.output
      )
      const exit = supervisor.lines().find((line) => line.msg === 'exited; restarting')!
      const second = supervisor.lines().filter((line) => line.msg === 'started')[1]
      assert.equal(exit.signal, 'SIGKILL')
      assert.equal(exit.restart_in_ms, 1000)
      assert.isAtLeast(Date.parse(second.time) - Date.parse(exit.time), 950)
      assert.notEqual(second.pid, first.pid)
      await waitFor(health, 'the restarted web process to answer', 60_000, supervisor.output)

      // SIGTERM to the supervisor stops the child for good.
      await supervisor.stop()
      assert.isFalse(alive(second.pid!))
    } finally {
      await supervisor.stop()
    }
  }).timeout(150_000)

  test('a process that dies at once is restarted with doubling delays, not in a tight loop', async ({
    assert,
  }) => {
    const supervisor = supervise('crashy', [process.execPath, '-e', 'process.exit(3)'], {
      SUPERVISE_BACKOFF_MS: '200',
    })
    const delays = () =>
      supervisor
        .lines()
        .filter((line) => line.msg === 'exited; restarting')
        .map((line) => line.restart_in_ms)
    try {
      await waitFor(
        () => delays().length >= 3,
        'three restarts',
        20_000,
        () => JSON.stringify(supervisor.lines())
      )
      assert.deepEqual(delays().slice(0, 3), [200, 400, 800])
      // Each restart came after its delay, by the supervisor's own clock.
      const exits = supervisor.lines().filter((line) => line.msg === 'exited; restarting')
      const starts = supervisor.lines().filter((line) => line.msg === 'started')
      for (const [index, exit] of exits.slice(0, 2).entries()) {
        const waited = Date.parse(starts[index + 1].time) - Date.parse(exit.time)
        assert.isAtLeast(waited, exit.restart_in_ms! - 50)
      }
    } finally {
      assert.equal(await supervisor.stop(), 0)
    }
  }).timeout(30_000)

  test('a rolling restart of two web processes under steady load fails no request', async ({
    assert,
  }) => {
    const prefix = `${env.get('REDIS_KEY_PREFIX')}rolling:`
    const ports = [await freePort(), await freePort()]
    // JSON and health only: two Vite dev servers (for pages) would fight over the HMR port.
    const serverEnv = { REDIS_KEY_PREFIX: prefix, API_RATE_LIMIT_PER_MINUTE: '0', DEV_MODE: '' }
    const servers = await Promise.all(ports.map((port) => startAppServer(port, serverEnv)))
    const proxy = await new RoundRobinProxy(ports).start()
    const results: (number | string)[] = []
    let loading = true
    // What users ask for. /health is the load balancer's own probe: a 503 there (a process
    // starting, stopping, or starved on a loaded machine) takes the process out of rotation,
    // which is what it is for, and is not a lost request.
    const paths = [
      '/api/v1/opportunities',
      '/api/v1/opportunities?sector=energy',
      '/api/v1/opportunities?page=2',
    ]
    const client = async (index: number) => {
      for (let i = index; loading; i++) results.push(await get(proxy.port, paths[i % paths.length]))
    }
    await waitFor(() => ports.every((port) => proxy.inRotation(port)), 'both in rotation', 30_000)
    const load = Promise.all([0, 1, 2, 3].map(client))
    try {
      await waitFor(() => results.length >= 20, 'the load to start', 30_000)
      for (const [index, port] of ports.entries()) {
        assert.equal(await servers[index].terminate(), 0, servers[index].output())
        servers[index] = await startAppServer(port, serverEnv)
        // Back in rotation and serving before the next one goes, as a deploy script waits.
        await waitFor(() => proxy.inRotation(port), 'the new process in rotation', 60_000)
        const before = results.length
        await waitFor(() => results.length >= before + 40, 'traffic on the new process', 60_000)
      }
    } finally {
      loading = false
      await load
      await proxy.stop()
      await Promise.all(servers.map((server) => server.stop()))
      await clearTestRedisKeys(prefix)
    }
    const failed = results.filter((result) => result !== 200)
    console.log(
      `  rolling restart: ${results.length} requests, ${failed.length} failed, ${proxy.retries} connection attempts retried by the proxy, failed health probes ${JSON.stringify(proxy.failedProbes)}`
    )
    assert.isAbove(results.length, 100)
    assert.deepEqual(failed, [])
  }).timeout(300_000)
})
