import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { DateTime } from 'luxon'
import Payment from '#models/payment'
import { UserFactory, createPartner } from '#database/factories/user_factory'

let reference = 0

async function line(
  payer: { organisationId: number } | { userId: number },
  fields: Partial<Payment> = {}
) {
  reference++
  return Payment.create({
    organisationId: 'organisationId' in payer ? payer.organisationId : null,
    userId: 'userId' in payer ? payer.userId : null,
    kind: 'charge',
    product: 'organisationId' in payer ? 'featured_listing' : 'investor_club',
    amount: 4900,
    currency: 'eur',
    description: `Line ${reference}`,
    stripeReference: `test:${reference}`,
    occurredAt: DateTime.now().minus({ minutes: reference }),
    ...fields,
  })
}

test.group('Payments: the ledger', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('members see their own organisation’s payments, never another’s; investors their own; staff everyone’s', async ({
    client,
    assert,
  }) => {
    const x = await createPartner()
    const y = await createPartner()
    const investor = await UserFactory.create()
    const staff = await UserFactory.apply('staff').create()
    const ofX = await line({ organisationId: x.organisation.id }, { description: 'X featuring' })
    const ofY = await line({ organisationId: y.organisation.id }, { description: 'Y featuring' })
    const ofInvestor = await line({ userId: investor.id }, { description: 'Club invoice' })

    const ids = (response: { inertiaProps: Record<string, any> }) =>
      (response.inertiaProps.payments.data as { id: number }[]).map((row) => row.id)

    const partnerPage = await client.get('/partner/payments').loginAs(x.user).withInertia()
    partnerPage.assertStatus(200)
    assert.deepEqual(ids(partnerPage), [ofX.id])
    assert.notProperty(partnerPage.inertiaProps.payments.data[0], 'stripeReference')
    const otherPage = await client.get('/partner/payments').loginAs(y.user).withInertia()
    assert.deepEqual(ids(otherPage), [ofY.id])
    const investorPage = await client.get('/investor/payments').loginAs(investor).withInertia()
    assert.deepEqual(ids(investorPage), [ofInvestor.id])

    const staffPage = await client.get('/staff/payments').loginAs(staff).withInertia()
    assert.includeMembers(ids(staffPage), [ofX.id, ofY.id, ofInvestor.id])
    const staffRow = (staffPage.inertiaProps.payments.data as any[]).find(
      (row) => row.id === ofX.id
    )
    assert.include(staffRow, { payer: x.organisation.name, refundable: false })

    // Partners and investors cannot open everyone's ledger.
    ;(await client.get('/staff/payments').loginAs(x.user)).assertStatus(403)
    ;(await client.get('/staff/payments.csv').loginAs(investor)).assertStatus(403)
  })

  test('CSV export: own lines only for a member, all for staff, amounts in currency units', async ({
    client,
    assert,
  }) => {
    const x = await createPartner()
    const y = await createPartner()
    const staff = await UserFactory.apply('staff').create()
    await line({ organisationId: x.organisation.id }, { description: 'X featuring, 30 days' })
    await line(
      { organisationId: x.organisation.id },
      { kind: 'refund', amount: -4900, description: '=HYPERLINK("x")' }
    )
    await line({ organisationId: y.organisation.id }, { description: 'Y featuring' })

    const own = await client.get('/partner/payments.csv').loginAs(x.user)
    own.assertStatus(200)
    own.assertHeader('content-type', 'text/csv; charset=utf-8')
    const rows = own
      .text()
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
    assert.equal(rows[0], 'id,date,payer,kind,product,amount,currency,description')
    assert.lengthOf(rows, 3)
    assert.include(rows[1], ',charge,featured_listing,49.00,EUR,"X featuring, 30 days"')
    // A formula-looking description is defused.
    assert.include(rows[2], `,refund,featured_listing,-49.00,EUR,"'=HYPERLINK(""x"")"`)
    assert.notInclude(own.text(), 'Y featuring')

    const all = await client.get('/staff/payments.csv').loginAs(staff)
    all.assertStatus(200)
    assert.include(all.text(), 'Y featuring')
    assert.include(all.text(), 'X featuring')
  })

  test("an investor's CSV holds their own lines only, as an attachment", async ({
    client,
    assert,
  }) => {
    const investor = await UserFactory.create()
    const other = await UserFactory.create()
    const mine = await line({ userId: investor.id }, { description: 'Club, yearly' })
    await line({ userId: other.id }, { description: 'Someone else' })

    const csv = await client.get('/investor/payments.csv').loginAs(investor)
    csv.assertStatus(200)
    csv.assertHeader('content-type', 'text/csv; charset=utf-8')
    csv.assertHeader('content-disposition', 'attachment; filename="payments.csv"')
    const rows = csv
      .text()
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
    assert.lengthOf(rows, 2)
    assert.match(
      rows[1],
      new RegExp(
        `^${mine.id},[^,]+,${investor.fullName},charge,investor_club,49.00,EUR,"?Club, yearly"?$`
      )
    )
    assert.notInclude(csv.text(), 'Someone else')
    const { user: partner } = await createPartner()
    ;(await client.get('/investor/payments.csv').loginAs(partner)).assertStatus(403)
  })
})
