import { test } from '@japa/runner'
import { schemaErrors, type Schema } from '#tests/helpers/json_schema'

const root: Schema = {
  components: {
    schemas: {
      Card: {
        type: 'object',
        properties: {
          id: { type: 'integer' },
          title: { type: ['string', 'null'] },
          kind: { type: 'string', enum: ['a', 'b'] },
          tags: { type: 'array', items: { type: 'string' } },
        },
        required: ['id', 'title'],
        additionalProperties: false,
      },
    },
  },
}
const card = { $ref: '#/components/schemas/Card' }

test.group('JSON schema check used by the API contract test', () => {
  test('a fitting value has no errors', ({ assert }) => {
    assert.deepEqual(schemaErrors(root, card, { id: 1, title: null, kind: 'a', tags: ['x'] }), [])
  })

  test('a missing, an undocumented and a wrongly typed property are each reported', ({
    assert,
  }) => {
    assert.deepEqual(schemaErrors(root, card, { id: 1.5, kind: 'c', tags: [2], secret: 'x' }), [
      '$: required property "title" is missing',
      '$.id: is number, expected integer',
      '$.kind: "c" is not one of ["a","b"]',
      '$.tags[0]: is integer, expected string',
      '$: property "secret" is not in the document',
    ])
  })

  test('a keyword the check does not know fails loudly', ({ assert }) => {
    assert.throws(() => schemaErrors(root, { oneOf: [] }, 1), /"oneOf"/)
  })
})
