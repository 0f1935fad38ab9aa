/*
| JavaScript entrypoint for ace commands. Registers the TypeScript JIT
| (@poppinss/ts-exec) and hands over to bin/console.ts. The build replaces it.
*/
import '@poppinss/ts-exec'

await import('./bin/console.js')
