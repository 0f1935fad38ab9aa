import vine from '@vinejs/vine'
import { isTimeZone } from '#services/time_zones'

/** "Delete my account": the password again, and a ticked box saying they mean it. */
export const deleteAccountValidator = vine.create({
  password: vine.string().minLength(1).maxLength(200),
  confirm: vine.accepted(),
})

/** A person's own time zone (account settings): an IANA name this runtime knows. */
export const timeZoneValidator = vine.create({
  timeZone: vine
    .string()
    .trim()
    .maxLength(64)
    .use(
      vine.createRule((value, _, field) => {
        if (!isTimeZone(value)) field.report('Choose a time zone from the list.', 'timeZone', field)
      })()
    ),
})
