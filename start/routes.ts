/*
| Routes, one file per area under start/routes/ (the areas of the README's map). The web
| groups carry session, CSRF, auth and locale; /health and /api/* go without them.
*/
import router from '@adonisjs/core/services/router'
import './routes/system.js'
import './routes/accounts.js'
import './routes/opportunities.js'
import './routes/investors.js'
import './routes/deals.js'
import './routes/organisations.js'
import './routes/payments.js'
import './routes/trust.js'
import './routes/community.js'
import './routes/incentives.js'
import './routes/imports.js'
import './routes/notifications.js'

/**
 * Record ids are PostgreSQL integers (0 … 2,147,483,647). Anything else in an id
 * segment ("abc", "1.5", twenty digits) is not a route, so it answers 404 instead of
 * reaching the database and failing there with a 500. (Routes with other kinds of ids
 * override this with their own matcher.)
 */
const databaseId =
  /^(?:0|[1-9]\d{0,8}|1\d{9}|20\d{8}|21[0-3]\d{7}|214[0-6]\d{6}|2147[0-3]\d{5}|21474[0-7]\d{4}|214748[0-2]\d{3}|2147483[0-5]\d{2}|21474836[0-3]\d|214748364[0-7])$/
for (const param of ['id', 'documentId', 'taskId', 'attendeeId']) {
  router.where(param, databaseId)
}
