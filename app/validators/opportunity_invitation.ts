import vine from '@vinejs/vine'

/** Staff invite one investor to a listing. */
export const opportunityInvitationValidator = vine.create({
  userId: vine.number().withoutDecimals().exists({ table: 'users', column: 'id' }),
})
