import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import router from '@adonisjs/core/services/router'
import env from '#start/env'
import shieldConfig from '#config/shield'
import app from '@adonisjs/core/services/app'
import { configProvider } from '@adonisjs/core'
import sessionConfig from '#config/session'
import { http, servedOverHttps } from '#config/app'
import { TEST_PASSWORD, UserFactory, createPartner } from '#database/factories/user_factory'
import { createOpportunity } from '#database/factories/opportunity_factory'
import { countRows } from '#tests/helpers/database'

const baseUrl = `http://${env.get('HOST')}:${env.get('PORT')}`

/** The `name=value` pairs a response sets, and each cookie's raw attributes. */
function setCookies(response: Response) {
  const cookies: Record<string, { value: string; attributes: string }> = {}
  for (const line of response.headers.getSetCookie()) {
    const [pair, ...attributes] = line.split(';')
    const [name, ...value] = pair.split('=')
    cookies[name.trim()] = { value: value.join('='), attributes: attributes.join(';').trim() }
  }
  return cookies
}

/** A browser-like visit: GET the login page, keep its cookies, read the XSRF token. */
async function visitLoginPage() {
  const page = await fetch(`${baseUrl}/login`, { redirect: 'manual' })
  const cookies = setCookies(page)
  return {
    page,
    cookies,
    cookieHeader: Object.entries(cookies)
      .map(([name, { value }]) => `${name}=${value}`)
      .join('; '),
    xsrfToken: decodeURIComponent(cookies['XSRF-TOKEN'].value),
  }
}

test.group('Security headers, CSRF and the session cookie', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('a page response carries CSP, frame denial and nosniff; the policy needs no inline script', async ({
    assert,
  }) => {
    for (const path of ['/', '/opportunities', '/login', '/inquiry']) {
      const response = await fetch(`${baseUrl}${path}`)
      assert.equal(response.status, 200, path)
      assert.equal(response.headers.get('x-frame-options'), 'DENY', path)
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff', path)
      const csp = response.headers.get('content-security-policy') ?? ''
      const directives = Object.fromEntries(
        csp.split(';').map((directive) => {
          const [name, ...values] = directive.trim().split(/\s+/)
          return [name, values]
        })
      )
      assert.deepEqual(directives['script-src'], [`'self'`], path)
      assert.deepEqual(directives['object-src'], [`'none'`], path)
      assert.deepEqual(directives['frame-ancestors'], [`'none'`], path)
      assert.deepEqual(directives['base-uri'], [`'self'`], path)
      assert.deepEqual(directives['form-action'], [`'self'`], path)

      // Every <script> the page ships is either an external same-origin file or inert JSON.
      const html = await response.text()
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
      assert.isNotEmpty(scripts, path)
      for (const [, attributes, body] of scripts) {
        const external = /\bsrc="\/[^/]/.test(attributes)
        // The page data and the structured data for search engines (JSON-LD): never run.
        const inertJson = /type="application\/(ld\+)?json"/.test(attributes)
        assert.isTrue(external || inertJson, `${path}: inline script <script${attributes}>`)
        if (external) assert.equal(body.trim(), '', path)
      }
    }
  })

  test('HSTS and Secure cookies follow an https APP_URL; session cookies are httpOnly and SameSite', async ({
    assert,
  }) => {
    assert.equal(shieldConfig.hsts.enabled, servedOverHttps)
    const session = await configProvider.resolve<{ cookie: { secure: boolean } }>(
      app,
      sessionConfig
    )
    assert.equal(session!.cookie.secure, servedOverHttps)
    assert.equal(http.cookie.secure, servedOverHttps)
    // Here (http://localhost) no HSTS header may be sent: a browser would pin https.
    const response = await fetch(`${baseUrl}/`)
    assert.isNull(response.headers.get('strict-transport-security'))

    const { cookies } = await visitLoginPage()
    const sessionCookie = cookies['most-session']
    assert.exists(sessionCookie)
    assert.match(sessionCookie.attributes, /HttpOnly/i)
    assert.match(sessionCookie.attributes, /SameSite=Lax/i)
    assert.notMatch(sessionCookie.attributes, /Secure/i)
    // The XSRF cookie is read by the Inertia client, so it is the one cookie scripts may see.
    assert.notMatch(cookies['XSRF-TOKEN'].attributes, /HttpOnly/i)
  })

  test('logging in issues a new session id (no session fixation)', async ({ assert }) => {
    const user = await UserFactory.create()
    const visit = await visitLoginPage()
    const before = visit.cookies['most-session'].value

    const login = await fetch(`${baseUrl}/login`, {
      method: 'POST',
      redirect: 'manual',
      headers: {
        'cookie': visit.cookieHeader,
        'x-xsrf-token': visit.xsrfToken,
        'content-type': 'application/json',
        'accept': 'text/html',
      },
      body: JSON.stringify({ email: user.email, password: TEST_PASSWORD }),
    })
    assert.equal(login.status, 302)
    assert.equal(login.headers.get('location'), '/dashboard')
    const after = setCookies(login)['most-session']?.value
    assert.exists(after)
    assert.notEqual(after, before)

    // The new session is logged in; the old id is not.
    const withNew = await fetch(`${baseUrl}/dashboard`, {
      redirect: 'manual',
      headers: { cookie: `most-session=${after}` },
    })
    assert.equal(withNew.status, 200)
    const withOld = await fetch(`${baseUrl}/dashboard`, {
      redirect: 'manual',
      headers: { cookie: `most-session=${before}` },
    })
    assert.equal(withOld.status, 302)
  })

  test('form posts without a CSRF token are refused and store nothing', async ({
    client,
    assert,
  }) => {
    const investor = await UserFactory.create()
    const staff = await UserFactory.apply('staff').create()
    const partner = await createPartner()
    const opportunity = await createOpportunity(partner.organisation)
    const samples = [
      { url: '/login', body: { email: investor.email, password: TEST_PASSWORD }, as: null },
      {
        url: '/register',
        body: { fullName: 'No Token', email: 'no-token@example.com', password: 'x' },
        as: null,
      },
      { url: '/forgot-password', body: { email: investor.email }, as: null },
      { url: '/inquiry', body: { fullName: 'No Token', question: 'Why?' }, as: null },
      {
        url: `/opportunities/${opportunity.slug}/interest`,
        body: { amountMinEur: 1000, amountMaxEur: 2000, consentToShareContact: true },
        as: investor,
      },
      { url: `/opportunities/${opportunity.slug}/save`, body: {}, as: investor },
      {
        url: '/partner/opportunities',
        body: { titleEn: 'Sneaky listing' },
        as: partner.user,
      },
      { url: `/staff/opportunities/${opportunity.id}/reject`, body: { reason: 'x' }, as: staff },
      { url: '/logout', body: {}, as: investor },
    ]
    const tables = ['users', 'interests', 'saved_opportunities', 'inquiries', 'opportunities']
    const before = await countRows(...tables)
    for (const sample of samples) {
      let request = client.post(sample.url).json(sample.body).redirects(0)
      if (sample.as) request = request.loginAs(sample.as)
      const response = await request
      // Shield sends the browser back with "page expired" rather than running the action.
      assert.equal(response.status(), 302, sample.url)
      assert.notEqual(response.header('location'), '/dashboard', sample.url)
      assert.property(response.flashMessages(), 'error', sample.url)
    }
    assert.deepEqual(await countRows(...tables), before)
    await opportunity.refresh()
    assert.equal(opportunity.status, 'published')
  })

  test('the "form expired" message speaks the visitor\'s language', async ({ client, assert }) => {
    const cases: { headers: Record<string, string>; expected: string }[] = [
      { headers: {}, expected: 'The form had expired' },
      { headers: { 'accept-language': 'sr-Latn' }, expected: 'Obrazac je istekao' },
      { headers: { 'accept-language': 'sr-Cyrl' }, expected: 'Образац је истекао' },
    ]
    for (const { headers, expected } of cases) {
      const response = await client
        .post('/login')
        .headers(headers)
        .json({ email: 'someone@example.com', password: 'x' })
        .redirects(0)
      assert.equal(response.status(), 302)
      assert.include(response.flashMessages().error, expected)
    }
  })

  test('every state-changing browser route refuses a request without the CSRF token', async ({
    client,
    assert,
  }) => {
    const refused: string[] = []
    const accepted: string[] = []
    for (const domainRoutes of Object.values(router.toJSON())) {
      for (const route of domainRoutes) {
        // The JSON API and the signed Stripe webhook carry no session, so no CSRF token.
        if (/^\/(api|webhooks|__transmit)\b/.test(route.pattern)) continue
        for (const method of route.methods.filter((m) => ['POST', 'PUT', 'DELETE'].includes(m))) {
          const url = route.pattern.replace(/:(\w+)\??/g, '1')
          const response = await client
            .request(url, method.toLowerCase() as 'post')
            .json({})
            .redirects(0)
          const errorsBag = response.flashMessages()?.errorsBag as
            Record<string, string> | undefined
          // Routes exempt from CSRF (config/shield.ts) carry their own credential, a signed
          // URL: without one they are refused too.
          const exempt = (shieldConfig.csrf.exceptRoutes as string[]).includes(route.pattern)
          if (
            exempt
              ? response.status() === 403
              : response.status() === 302 && errorsBag?.E_BAD_CSRF_TOKEN
          ) {
            refused.push(`${method} ${route.pattern}`)
          } else {
            accepted.push(`${method} ${route.pattern} → ${response.status()}`)
          }
        }
      }
    }
    console.log(`  CSRF: ${refused.length} state-changing routes refuse a post without the token`)
    assert.deepEqual(accepted, [])
    assert.isAbove(refused.length, 40)
  })
})
