import vine from '@vinejs/vine'

/** The mail preview's filter: a recipient's address (or part of it) and the page. */
export const sentEmailsFilterValidator = vine.create({
  to: vine.string().trim().maxLength(200).optional(),
  page: vine.number().withoutDecimals().range([1, 10_000]).optional(),
})
