import vine from '@vinejs/vine'
import { contactKinds } from '#enums/crm'

export const contactFiltersValidator = vine.create({
  q: vine.string().trim().maxLength(120).optional(),
  kind: vine.enum(contactKinds).optional(),
  page: vine.number().withoutDecimals().positive().optional(),
})

const liveContact = () =>
  vine
    .number()
    .withoutDecimals()
    .positive()
    .max(2_147_483_647)
    .exists(async (db, value) => {
      const row = await db.from('contacts').where('id', value).whereNull('merged_into_id').first()
      return Boolean(row)
    })

/** Two contacts in use become one: the survivor keeps its record. */
export const mergeContactsValidator = vine.create({
  survivorId: liveContact(),
  mergedId: liveContact(),
})

/** Two contacts staff know to be different people. */
export const dismissDuplicateValidator = vine.create({
  contactId: liveContact(),
  otherId: liveContact(),
})
