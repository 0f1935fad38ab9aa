import vine from '@vinejs/vine'
import { inboundMailStatuses } from '#enums/inbound_mail'

/** The received-mail page: which status to list, and the page. */
export const inboundMailFiltersValidator = vine.create({
  status: vine.enum(inboundMailStatuses).optional(),
  page: vine.number().withoutDecimals().range([1, 10_000]).optional(),
})

/** Filing an unmatched mail: the deal's number (a JSON number: `true` is not deal 1). */
export const fileInboundMailValidator = vine.create({
  dealId: vine.number({ strict: true }).withoutDecimals().range([1, 2_147_483_647]),
})
