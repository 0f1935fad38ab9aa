import { connect, createServer, type Server, type Socket } from 'node:net'

/**
 * A tiny load balancer for deploy tests: each client connection goes to the next backend;
 * when a backend refuses or drops the connection before answering a byte, the buffered
 * request is replayed on the next one — what nginx's `proxy_next_upstream error` does for
 * a request that never reached an application.
 */
export class RoundRobinProxy {
  protected server: Server | null = null
  protected next = 0
  retries = 0
  port = 0

  constructor(protected backends: number[]) {}

  async start() {
    this.server = createServer((client) => this.handle(client))
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', () => resolve()))
    this.port = (this.server.address() as { port: number }).port
    return this
  }

  protected handle(client: Socket) {
    const buffered: Buffer[] = []
    let backend: Socket | null = null
    let connected = false
    let answered = false
    let attempts = 0
    client.on('data', (chunk) => {
      buffered.push(chunk)
      // Before the connection is up, 'connect' sends the buffer (writing now would send it twice).
      if (connected) backend?.write(chunk)
    })
    client.on('error', () => backend?.destroy())
    client.on('close', () => backend?.destroy())
    const tryNext = () => {
      if (attempts++ >= this.backends.length * 3) return client.destroy()
      const port = this.backends[this.next++ % this.backends.length]
      const socket = connect(port, '127.0.0.1')
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
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve())
  }
}
