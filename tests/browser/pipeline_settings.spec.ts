import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import LostReason from '#models/lost_reason'
import Pipeline from '#models/pipeline'
import { UserFactory } from '#database/factories/user_factory'

test.group('Pipeline settings (browser)', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('an admin adds a lost reason and a pipeline; a too-short name stays beside its error; the new pipeline takes a stage', async ({
    browserContext,
    visit,
    assert,
  }) => {
    const admin = await UserFactory.apply('admin').create()
    await browserContext.loginAs(admin)
    const page = await visit('/crm/settings')

    await page.locator('#reason-name').fill('Family reasons')
    await page.getByRole('button', { name: 'Add reason' }).click()
    await page.assertTextContains('main', 'Family reasons')
    // Saved: the field is empty again for the next one.
    await page.waitForFunction(
      () => (globalThis as any).document.querySelector('#reason-name').value === ''
    )
    assert.isNotNull(await LostReason.findBy('name', 'Family reasons'))

    await page.locator('#pipeline-name').fill('X')
    await page.getByRole('button', { name: 'Create pipeline' }).click()
    await page.assertTextContains('#pipeline-name-error', 'at least 2 characters')
    assert.equal(await page.locator('#pipeline-name').inputValue(), 'X')
    assert.isNull(await Pipeline.findBy('name', 'X'))

    await page.locator('#pipeline-name').fill('Returnee founders')
    await page.getByRole('button', { name: 'Create pipeline' }).click()
    await page.getByRole('heading', { name: 'Returnee founders' }).waitFor()
    const pipeline = await Pipeline.findByOrFail('name', 'Returnee founders')

    // The new pipeline takes stages on the same page, without a reload.
    const section = page.locator(`[data-pipeline="${pipeline.slug}"]`)
    await section.getByPlaceholder('New stage').fill('Term sheet')
    await section.getByRole('button', { name: 'Add stage' }).click()
    await page.waitForFunction(
      (slug) =>
        [
          ...(globalThis as any).document.querySelectorAll(
            `[data-pipeline="${slug}"] [data-test="stage-row"] input:not([type])`
          ),
        ].some((input: any) => input.value === 'Term sheet'),
      pipeline.slug
    )
  })
})
