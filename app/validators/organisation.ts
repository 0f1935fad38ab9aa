import vine from '@vinejs/vine'

export const inviteMemberValidator = vine.create({
  email: vine.string().trim().toLowerCase().email().maxLength(254),
})

export const rejectOrganisationValidator = vine.create({
  reason: vine.string().trim().minLength(5).maxLength(500),
})
