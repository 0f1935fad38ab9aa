import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import app from '@adonisjs/core/services/app'
import drive from '@adonisjs/drive/services/main'
import db from '@adonisjs/lucid/services/db'
import { deflateRawSync } from 'node:zlib'
import OpportunityDocument from '#models/opportunity_document'
import { createPartner, UserFactory } from '#database/factories/user_factory'
import { createOpportunity } from '#database/factories/opportunity_factory'
import { contentMatches } from '#services/file_signature'
import { writeFile, mkdir, rm } from 'node:fs/promises'
import { join } from 'node:path'

const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64'
)
const pdf = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n')
const html = Buffer.from('<!doctype html><html><body><script>alert(document.cookie)</script>')
const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00])
const webp = Buffer.concat([
  Buffer.from('RIFF'),
  Buffer.from([0x1a, 0, 0, 0]),
  Buffer.from('WEBPVP8L'),
  Buffer.alloc(14),
])

/** A minimal zip (deflated entries, local headers then the central directory). */
function zipOf(entries: Record<string, string>) {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const [name, content] of Object.entries(entries)) {
    const data = deflateRawSync(Buffer.from(content))
    const nameBuffer = Buffer.from(name)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(8, 8)
    local.writeUInt32LE(data.length, 18)
    local.writeUInt32LE(Buffer.byteLength(content), 22)
    local.writeUInt16LE(nameBuffer.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(8, 10)
    central.writeUInt32LE(data.length, 20)
    central.writeUInt32LE(Buffer.byteLength(content), 24)
    central.writeUInt16LE(nameBuffer.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, nameBuffer, data)
    centrals.push(central, nameBuffer)
    offset += 30 + nameBuffer.length + data.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(centrals.length / 2, 8)
  end.writeUInt16LE(centrals.length / 2, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}

const officeMain = {
  word: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
  xl: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  ppt: 'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml',
}

/**
 * A zip with one file at `name`; under word/, xl/ or ppt/ it is an Office file, so it
 * carries the `[Content_Types].xml` every Office file starts with.
 */
function zipWith(name: string, content = 'x') {
  const folder = name.split('/')[0] as keyof typeof officeMain
  if (!officeMain[folder]) return zipOf({ [name]: content })
  const types = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/${name}" ContentType="${officeMain[folder]}"/></Types>`
  return zipOf({ '[Content_Types].xml': types, [name]: content })
}

async function setup() {
  const { user: partner, organisation } = await createPartner()
  const opportunity = await createOpportunity(organisation, { status: 'draft' })
  return { partner, opportunity }
}

test.group(
  'Uploads: checked by content, stored under generated names, served only through checks',
  (group) => {
    group.each.setup(() => testUtils.db().withGlobalTransaction())

    test('the signature checker knows each accepted type and refuses impostors', async ({
      assert,
    }) => {
      const folder = app.tmpPath('signature-test')
      await mkdir(folder, { recursive: true })
      const cases: [string, Buffer, boolean][] = [
        ['pdf', pdf, true],
        ['pdf', png, false],
        ['pdf', html, false],
        ['png', png, true],
        ['png', jpeg, false],
        ['jpg', jpeg, true],
        ['jpeg', jpeg, true],
        ['webp', webp, true],
        ['webp', png, false],
        ['docx', zipWith('word/document.xml'), true],
        ['docx', zipWith('xl/workbook.xml'), false],
        ['xlsx', zipWith('xl/workbook.xml'), true],
        ['pptx', zipWith('ppt/presentation.xml'), true],
        ['zip', zipWith('plans/a.txt'), true],
        ['zip', pdf, false],
        ['csv', Buffer.from('municipality,jobs\nNiš,120\n'), true],
        ['csv', html, false],
        ['csv', png, false],
        ['exe', Buffer.from('MZ'), false],
      ]
      try {
        for (const [index, [extension, bytes, expected]] of cases.entries()) {
          const path = join(folder, `${index}.${extension}`)
          await writeFile(path, bytes)
          assert.equal(await contentMatches(path, extension), expected, `${extension} #${index}`)
        }
      } finally {
        await rm(folder, { recursive: true, force: true })
      }
    })

    test('a .pdf that is really a PNG or an HTML page is refused with a field error; nothing is stored', async ({
      client,
      assert,
    }) => {
      const { partner, opportunity } = await setup()
      const contentError = {
        field: 'file',
        message:
          "The file's content does not match its type (.pdf). Upload a real PDF, image or Office file.",
        rule: 'file.content',
        meta: { extension: 'pdf' },
      }
      const bigHtml = Buffer.concat([html, Buffer.alloc(5000, 0x20)])
      for (const [bytes, rules] of [
        [png, ['file.content']],
        [bigHtml, ['file.content']],
        // Too short for the body parser to name any type: refused as an unknown type.
        [html, ['file.content', 'file.extname']],
      ] as const) {
        const response = await client
          .post(`/partner/opportunities/${opportunity.id}/documents`)
          .field('kind', 'data_room')
          .field('title', 'Business plan')
          .file('file', bytes, { filename: 'business-plan.pdf', contentType: 'application/pdf' })
          .header('accept', 'application/json')
          .loginAs(partner)
          .withCsrfToken()
        assert.equal(response.status(), 422)
        const [error] = response.body().errors as { field: string; rule: string }[]
        assert.equal(error.field, 'file')
        assert.include(rules, error.rule)
        if (error.rule === 'file.content') assert.deepEqual(error, contentError)
      }
      // An HTML page named .csv, and an image gallery entry with PDF bytes named .png.
      const asCsv = await client
        .post(`/partner/opportunities/${opportunity.id}/documents`)
        .field('kind', 'public')
        .field('title', 'Figures')
        .file('file', html, { filename: 'figures.csv', contentType: 'text/csv' })
        .header('referer', `/partner/opportunities/${opportunity.id}/edit`)
        .loginAs(partner)
        .withCsrfToken()
        .redirects(0)
      assert.equal(asCsv.status(), 302)
      assert.property(asCsv.flashMessages().inputErrorsBag, 'file')
      assert.lengthOf(await OpportunityDocument.query().where('opportunityId', opportunity.id), 0)
    })

    test('a file over 20 MB is refused', async ({ client, assert }) => {
      const { partner, opportunity } = await setup()
      const big = Buffer.concat([pdf, Buffer.alloc(21 * 1024 * 1024, 0x20)])
      const response = await client
        .post(`/partner/opportunities/${opportunity.id}/documents`)
        .field('kind', 'data_room')
        .field('title', 'Huge scan')
        .file('file', big, { filename: 'scan.pdf', contentType: 'application/pdf' })
        .header('accept', 'application/json')
        .loginAs(partner)
        .withCsrfToken()
      assert.equal(response.status(), 422)
      assert.equal(response.body().errors[0].field, 'file')
      assert.equal(response.body().errors[0].rule, 'file.size')
      assert.lengthOf(await OpportunityDocument.query().where('opportunityId', opportunity.id), 0)
    })

    test('an accepted file is stored under a generated name with the checked MIME type, outside any public URL', async ({
      client,
      assert,
    }) => {
      const { partner, opportunity } = await setup()
      const response = await client
        .post(`/partner/opportunities/${opportunity.id}/documents`)
        .field('kind', 'data_room')
        .field('title', 'Financial model')
        .file('file', zipWith('xl/workbook.xml'), {
          filename: '../../public/evil name.xlsx',
          contentType: 'text/html',
        })
        .loginAs(partner)
        .withCsrfToken()
        .redirects(0)
      assert.equal(response.status(), 302)
      const document = await OpportunityDocument.query()
        .where('opportunityId', opportunity.id)
        .firstOrFail()
      assert.match(
        document.filePath,
        new RegExp(
          `^opportunities/${opportunity.id}/data_room/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.xlsx$`
        )
      )
      assert.notInclude(document.filePath, 'evil')
      // Served with the type its bytes proved, not the one the browser claimed.
      assert.equal(
        document.mimeType,
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
      )
      assert.isTrue(await drive.use().exists(document.filePath))

      // Not reachable by any static path, only through the checked route.
      for (const path of [
        `/${document.filePath}`,
        `/storage/${document.filePath}`,
        `/storage/test/${document.filePath}`,
        `/files/${document.filePath}`,
        `/uploads/${document.filePath}`,
        '/.env',
        '/tmp/test-output.log',
      ]) {
        const direct = await client.get(path)
        // 404 from the app, or 403 from the Vite dev server in development and tests.
        assert.include([403, 404], direct.status(), path)
        assert.notInclude(direct.text(), 'xl/workbook.xml', path)
      }
      const anonymous = await client.get(`/documents/${document.id}`).redirects(0)
      assert.equal(anonymous.status(), 302)
      assert.equal(anonymous.header('location'), '/login')
      const stranger = await client
        .get(`/documents/${document.id}`)
        .loginAs(await UserFactory.create())
      // An investor without the NDA: the 403 page, not the file, and no download logged.
      stranger.assertStatus(403)
      assert.include(stranger.text(), '"component":"errors/forbidden"')
      assert.notInclude(stranger.text(), 'xl/workbook.xml')
      assert.lengthOf(await db.from('document_downloads').where('document_id', document.id), 0)
      const owner = await client.get(`/documents/${document.id}`).loginAs(partner)
      assert.equal(owner.status(), 200)
      assert.equal(owner.header('x-content-type-options'), 'nosniff')
      assert.match(owner.header('content-disposition') ?? '', /^attachment;/)
      assert.equal(owner.header('cache-control'), 'private, no-store')
      await drive.use().delete(document.filePath)
    })
  }
)
