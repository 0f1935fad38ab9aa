import { createServer, connect, type Server, type Socket } from 'node:net'

/**
 * A TCP relay in front of a real service (PostgreSQL, Redis) that a test can cut and
 * restore, like an outage or a restart, without touching the shared server itself.
 * `cut()`: the port is closed (connection refused) and every open connection is reset.
 * `blackhole()`: packets are dropped — connections are accepted and stay open, but nothing
 * goes through either way until `restore()`, when what was held is delivered late (as TCP
 * retransmits once a network heals).
 */
export class TcpProxy {
  #server: Server | null = null
  #sockets = new Set<Socket>()
  #pairs = new Set<[Socket, Socket]>()
  #holding = false
  #waiting: Socket[] = []
  port = 0

  constructor(
    protected target: { host: string; port: number },
    protected listenPort = 0
  ) {}

  async start() {
    const server = createServer((client) => {
      this.#track(client)
      if (this.#holding) {
        client.pause()
        this.#waiting.push(client)
      } else {
        this.#relay(client)
      }
    })
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(this.port || this.listenPort, '127.0.0.1', () => resolve())
    })
    this.#server = server
    this.port = (server.address() as { port: number }).port
    return this
  }

  #track(socket: Socket) {
    this.#sockets.add(socket)
    socket.on('close', () => this.#sockets.delete(socket))
  }

  #relay(client: Socket) {
    const upstream = connect(this.target.port, this.target.host)
    this.#track(upstream)
    const pair: [Socket, Socket] = [client, upstream]
    this.#pairs.add(pair)
    for (const socket of pair) {
      socket.on('close', () => this.#pairs.delete(pair))
      socket.on('error', () => {
        client.destroy()
        upstream.destroy()
      })
    }
    client.pipe(upstream).pipe(client)
  }

  /** The outage: stop accepting and reset every connection. */
  async cut() {
    const server = this.#server
    this.#server = null
    for (const socket of this.#sockets) socket.resetAndDestroy()
    this.#sockets.clear()
    this.#pairs.clear()
    this.#waiting = []
    this.#holding = false
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()))
  }

  /** Silent outage: every byte in either direction is held; nobody is told. */
  blackhole() {
    this.#holding = true
    for (const [client, upstream] of this.#pairs) {
      client.unpipe(upstream)
      upstream.unpipe(client)
      client.pause()
      upstream.pause()
    }
  }

  /** The service is back, on the same port; held traffic flows again. */
  async restore() {
    if (this.#holding) {
      this.#holding = false
      for (const [client, upstream] of this.#pairs) client.pipe(upstream).pipe(client)
      for (const client of this.#waiting.splice(0)) this.#relay(client)
    }
    if (!this.#server) await this.start()
  }
}
