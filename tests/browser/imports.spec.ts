import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { writeFile, mkdir } from 'node:fs/promises'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import { drainOutbox } from '#tests/helpers/outbox'
import { signInNewPartner } from '#tests/helpers/browser_sessions'

test.group('Imports (browser)', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('a partner uploads a CSV, checks it, sees the bad row, then imports the fixed file', async ({
    browserContext,
    visit,
    assert,
  }) => {
    const { organisation } = await signInNewPartner(browserContext)
    const header =
      'titleEn,summaryEn,descriptionEn,sectors,municipality,type,stage,totalSizeEur,minTicketEur,contactName,contactEmail\n'
    const row = (n: number, place = 'Niš') =>
      `Project ${n},Summary ${n},Description ${n},ict,${place},greenfield,planning,900000,90000,Dragana Ilić,p${n}@example.rs\n`
    await mkdir(app.tmpPath(), { recursive: true })
    const bad = app.tmpPath('import-bad.csv')
    const good = app.tmpPath('import-good.csv')
    await writeFile(bad, header + row(1) + row(2, 'Atlantida') + row(3))
    await writeFile(good, header + row(1) + row(2) + row(3))

    const page = await visit('/partner/imports')
    await page.locator('#file').setInputFiles(bad)
    await page.locator('[data-test="upload-import"]').click()
    await page.waitForURL('**/partner/imports/*')
    await page.assertVisible('[data-test="import-mapping"]')
    await page.locator('[data-test="check-import"]').click()
    await page.assertVisible('[data-test="import-progress"]')
    // The worker's part: the page polls and shows the result when it is done.
    await drainOutbox({ only: ['imports:run'] })
    await page.assertVisible('[data-test="import-errors"]')
    assert.equal(await page.locator('[data-test="import-error"]').count(), 1)
    await page.assertTextContains('[data-test="import-errors"]', 'Atlantida')

    const again = await visit('/partner/imports')
    await again.locator('#file').setInputFiles(good)
    await again.locator('[data-test="upload-import"]').click()
    await again.waitForURL('**/partner/imports/*')
    await again.locator('[data-test="check-import"]').click()
    await again.assertVisible('[data-test="import-progress"]')
    await drainOutbox({ only: ['imports:run'] })
    await again.locator('[data-test="commit-import"]').click()
    await again.assertVisible('[data-test="import-progress"]')
    await drainOutbox({ only: ['imports:run'] })
    await again.assertVisible('[data-test="import-done"]')
    const stored = await db
      .from('opportunities')
      .where('organisation_id', organisation.id)
      .count('* as n')
      .first()
    assert.equal(Number(stored!.n), 3)
  })
})
