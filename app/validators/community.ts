import vine from '@vinejs/vine'
import { figureDimensions, figurePeriods } from '#enums/figures'

/** The open figures page's query string; an invalid value falls back to the defaults. */
export const figuresQueryValidator = vine.create({
  period: vine.enum(figurePeriods).optional(),
  // "municipality:nis", "country:RS", "sector:energy": whose months the page charts.
  focus: vine
    .string()
    .trim()
    .maxLength(100)
    .regex(new RegExp(`^(${figureDimensions.join('|')}):[A-Za-z0-9-]+$`))
    .optional(),
})
