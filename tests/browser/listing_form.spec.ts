import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { createPartner } from '#database/factories/user_factory'
import Contact from '#models/contact'
import Opportunity from '#models/opportunity'
import { signInNewPartner } from '#tests/helpers/browser_sessions'

test.group('Partner listing form (browser)', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('an invalid new listing keeps every typed value and shows the errors beside the fields', async ({
    browserContext,
    visit,
    assert,
  }) => {
    const { organisation } = await signInNewPartner(browserContext)
    const form = await visit('/partner/opportunities/new')

    // No title in either language, and a minimum ticket above the whole project.
    await form.locator('#summaryEn').fill('A cold store next to the motorway.')
    await form.locator('#descriptionEn').fill('Fruit growers of the region need storage.')
    await form.locator('input[name="sector-agriculture-food"]').check()
    await form.locator('#municipalityId').selectOption({ label: 'Pirot' })
    await form.locator('#type').selectOption({ label: 'Greenfield' })
    await form.locator('#stage').selectOption({ label: 'Permitted' })
    await form.locator('#totalSizeEur').fill('100000')
    await form.locator('#minTicketEur').fill('500000')
    await form.locator('#contactName').fill('Dragana Ilić')
    await form.locator('#contactEmail').fill('investicije@pirot.example.rs')
    await form.locator('#site\\.motorwayKm').fill('4')
    await form.locator('[data-test="save-opportunity"]').click()

    await form.assertTextContains('#minTicketEur-error', 'cannot exceed the total size')
    await form.assertTextContains('#titleEn-error', 'required')
    await form.assertTextContains('#titleSr-error', 'required')
    await form.assertPath('/partner/opportunities/new')
    await form.assertInputValue('#summaryEn', 'A cold store next to the motorway.')
    await form.assertInputValue('#descriptionEn', 'Fruit growers of the region need storage.')
    await form.assertChecked('input[name="sector-agriculture-food"]')
    assert.equal(
      (await form.locator('#municipalityId option:checked').textContent())?.trim(),
      'Pirot'
    )
    await form.assertInputValue('#totalSizeEur', '100000')
    await form.assertInputValue('#minTicketEur', '500000')
    await form.assertInputValue('#contactName', 'Dragana Ilić')
    await form.assertInputValue('#contactEmail', 'investicije@pirot.example.rs')
    await form.assertInputValue('#site\\.motorwayKm', '4')
    const stored = await Opportunity.query().where('organisationId', organisation.id)
    assert.lengthOf(stored, 0)

    // Corrected, the same form creates the listing and moves on to its edit page.
    await form.locator('#titleEn').fill('Cold storage for berries in Pirot')
    await form.locator('#minTicketEur').fill('50000')
    await form.locator('[data-test="save-opportunity"]').click()
    await form.waitForURL('**/partner/opportunities/*/edit')
    await form.assertInputValue('#titleEn', 'Cold storage for berries in Pirot')
    const created = await Opportunity.query().where('organisationId', organisation.id)
    assert.lengthOf(created, 1)
  })

  test('a new listing names the signed-in member as its contact person', async ({
    browserContext,
    visit,
  }) => {
    const { user } = await createPartner()
    await Contact.create({
      userId: user.id,
      fullName: user.fullName,
      email: user.email,
      kind: 'partner_contact',
      locale: 'en',
      phone: '+381 18 555 111',
    })
    await browserContext.loginAs(user)
    const form = await visit('/partner/opportunities/new')
    await form.assertInputValue('#contactName', user.fullName)
    await form.assertInputValue('#contactEmail', user.email)
    await form.assertInputValue('#contactPhone', '+381 18 555 111')
  })

  test('the form is headed section by section, with a hint where a section needs one', async ({
    browserContext,
    visit,
    assert,
  }) => {
    const { user } = await createPartner()
    await browserContext.loginAs(user)
    const form = await visit('/partner/opportunities/new')
    assert.deepEqual(await form.locator('form h2').allTextContents(), [
      'Description',
      'Project',
      'Size and ticket',
      'Incentives',
      'Location and site readiness',
      'Contact person',
    ])
    await form.assertTextContains('form', 'Write in English, Serbian or both')
    await form.assertTextContains('form', 'Investors and staff write to this person')
  })

  test('without a phone on record the contact phone stays empty', async ({
    browserContext,
    visit,
  }) => {
    const { user } = await signInNewPartner(browserContext)
    const form = await visit('/partner/opportunities/new')
    await form.assertInputValue('#contactName', user.fullName)
    await form.assertInputValue('#contactEmail', user.email)
    await form.assertInputValue('#contactPhone', '')
  })
})
