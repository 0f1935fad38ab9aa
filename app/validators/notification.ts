import vine from '@vinejs/vine'

export const notificationListValidator = vine.create({
  page: vine.number().withoutDecimals().positive().max(100_000).optional(),
})

export const notificationSettingsValidator = vine.create({
  emailOnMention: vine.boolean(),
})
