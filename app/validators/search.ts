import vine from '@vinejs/vine'

/** The staff's global search box (Ctrl+K). */
export const globalSearchValidator = vine.create({
  q: vine.string().trim().maxLength(120).optional(),
})
