// The parts of untyped packages that bench/ uses. autocannon ships no types.
declare module 'autocannon' {
  interface RequestOptions {
    method?: string
    path?: string
    headers?: Record<string, string>
    body?: string
  }
  interface Options {
    url: string
    connections?: number
    duration?: number
    /** Requests per second across all connections (a fixed rate instead of as fast as possible). */
    overallRate?: number
    headers?: Record<string, string>
    requests?: Array<
      RequestOptions & { setupRequest?: (request: RequestOptions) => RequestOptions }
    >
  }
  interface Histogram {
    average: number
    mean: number
    p50: number
    p90: number
    p99: number
    max: number
  }
  interface Result {
    requests: Histogram & { total: number }
    latency: Histogram
    errors: number
    timeouts: number
    non2xx: number
    throughput: Histogram & { total: number }
  }
  export default function autocannon(options: Options): Promise<Result>
}

// The part of pg the baseline and bench/run.ts use (Lucid brings pg without @types/pg).
declare module 'pg' {
  type Row = Record<string, any>
  interface Config {
    host?: string
    port?: number
    user?: string
    password?: string
    database?: string
    max?: number
  }
  interface QueryResult {
    rows: Row[]
  }
  class Queryable {
    constructor(config: Config)
    query(text: string, values?: unknown[]): Promise<QueryResult>
  }
  class Pool extends Queryable {
    end(): Promise<void>
  }
  class Client extends Queryable {
    connect(): Promise<void>
    end(): Promise<void>
  }
  const pg: { Pool: typeof Pool; Client: typeof Client }
  export default pg
}
