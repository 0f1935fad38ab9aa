import db from '@adonisjs/lucid/services/db'
import redis from '@adonisjs/redis/services/main'
import { DbCheck } from '@adonisjs/lucid/database'
import { RedisCheck } from '@adonisjs/redis'
import { HealthChecks, DiskSpaceCheck, MemoryHeapCheck } from '@adonisjs/core/health'

/**
 * A failing check takes the instance out of the load balancer, so thresholds say "this
 * process cannot serve": the heap near V8's own limit (a fixed 300 MB, the default, is
 * normal for a busy Node process), the disk nearly full.
 */
export const healthChecks = new HealthChecks().register([
  new DiskSpaceCheck().warnWhenExceeds(85).failWhenExceeds(95).cacheFor('1 minute'),
  new MemoryHeapCheck().warnWhenExceedsPercentage(80).failWhenExceedsPercentage(90),
  new DbCheck(db.connection()),
  new RedisCheck(redis.connection()),
])
