/*
| VineJS additions shared by every validator.
*/
import vine, { VineNumber } from '@vinejs/vine'

// Empty form fields arrive as null (bodyparser convertEmptyStringsToNull); optional() accepts that.
vine.convertEmptyStringsToNull = true

/**
 * `exists`/`unique` on a number run a query against an integer column; a value outside
 * PostgreSQL's integer range (1e308, 99999999999) would fail there with a 500. Such a
 * record cannot exist, so it gets the rule's own field error without a query.
 */
const INTEGER_MAX = 2_147_483_647
const withinIntegerColumn = vine.createRule((value, _, field) => {
  if (typeof value !== 'number' || !Number.isInteger(value) || Math.abs(value) > INTEGER_MAX) {
    field.report('The selected {{ field }} is invalid', 'database.exists', field)
  }
})
for (const name of ['exists', 'unique'] as const) {
  const original = VineNumber.prototype[name] as (
    this: VineNumber,
    ...args: unknown[]
  ) => VineNumber
  VineNumber.macro(name, function (this: VineNumber, ...args: unknown[]) {
    return original.apply(this.use(withinIntegerColumn()), args)
  } as never)
}
