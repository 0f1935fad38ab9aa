/**
 * The ceiling for `npm run bench`: raw node:http answering a constant JSON body, i.e. what
 * this machine can serve over HTTP at all while autocannon shares its cores.
 */
import { createServer } from 'node:http'

const body = JSON.stringify({ ok: true })
const server = createServer((_, response) => {
  response.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length })
  response.end(body)
})
const port = Number(process.env.PORT ?? 3453)
server.listen(port, '127.0.0.1', () => console.log(`ceiling listening on ${port}`))
process.on('SIGTERM', () => server.close(() => process.exit(0)))
process.on('SIGINT', () => server.close(() => process.exit(0)))
