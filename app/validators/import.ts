import vine from '@vinejs/vine'
import type { Infer } from '@vinejs/vine/types'
import { contactKinds } from '#enums/crm'
import { importKinds } from '#enums/import'
import { spreadsheetExtensions } from '#services/spreadsheet'

/** The uploaded spreadsheet (CSV or XLSX, at most 10 MB); staff also say what it holds. */
export const importUploadValidator = vine.create({
  file: vine.file({ size: '10mb', extnames: [...spreadsheetExtensions] }),
  kind: vine.enum(importKinds).optional(),
  organisationId: vine.number().exists({ table: 'organisations', column: 'id' }).optional(),
})

/** The mapping step: for each field, the column index that feeds it (or none). */
export const importMappingValidator = vine.create({
  mapping: vine.record(vine.number().withoutDecimals().range([0, 199]).nullable()),
})

/** The template's format. */
export const importTemplateValidator = vine.create({
  kind: vine.enum(importKinds),
  format: vine.enum(['xlsx', 'csv'] as const).optional(),
})

/** One contact row of a staff import (what an inquiry or event form would know). */
export const contactImportValidator = vine.create({
  fullName: vine.string().trim().minLength(2).maxLength(120),
  email: vine.string().trim().toLowerCase().email().maxLength(254),
  kind: vine.enum(contactKinds).optional(),
  phone: vine
    .string()
    .trim()
    .regex(/^\+?[0-9 ()/-]{6,30}$/)
    .optional(),
  company: vine.string().trim().maxLength(160).optional(),
  currentJob: vine.string().trim().maxLength(160).optional(),
  placeOfResidence: vine.string().trim().maxLength(120).optional(),
  placeOfBirth: vine.string().trim().maxLength(120).optional(),
})
export type ContactImportData = Infer<typeof contactImportValidator>
