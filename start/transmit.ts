/*
| Live updates (server-sent events). Only staff may listen to the CRM board. The
| transmit endpoints get session and auth, not CSRF: subscribing changes nothing.
*/
import transmit from '@adonisjs/transmit/services/main'
import type { HttpContext } from '@adonisjs/core/http'
import { middleware } from '#start/kernel'
import { BOARD_CHANNEL } from '#services/live_board'

transmit.registerRoutes((route) => {
  route.use([middleware.session(), middleware.initializeAuth(), middleware.silentAuth()])
})

transmit.authorize(BOARD_CHANNEL, (ctx: HttpContext) => Boolean(ctx.auth.user?.isStaff))
