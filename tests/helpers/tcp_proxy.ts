import { createServer, connect, type Server, type Socket } from 'node:net'

/**
 * A TCP relay in front of a real service (PostgreSQL, Redis) that a test can cut and
 * restore, like an outage or a restart, without touching the shared server itself.
 * While cut, the port is closed (connection refused) and every open connection is reset.
 */
export class TcpProxy {
  #server: Server | null = null
  #sockets = new Set<Socket>()
  port = 0

  constructor(
    protected target: { host: string; port: number },
    protected listenPort = 0
  ) {}

  async start() {
    const server = createServer((client) => {
      const upstream = connect(this.target.port, this.target.host)
      for (const socket of [client, upstream]) {
        this.#sockets.add(socket)
        socket.on('close', () => this.#sockets.delete(socket))
        socket.on('error', () => {
          client.destroy()
          upstream.destroy()
        })
      }
      client.pipe(upstream).pipe(client)
    })
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(this.port || this.listenPort, '127.0.0.1', () => resolve())
    })
    this.#server = server
    this.port = (server.address() as { port: number }).port
    return this
  }

  /** The outage: stop accepting and reset every connection. */
  async cut() {
    const server = this.#server
    this.#server = null
    for (const socket of this.#sockets) socket.resetAndDestroy()
    this.#sockets.clear()
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()))
  }

  /** The service is back, on the same port. */
  async restore() {
    if (!this.#server) await this.start()
  }
}
