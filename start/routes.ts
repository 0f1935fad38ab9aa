/*
| Routes, one file per area under start/routes/. The web group carries
| session, CSRF, auth and locale; /health and /api/* go without them.
*/
import './routes/system.js'
import './routes/api.js'
import './routes/web.js'
import './routes/matching.js'
import './routes/payments.js'
import './routes/community.js'
import './routes/events.js'
