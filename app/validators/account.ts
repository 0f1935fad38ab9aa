import vine from '@vinejs/vine'

/** "Delete my account": the password again, and a ticked box saying they mean it. */
export const deleteAccountValidator = vine.create({
  password: vine.string().minLength(1).maxLength(200),
  confirm: vine.accepted(),
})
