import { test } from '@japa/runner'
import { readdir, readFile } from 'node:fs/promises'
import app from '@adonisjs/core/services/app'

async function flatKeys(locale: string) {
  const directory = app.languageFilesPath(locale)
  const keys = new Map<string, string>()
  const walk = (tree: Record<string, unknown>, prefix: string) => {
    for (const [key, value] of Object.entries(tree)) {
      const path = `${prefix}.${key}`
      if (value && typeof value === 'object') walk(value as Record<string, unknown>, path)
      else keys.set(path, String(value))
    }
  }
  for (const file of await readdir(directory)) {
    walk(JSON.parse(await readFile(`${directory}/${file}`, 'utf8')), file.replace(/\.json$/, ''))
  }
  return keys
}

const latinLetters = /[a-zčćšžđ]/i

test.group('Translations', () => {
  for (const locale of ['sr-Latn', 'sr-Cyrl']) {
    test(`${locale} has every English key and no extra ones`, async ({ assert }) => {
      const english = [...(await flatKeys('en')).keys()].sort()
      const translated = [...(await flatKeys(locale)).keys()].sort()
      assert.deepEqual(translated, english)
    })
  }

  test('Serbian Cyrillic strings are written in Cyrillic', async ({ assert }) => {
    const cyrillic = await flatKeys('sr-Cyrl')
    // Placeholders, URLs, brand names, file formats and header names may stay Latin; the
    // words around them may not.
    const offenders = [...cyrillic]
      // The language switcher names each language in its own script.
      .filter(([key]) => !key.startsWith('common.language.'))
      .filter(([, text]) =>
        latinLetters.test(
          text.replace(
            /\{[A-Za-z_]+\}|\{[A-Za-z_]+,\s*(plural|select),|(=\d+|one|few|other)\s*(?=\{)|https?:\S+|Most|EUR|PhD|ICT|IT|NDA|CSV|WhatsApp|JPG|PNG|PDF|WebP|Office|Stripe|Retry-After|e-mail|SHA-256|IP|UTC/g,
            ''
          )
        )
      )
      .map(([key]) => key)
    assert.deepEqual(offenders, [])
  })
})
