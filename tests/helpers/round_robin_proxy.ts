import { connect, createServer, type Server, type Socket } from 'node:net'
import { request } from 'node:http'

interface Backend {
  port: number
  /** In rotation: its health check passed `rise` times in a row and nothing failed since. */
  up: boolean
  passes: number
  failures: number
}

/**
 * A small load balancer for deploy tests that behaves like nginx/HAProxy in front of Most:
 * - active health checks: every backend's `/health` is probed; a backend gets traffic only
 *   after `rise` answers of 200 in a row, and leaves rotation after `fall` failed probes;
 * - passive checks: a backend that refuses or drops a connection before answering a byte is
 *   taken out at once (nginx `max_fails=1`), so no request is sent to it again before its
 *   probes bring it back;
 * - retries (`proxy_next_upstream error`): a request that never reached an application is
 *   replayed on another backend in rotation, never on one it already failed on; while no
 *   backend is in rotation it waits (HAProxy's queue) up to `queueMs`, then the client's
 *   connection is closed — a failure the test sees.
 * A backend that answered even one byte is never retried: that request was served or lost.
 */
export class RoundRobinProxy {
  protected server: Server | null = null
  protected backends: Backend[]
  protected next = 0
  protected probing: NodeJS.Timeout | null = null
  /** Connection attempts replayed on another backend. */
  retries = 0
  /** Health probes that did not answer 200, by what they got: `503`, `ECONNREFUSED`, `timeout`… */
  failedProbes: Record<string, number> = {}
  port = 0

  constructor(
    ports: number[],
    protected options = { intervalMs: 200, rise: 2, fall: 2, queueMs: 20_000 }
  ) {
    this.backends = ports.map((port) => ({ port, up: false, passes: 0, failures: 0 }))
  }

  async start() {
    this.server = createServer((client) => this.handle(client))
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', () => resolve()))
    this.port = (this.server.address() as { port: number }).port
    this.probing = setInterval(
      () => this.backends.forEach((b) => this.probe(b)),
      this.options.intervalMs
    )
    return this
  }

  /** Whether the backend on `port` is in rotation. */
  inRotation(port: number) {
    return this.backends.some((backend) => backend.port === port && backend.up)
  }

  protected probe(backend: Backend) {
    const req = request(
      { host: '127.0.0.1', port: backend.port, path: '/health', agent: false },
      (res) => {
        res.resume()
        res.on('end', () => this.record(backend, res.statusCode === 200, String(res.statusCode)))
      }
    )
    req.on('error', (error: NodeJS.ErrnoException) =>
      this.record(backend, false, error.code ?? error.message)
    )
    req.setTimeout(2000, () => req.destroy(new Error('timeout')))
    req.end()
  }

  protected record(backend: Backend, passed: boolean, outcome: string) {
    if (passed) {
      backend.failures = 0
      if (++backend.passes >= this.options.rise) backend.up = true
    } else {
      this.failedProbes[outcome] = (this.failedProbes[outcome] ?? 0) + 1
      backend.passes = 0
      if (++backend.failures >= this.options.fall) backend.up = false
    }
  }

  /** The next backend in rotation this request has not failed on yet. */
  protected pick(tried: Set<Backend>) {
    for (let i = 0; i < this.backends.length; i++) {
      const backend = this.backends[this.next++ % this.backends.length]
      if (backend.up && !tried.has(backend)) return backend
    }
    return null
  }

  protected handle(client: Socket) {
    const buffered: Buffer[] = []
    const tried = new Set<Backend>()
    const deadline = Date.now() + this.options.queueMs
    let backend: Socket | null = null
    let connected = false
    let answered = false
    let closed = false
    client.on('data', (chunk) => {
      buffered.push(chunk)
      // Before the connection is up, 'connect' sends the buffer (writing now would send it twice).
      if (connected) backend?.write(chunk)
    })
    client.on('error', () => backend?.destroy())
    client.on('close', () => {
      closed = true
      backend?.destroy()
    })
    const tryNext = () => {
      if (closed) return
      const target = this.pick(tried)
      if (!target) {
        // Every backend in rotation failed this request (or none is in rotation): wait for
        // the health checks to bring one (back) in, and try each again.
        if (Date.now() > deadline) return client.destroy()
        tried.clear()
        return setTimeout(tryNext, 50)
      }
      tried.add(target)
      const socket = connect(target.port, '127.0.0.1')
      backend = socket
      connected = false
      socket.on('connect', () => {
        connected = true
        for (const chunk of buffered) socket.write(chunk)
      })
      socket.on('data', (chunk) => {
        answered = true
        client.write(chunk)
      })
      const failed = () => {
        if (backend !== socket) return
        if (answered) return client.end()
        // Refused or dropped before a byte: out of rotation until its probes pass again.
        target.up = false
        target.passes = 0
        this.retries++
        backend = null
        connected = false
        tryNext()
      }
      socket.on('error', failed)
      socket.on('close', () => {
        if (answered && backend === socket) client.end()
        else failed()
      })
    }
    tryNext()
  }

  async stop() {
    if (this.probing) clearInterval(this.probing)
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve())
  }
}
