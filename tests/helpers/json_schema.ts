/**
 * The part of JSON Schema (2020-12, as OpenAPI 3.1 uses it) our API document is written
 * in: $ref (local), allOf, type (one or a list, with "null"), enum, properties, required,
 * additionalProperties, items, minimum/maximum, minLength/maxLength. `format` and the
 * annotations (description, default) are not checked. A keyword outside this list fails
 * loudly, so the document cannot quietly rely on a check this helper does not make.
 */
export type Schema = { [keyword: string]: unknown }

const annotations = new Set(['description', 'default', 'format', 'example', 'title'])
const handled = new Set([
  '$ref',
  'allOf',
  'type',
  'enum',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'minimum',
  'maximum',
  'minLength',
  'maxLength',
])

function typeOf(value: unknown) {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number'
  return typeof value
}

function resolve(root: Schema, ref: string): Schema {
  if (!ref.startsWith('#/')) throw new Error(`only local $ref are supported: ${ref}`)
  let node: unknown = root
  for (const part of ref.slice(2).split('/')) {
    node = (node as Schema | undefined)?.[part.replace(/~1/g, '/').replace(/~0/g, '~')]
  }
  if (!node || typeof node !== 'object') throw new Error(`$ref points nowhere: ${ref}`)
  return node as Schema
}

/** Every way `value` breaks `schema`, as "path: problem" lines (none when it fits). */
export function schemaErrors(root: Schema, schema: Schema, value: unknown, path = '$'): string[] {
  for (const keyword of Object.keys(schema)) {
    if (!handled.has(keyword) && !annotations.has(keyword)) {
      throw new Error(`${path}: the schema uses "${keyword}", which this check does not know`)
    }
  }
  if (typeof schema.$ref === 'string') {
    return schemaErrors(root, resolve(root, schema.$ref), value, path)
  }
  const errors: string[] = []
  for (const part of (schema.allOf as Schema[] | undefined) ?? []) {
    errors.push(...schemaErrors(root, part, value, path))
  }

  const actual = typeOf(value)
  if (schema.type !== undefined) {
    const allowed = [schema.type].flat() as string[]
    const fits = allowed.includes(actual) || (actual === 'integer' && allowed.includes('number'))
    if (!fits) return [...errors, `${path}: is ${actual}, expected ${allowed.join(' or ')}`]
  }
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) {
    errors.push(`${path}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`)
  }
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum)
      errors.push(`${path}: ${value} < minimum ${schema.minimum}`)
    if (typeof schema.maximum === 'number' && value > schema.maximum)
      errors.push(`${path}: ${value} > maximum ${schema.maximum}`)
  }
  if (typeof value === 'string') {
    if (typeof schema.minLength === 'number' && value.length < schema.minLength)
      errors.push(`${path}: shorter than ${schema.minLength}`)
    if (typeof schema.maxLength === 'number' && value.length > schema.maxLength)
      errors.push(`${path}: longer than ${schema.maxLength}`)
  }
  if (actual === 'array' && schema.items) {
    ;(value as unknown[]).forEach((item, index) => {
      errors.push(...schemaErrors(root, schema.items as Schema, item, `${path}[${index}]`))
    })
  }
  if (actual === 'object') {
    const object = value as Record<string, unknown>
    const properties = (schema.properties as Record<string, Schema> | undefined) ?? {}
    for (const name of (schema.required as string[] | undefined) ?? []) {
      if (!(name in object)) errors.push(`${path}: required property "${name}" is missing`)
    }
    for (const [name, item] of Object.entries(object)) {
      if (properties[name]) {
        errors.push(...schemaErrors(root, properties[name], item, `${path}.${name}`))
      } else if (schema.additionalProperties === false) {
        errors.push(`${path}: property "${name}" is not in the document`)
      } else if (typeof schema.additionalProperties === 'object') {
        errors.push(
          ...schemaErrors(root, schema.additionalProperties as Schema, item, `${path}.${name}`)
        )
      }
    }
  }
  return errors
}
