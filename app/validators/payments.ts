import vine from '@vinejs/vine'
import { clubPlans, featuredPeriods } from '#config/payments'

export const purchaseFeaturingValidator = vine.create({
  days: vine.number().in([...featuredPeriods]),
})

export const grantFeaturingValidator = vine.create({
  days: vine.number().withoutDecimals().range([1, 365]),
  reason: vine.string().trim().minLength(5).maxLength(500),
})

export const clubCheckoutValidator = vine.create({
  plan: vine.enum(clubPlans),
})
