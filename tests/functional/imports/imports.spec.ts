import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import type { ApiClient } from '@japa/api-client'
import db from '@adonisjs/lucid/services/db'
import Import from '#models/import'
import Contact from '#models/contact'
import type User from '#models/user'
import { UserFactory, createPartner } from '#database/factories/user_factory'
import { drainOutbox } from '#tests/helpers/outbox'
import { writeXlsx } from '#services/spreadsheet'
import RunImport from '#actions/imports/run_import'
import BuildImportTemplate from '#actions/imports/build_import_template'

const HEADER = [
  'titleEn',
  'summaryEn',
  'descriptionEn',
  'sectors',
  'municipality',
  'type',
  'stage',
  'totalSizeEur',
  'minTicketEur',
  'jobsExpected',
  'contactName',
  'contactEmail',
]

/** `count` valid listing rows; `bad` maps a data row number (1-based) to what breaks it. */
function listingRows(count: number, bad: Record<number, 'municipality' | 'ticket' | 'email'> = {}) {
  const rows: (string | number)[][] = []
  for (let n = 1; n <= count; n++) {
    const row: (string | number)[] = [
      `Imported project ${n}`,
      'A project from the municipal spreadsheet.',
      'Described in the spreadsheet the municipality keeps.',
      n % 2 ? 'manufacturing' : 'Energy & renewables; ict',
      n % 3 ? 'Niš' : 'Ниш',
      n % 2 ? 'greenfield' : 'Brownfield',
      'planning',
      1_000_000,
      100_000,
      20,
      'Dragana Ilić',
      `projects${n}@example.rs`,
    ]
    if (bad[n] === 'municipality') row[4] = 'Atlantida'
    if (bad[n] === 'ticket') row[8] = 2_000_000
    if (bad[n] === 'email') row[11] = 'not-an-e-mail'
    rows.push(row)
  }
  return rows
}

async function upload(
  client: ApiClient,
  user: User,
  base: string,
  file: Buffer,
  name: string,
  fields: Record<string, string> = {}
) {
  const request = client
    .post(base)
    .file('file', file, { filename: name })
    .loginAs(user)
    .withCsrfToken()
    .redirects(0)
  for (const [key, value] of Object.entries(fields)) request.field(key, value)
  const response = await request
  response.assertStatus(302)
  return Import.query().where('userId', user.id).orderBy('id', 'desc').firstOrFail()
}

/** Posts one step of an import (with `json`, if any), then runs the job as the worker would. */
async function advance(
  client: ApiClient,
  user: User,
  base: string,
  run: Import,
  step: 'mapping' | 'commit',
  json?: object
) {
  const request = client.post(`${base}/${run.id}/${step}`)
  if (json) request.json(json)
  const response = await request.loginAs(user).withCsrfToken().redirects(0)
  response.assertStatus(302)
  await drainOutbox({ only: ['imports:run'] })
  await run.refresh()
  return run
}

/** The mapping step as suggested from the headers, then the job (run as the worker would). */
function check(client: ApiClient, user: User, base: string, run: Import) {
  return advance(client, user, base, run, 'mapping', { mapping: run.mapping })
}

function commit(client: ApiClient, user: User, base: string, run: Import) {
  return advance(client, user, base, run, 'commit')
}

test.group('Imports: listings from XLSX', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('5,000 rows with 3 bad ones store nothing and list the 3 rows; fixed, all 5,000 are stored', async ({
    client,
    assert,
  }) => {
    const { user, organisation } = await createPartner()
    const count = () =>
      db.from('opportunities').where('organisation_id', organisation.id).count('* as n').first()

    const bad = await writeXlsx(
      HEADER,
      listingRows(5000, { 100: 'municipality', 2500: 'ticket', 4999: 'email' })
    )
    let run = await upload(client, user, '/partner/imports', bad, 'projects.xlsx')
    assert.equal(run.status, 'uploaded')
    assert.equal(run.totalRows, 5000)
    // Every column was recognised by its header.
    assert.equal(Object.keys(run.mapping ?? {}).length, HEADER.length)

    let started = performance.now()
    run = await check(client, user, '/partner/imports', run)
    const checkMs = performance.now() - started
    assert.equal(run.status, 'invalid')
    assert.equal(run.errorCount, 3)
    // Spreadsheet rows: the header is row 1, so data row n is row n + 1.
    assert.deepEqual(
      run.errors.map((error) => [error.row, error.field]),
      [
        [101, 'municipality'],
        [2501, 'minTicketEur'],
        [5000, 'contactEmail'],
      ]
    )
    assert.include(run.errors[0].message, 'Atlantida')
    assert.equal(Number((await count())!.n), 0)

    // The page lists the same rows.
    const page = await client.get(`/partner/imports/${run.id}`).loginAs(user).withInertia()
    page.assertStatus(200)
    assert.lengthOf(page.inertiaProps.importRun.errors, 3)

    // A commit is refused while rows are wrong.
    const refused = await client
      .post(`/partner/imports/${run.id}/commit`)
      .loginAs(user)
      .withCsrfToken()
      .accept('json')
    refused.assertStatus(422)

    const fixed = await writeXlsx(HEADER, listingRows(5000))
    let good = await upload(client, user, '/partner/imports', fixed, 'projects-fixed.xlsx')
    good = await check(client, user, '/partner/imports', good)
    assert.equal(good.status, 'checked')
    assert.equal(Number((await count())!.n), 0, 'the preview stores nothing')

    started = performance.now()
    good = await commit(client, user, '/partner/imports', good)
    const commitMs = performance.now() - started
    assert.equal(good.status, 'committed')
    assert.equal(good.createdCount, 5000)
    assert.equal(Number((await count())!.n), 5000)
    // Imported listings are drafts with their sectors, found by the Cyrillic name too.
    const sample = await db
      .from('opportunities')
      .where({ organisation_id: organisation.id, title_en: 'Imported project 6' })
      .firstOrFail()
    assert.equal(sample.status, 'draft')
    const sectors = await db.from('opportunity_sectors').where('opportunity_id', sample.id)
    assert.lengthOf(sectors, 2)
    console.log(
      `      import of 5,000 XLSX rows: check ${(checkMs / 1000).toFixed(1)} s, commit ${(commitMs / 1000).toFixed(1)} s (job ${good.durationMs} ms)`
    )

    // Idempotent: the same job again stores nothing more.
    await new RunImport().handle({ importId: good.id, step: 'commit' })
    assert.equal(Number((await count())!.n), 5000)
  }).timeout(600_000)

  test('a small CSV: mapped by hand, progress and a template to fill in', async ({
    client,
    assert,
  }) => {
    const { user, organisation } = await createPartner()
    const csv = Buffer.from(
      'Naziv;Opština;Sektor;Vrsta;Faza;Ukupno;Minimalno ulaganje;Kontakt;E-mail\n' +
        'Hladnjača;Pirot;agriculture-food;greenfield;planning;500000;50000;Dragana Ilić;d@example.rs\n'
    )
    let run = await upload(client, user, '/partner/imports', csv, 'spisak.csv')
    // Serbian headers: the suggestion finds them, the English title column is absent.
    assert.equal(run.mapping?.municipality, 1)
    assert.isUndefined(run.mapping?.titleEn)
    // A required field without a column is refused beside it.
    const missing = await client
      .post(`/partner/imports/${run.id}/mapping`)
      .json({ mapping: { ...run.mapping, contactEmail: null } })
      .loginAs(user)
      .withCsrfToken()
      .accept('json')
    missing.assertStatus(422)
    assert.equal(missing.body().errors[0].field, 'mapping.contactEmail')

    run = await check(client, user, '/partner/imports', run)
    // "Naziv" is the Serbian title: a Serbian title needs a Serbian summary and description.
    assert.equal(run.status, 'invalid')
    assert.sameMembers(
      run.errors.map((error) => error.field),
      ['summarySr', 'descriptionSr']
    )

    const progress = await client
      .get(`/partner/imports/${run.id}/progress`)
      .loginAs(user)
      .accept('json')
    progress.assertStatus(200)
    assert.equal(progress.body().data.processedRows, 1)
    assert.equal(progress.body().data.totalRows, 1)

    const template = await client.get('/partner/imports/template?kind=listings').loginAs(user)
    template.assertStatus(200)
    template.assertHeader(
      'content-type',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
    )
    const csvTemplate = await client
      .get('/partner/imports/template?kind=listings&format=csv')
      .loginAs(user)
    csvTemplate.assertStatus(200)
    assert.match(csvTemplate.text(), /^\uFEFF?titleEn,titleSr,/)
    // The template itself imports: its header row is recognised column by column.
    const fromTemplate = await upload(
      client,
      user,
      '/partner/imports',
      await new BuildImportTemplate().handle({ kind: 'listings', format: 'xlsx' }),
      'template.xlsx'
    )
    assert.equal(Object.keys(fromTemplate.mapping ?? {}).length, 18)
    const checked = await check(client, user, '/partner/imports', fromTemplate)
    assert.equal(checked.status, 'checked')
    assert.equal(
      Number(
        (await db
          .from('opportunities')
          .where('organisation_id', organisation.id)
          .count('* as n')
          .first())!.n
      ),
      0
    )
  })

  test('hostile or broken files answer 422 and other partners cannot see an import', async ({
    client,
    assert,
  }) => {
    const { user } = await createPartner()
    const broken = await client
      .post('/partner/imports')
      .file('file', Buffer.from('PK\u0003\u0004 this is no workbook'), { filename: 'x.xlsx' })
      .loginAs(user)
      .withCsrfToken()
      .accept('json')
    broken.assertStatus(422)
    assert.equal(broken.body().errors[0].field, 'file')
    const exe = await client
      .post('/partner/imports')
      .file('file', Buffer.from('MZ'), { filename: 'x.exe' })
      .loginAs(user)
      .withCsrfToken()
      .accept('json')
    exe.assertStatus(422)

    const run = await upload(
      client,
      user,
      '/partner/imports',
      await writeXlsx(HEADER, listingRows(2)),
      'a.xlsx'
    )
    const { user: other } = await createPartner()
    const peek = await client.get(`/partner/imports/${run.id}`).loginAs(other)
    peek.assertStatus(404)
  })
})

test.group('Imports: contacts (staff)', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('staff import contacts: duplicates are row errors, a known e-mail is updated', async ({
    client,
    assert,
  }) => {
    const staff = await UserFactory.apply('staff').create()
    await Contact.create({
      fullName: 'Ana Old',
      email: 'ana@example.de',
      kind: 'inquirer',
      locale: 'en',
    })
    const header = 'Ime i prezime,E-mail,Firma,Mesto boravka\n'
    const dup = Buffer.from(
      header +
        'Ana Jovanović,ana@example.de,Jovanović GmbH,Wien\n' +
        'Marko Petrović,marko@example.com,,München\n' +
        'Marko P.,MARKO@example.com,,München\n'
    )
    let run = await upload(client, staff, '/staff/imports', dup, 'kontakti.csv', {
      kind: 'contacts',
    })
    assert.equal(run.kind, 'contacts')
    run = await check(client, staff, '/staff/imports', run)
    assert.equal(run.status, 'invalid')
    assert.deepEqual(
      run.errors.map((error) => [error.row, error.field]),
      [[4, 'email']]
    )

    const fixed = Buffer.from(
      header +
        'Ana Jovanović,ana@example.de,Jovanović GmbH,Wien\n' +
        'Marko Petrović,marko@example.com,,München\n'
    )
    run = await upload(client, staff, '/staff/imports', fixed, 'kontakti.csv', { kind: 'contacts' })
    run = await check(client, staff, '/staff/imports', run)
    run = await commit(client, staff, '/staff/imports', run)
    assert.equal(run.status, 'committed')
    const ana = await Contact.findByOrFail('email', 'ana@example.de')
    assert.equal(ana.fullName, 'Ana Jovanović')
    assert.equal(ana.company, 'Jovanović GmbH')
    const marko = await Contact.findByOrFail('email', 'marko@example.com')
    assert.equal(marko.kind, 'investor')
    assert.equal(marko.placeOfResidence, 'München')

    // Listings by staff need the organisation they belong to.
    const noOrganisation = await client
      .post('/staff/imports')
      .file('file', await writeXlsx(HEADER, listingRows(1)), { filename: 'l.xlsx' })
      .field('kind', 'listings')
      .loginAs(staff)
      .withCsrfToken()
      .accept('json')
    noOrganisation.assertStatus(422)
    assert.equal(noOrganisation.body().errors[0].field, 'organisationId')
  })
})
