import net from 'node:net'

/**
 * A small SMTP server for tests that need a real mail transport over a socket. It can
 * hold back its answer to a message's end of data ("250 queued"): the message has then
 * been received but not accepted, as when a worker dies mid-send. A message counts as
 * delivered only once the server has answered 250 on a connection that is still open.
 */
export async function startSmtpServer() {
  const received: string[] = []
  const delivered: string[] = []
  const held: (() => void)[] = []
  let holding = false
  const sockets = new Set<net.Socket>()

  const server = net.createServer((socket) => {
    sockets.add(socket)
    socket.setEncoding('utf8')
    let buffer = ''
    let inData = false
    let open = true
    socket.on('close', () => {
      open = false
      sockets.delete(socket)
    })
    socket.on('error', () => {})
    const reply = (text: string) => open && socket.write(`${text}\r\n`)
    reply('220 most-test ESMTP')

    socket.on('data', (chunk: string) => {
      buffer += chunk
      for (;;) {
        if (inData) {
          const end = buffer.indexOf('\r\n.\r\n')
          if (end === -1) return
          const body = buffer.slice(0, end)
          buffer = buffer.slice(end + 5)
          inData = false
          received.push(body)
          const accept = () => {
            if (!open) return
            delivered.push(body)
            reply('250 2.0.0 queued')
          }
          if (holding) held.push(accept)
          else accept()
          continue
        }
        const eol = buffer.indexOf('\r\n')
        if (eol === -1) return
        const line = buffer.slice(0, eol)
        buffer = buffer.slice(eol + 2)
        const verb = line.slice(0, 4).toUpperCase()
        if (verb === 'EHLO') reply('250-most-test\r\n250 8BITMIME')
        else if (verb === 'HELO') reply('250 most-test')
        else if (verb === 'DATA') {
          inData = true
          reply('354 end with <CRLF>.<CRLF>')
        } else if (verb === 'QUIT') {
          reply('221 bye')
          socket.end()
        } else reply('250 OK')
      }
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as net.AddressInfo).port

  return {
    port,
    received,
    delivered,
    /** From now on, hold back the acceptance of each message until `release()`. */
    hold() {
      holding = true
    },
    release() {
      holding = false
      held.splice(0).forEach((accept) => accept())
    },
    async close() {
      sockets.forEach((socket) => socket.destroy())
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}
