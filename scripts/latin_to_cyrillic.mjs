#!/usr/bin/env node
/*
 * Writes resources/lang/sr-Cyrl/<file>.json from resources/lang/sr-Latn/<file>.json by
 * transliteration (Serbian Latin and Cyrillic map one to one, with the digraphs lj, nj, dž).
 * ICU {placeholders}, URLs and codes like EUR are left untouched.
 * Usage: node scripts/latin_to_cyrillic.mjs [file.json …]   (default: every sr-Latn file)
 */
import { readFileSync, writeFileSync, readdirSync, mkdirSync } from 'node:fs'

const digraphs = { 'lj': 'љ', 'Lj': 'Љ', 'LJ': 'Љ', 'nj': 'њ', 'Nj': 'Њ', 'NJ': 'Њ', 'dž': 'џ', 'Dž': 'Џ', 'DŽ': 'Џ' }
const letters = Object.fromEntries(
  [...'abvgdđežzijklmnoprstćufhcčš'].map((latin, index) => [latin, [...'абвгдђежзијклмнопрстћуфхцчш'][index]])
)
// Kept as written: ICU placeholders ({name}), plural/select headers and their selectors
// (one, few, other, =0), URLs, and codes such as EUR.
const keep =
  /(\{[A-Za-z_]+\}|\{[A-Za-z_]+,\s*(?:plural|select|selectordinal),|(?:=\d+|zero|one|two|few|many|other)\s*(?=\{)|https?:\/\/\S+|\b(?:EUR|RSD|PhD|ICT|IT|CSV|PDF|NDA|API|WhatsApp|JPG|PNG|WebP)\b)/

function toCyrillic(text) {
  return text
    .split(keep)
    .map((part, index) => (index % 2 === 1 ? part : transliterate(part)))
    .join('')
}

function transliterate(text) {
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const pair = text.slice(i, i + 2)
    if (digraphs[pair]) {
      out += digraphs[pair]
      i++
      continue
    }
    const char = text[i]
    const lower = char.toLowerCase()
    const mapped = letters[lower]
    out += mapped ? (char === lower ? mapped : mapped.toUpperCase()) : char
  }
  return out
}

function convert(value, path) {
  if (typeof value === 'string') return path.startsWith('common.language.') ? value : toCyrillic(value)
  return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, convert(child, `${path}.${key}`)]))
}

const source = new URL('../resources/lang/sr-Latn/', import.meta.url)
const target = new URL('../resources/lang/sr-Cyrl/', import.meta.url)
mkdirSync(target, { recursive: true })
const files = process.argv.slice(2).length ? process.argv.slice(2) : readdirSync(source).filter((f) => f.endsWith('.json'))
for (const file of files) {
  const tree = JSON.parse(readFileSync(new URL(file, source), 'utf8'))
  const converted = convert(tree, file.replace(/\.json$/, ''))
  writeFileSync(new URL(file, target), JSON.stringify(converted, null, 2) + '\n')
  console.log(`sr-Cyrl/${file}`)
}
