/*
| Who a group of routes is for. Each area file (start/routes/<area>.ts) declares its
| routes per audience with these, so the web stack (session, CSRF, auth, bouncer,
| locale) and the role checks are written once, here. Each returns the route group, so
| a file can still add a limiter; `prefix` is the audience's URL prefix, if any.
*/
import router from '@adonisjs/core/services/router'
import type { MiddlewareFn, ParsedNamedMiddleware } from '@adonisjs/core/types/http'
import { middleware, webMiddleware } from '#start/kernel'

type Routes = () => void
type Ability = 'actAsInvestor' | 'actAsPartner' | 'useCrm' | 'administer'

function web(
  routes: Routes,
  guards: (MiddlewareFn | ParsedNamedMiddleware)[] = [],
  prefix?: string
) {
  const group = router.group(routes).use([...webMiddleware(), ...guards])
  return prefix ? group.prefix(prefix) : group
}

function signedInAs(ability: Ability) {
  return (routes: Routes, prefix?: string) =>
    web(routes, [middleware.auth(), middleware.can({ ability })], prefix)
}

/** Anyone, signed in or not (public pages, forms, signed e-mail links). */
export const visitors = (routes: Routes) => web(routes)
/** Only visitors who are not signed in (sign-in, registration, password reset). */
export const guests = (routes: Routes) => web(routes, [middleware.guest()])
/** Any signed-in account. */
export const members = (routes: Routes, prefix?: string) => web(routes, [middleware.auth()], prefix)
export const investors = signedInAs('actAsInvestor')
export const partners = signedInAs('actAsPartner')
/** Staff and admins (the CRM and the /staff pages). */
export const staff = signedInAs('useCrm')
export const admins = signedInAs('administer')
