/// <reference lib="dom" />
// (page.evaluate callbacks run in the browser)
import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import i18nManager from '@adonisjs/i18n/services/main'
import type { Page } from 'playwright'
import { latinExceptions } from '#services/serbian_script'
import { navigationLinks, seedSiteWorld, startPages, type Role } from '#tests/helpers/site_world'
import { inParallel } from '#tests/helpers/in_parallel'

/**
 * The language test: in Serbian Latin and Serbian Cyrillic, every page each role reaches from
 * its navigation (and one record of each kind; for the admin, those staff do not reach) shows
 * no string of the English catalogue, and in Cyrillic no run of Latin letters except e-mail
 * addresses, web addresses and the named exceptions (brands, foreign acronyms:
 * app/services/serbian_script.ts). Text marked as another language (`lang="en"`: what a
 * partner wrote in English, a language's own name in the switcher) is left out. In Cyrillic,
 * every role walks at phone width, and no page may be wider than the screen. No page may
 * throw or log a Vue warning. What it found goes to the output, for the closing note.
 */
const roles: Role[] = ['visitor', 'investor', 'partner', 'staff', 'admin']
const baseURL = `http://${process.env.HOST}:${process.env.PORT}`
const live = 'html[data-interactive="true"]'
/**
 * In Cyrillic (the longest words) every role walks on a phone, where most visitors, investors
 * and partners read Most and staff look up a deal away from the desk: no page may be wider
 * than the screen. Latin walks at desk width.
 */
const phone = { width: 390, height: 844 }
const onPhone = (locale: string) => locale === 'sr-Cyrl'
// Besides the named exceptions: the keyboard shortcut's key name.
const alsoLatin = new Set(['Ctrl'])

/** English catalogue strings a Serbian page must never show (those Serbian keeps as is left out). */
function englishStrings(locale: string) {
  const english = i18nManager.getTranslationsFor('en')
  const serbian = i18nManager.getTranslationsFor(locale)
  return Object.entries(english)
    .filter(([key]) => !key.startsWith('emails.') && !key.startsWith('validator.'))
    .map(([key, text]) => [key, text.trim()] as const)
    .filter(([key, text]) => text.length >= 4 && !text.includes('{') && serbian[key] !== text)
    .filter(([, text]) => /[a-z]{3}/.test(text))
    .map(([, text]) => text)
}

/** The page's text in its own language: other-language parts, scripts and styles left out. */
function pageText(page: Page, locale: string) {
  return page.evaluate((own) => {
    const copy = document.body.cloneNode(true) as HTMLElement
    // What people typed into a form field stays as typed (a server-rendered textarea holds it as text).
    copy.querySelectorAll('script, style, noscript, textarea, [lang]').forEach((element) => {
      const lang = element.getAttribute('lang')
      if (element.tagName === 'TEXTAREA' || lang === null || lang !== own) element.remove()
    })
    return copy.textContent ?? ''
  }, locale)
}

function latinRuns(text: string) {
  const stripped = text
    .replace(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, ' ')
    .replace(/(?:https?:\/\/|www\.)\S+/g, ' ')
  return [...stripped.matchAll(/[A-Za-zČĆŠŽĐčćšžđ]{2,}/g)]
    .map((match) => match[0])
    .filter((word) => !latinExceptions.has(word) && !alsoLatin.has(word) && !/[qwxy]/i.test(word))
}

test.group(
  'Language (browser): Serbian pages show no English and, in Cyrillic, no Latin',
  (group) => {
    group.each.setup(() => testUtils.db().withGlobalTransaction())
    group.each.timeout(300_000)

    for (const locale of ['sr-Latn', 'sr-Cyrl'] as const) {
      test(`${locale}: every page of every role`, async ({ browser, assert, cleanup }) => {
        const world = await seedSiteWorld(locale)
        cleanup(world.cleanup)
        const english = englishStrings(locale)
        const findings: string[] = []

        // Each role's context and the pages its navigation reaches (and one record of each kind).
        const walks = new Map<Role, { page: Page; paths: string[] }>()
        await inParallel(roles, roles.length, async (role) => {
          const context = await browser.newContext({
            baseURL,
            viewport: onPhone(locale) ? phone : { width: 1280, height: 800 },
          })
          cleanup(() => context.close())
          if (role !== 'visitor') await context.loginAs(world.users[role])
          const page = await context.newPage()
          // An uncaught error or a Vue warning (a hydration mismatch, a missing prop) on any page.
          page.on('pageerror', (error) => {
            findings.push(`${role} ${page.url()}: uncaught ${error.message.slice(0, 200)}`)
          })
          page.on('console', (message) => {
            if (message.text().includes('[Vue warn]')) {
              findings.push(`${role} ${page.url()}: ${message.text().slice(0, 200)}`)
            }
          })
          await page.goto(startPages[role])
          if (role === 'visitor') {
            // A visitor picks the language with the switcher; signed-in people have it on the account.
            await page.locator(live).waitFor({ state: 'attached' })
            if (onPhone(locale)) await page.locator('[data-test="menu-button"]').click()
            await page.locator('[data-test="language-switcher"]').selectOption(locale)
            await page.waitForFunction((wanted) => document.documentElement.lang === wanted, locale)
          }
          await page.locator(navigationLinks).first().waitFor({ state: 'attached' })
          const navigation = await page
            .locator(navigationLinks)
            .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))
          const paths = [
            ...new Set([startPages[role], ...navigation, ...world.records[role]]),
          ].filter((path) => path.startsWith('/'))
          walks.set(role, { page, paths })
        })
        // An admin sees the CRM's pages as staff do (plus the admin group in the sidebar, which
        // every page shows): the admin walks the pages staff do not reach, and its start page.
        const staffPaths = new Set(walks.get('staff')!.paths)
        const admin = walks.get('admin')!
        admin.paths = admin.paths.filter(
          (path) => path === startPages.admin || !staffPaths.has(path)
        )

        // The roles walk at once, each in its own context (see inParallel).
        await inParallel(roles, roles.length, async (role) => {
          const { page, paths } = walks.get(role)!
          for (const path of paths) {
            const response = await page.goto(path)
            if ((response?.status() ?? 0) >= 400) continue // the link checker reports those
            // Server-rendered pages are checked once live (names turn Cyrillic in the browser).
            await page.locator(live).waitFor({ state: 'attached' })
            assert.equal(await page.locator('html').getAttribute('lang'), locale, path)
            const text = (await pageText(page, locale)).replace(/\s+/g, ' ')
            const englishFound = english.filter((phrase) => containsPhrase(text, phrase))
            if (englishFound.length) {
              findings.push(`${role} ${path}: English ${JSON.stringify(englishFound.slice(0, 5))}`)
            }
            if (onPhone(locale)) {
              const overflow = await page.evaluate(
                () => document.documentElement.scrollWidth - window.innerWidth
              )
              if (overflow > 0)
                findings.push(`${role} ${path}: ${overflow} px wider than the phone`)
            }
            if (locale === 'sr-Cyrl') {
              const latin = [...new Set(latinRuns(text))]
              if (latin.length) {
                findings.push(`${role} ${path}: Latin ${JSON.stringify(latin.slice(0, 8))}`)
              }
            }
          }
        })
        console.log(
          `language ${locale}: ${findings.length} pages with findings${findings.length ? `\n  ${findings.join('\n  ')}` : ''}`
        )
        assert.deepEqual(findings, [])
      })
    }
  }
)

/** The phrase as words of the text (not inside a longer word). */
function containsPhrase(text: string, phrase: string) {
  let from = text.indexOf(phrase)
  while (from !== -1) {
    const before = text[from - 1] ?? ' '
    const after = text[from + phrase.length] ?? ' '
    if (!/\p{L}/u.test(before) && !/\p{L}/u.test(after)) return true
    from = text.indexOf(phrase, from + 1)
  }
  return false
}
