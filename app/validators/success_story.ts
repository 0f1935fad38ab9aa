import vine from '@vinejs/vine'
import { imageDecodes } from '#validators/image'
import type { Infer } from '@vinejs/vine/types'
import type { MultipartFile } from '@adonisjs/core/bodyparser'
import { contentMatches, declaredExtension, uploadTypes } from '#services/file_signature'
import { storyPhotoTypes } from '#enums/story'

/**
 * A photo must really be the image its name says (checked by its bytes, like listing
 * covers); it is then stored and served with that type, never the browser's claim.
 */
const realImage = vine.createRule(
  async (value, _, field) => {
    const file = value as MultipartFile
    if (!file?.tmpPath || !file.isValid) return
    const extension = declaredExtension(file.clientName)
    const canonical = (name?: string) => (name === 'jpeg' ? 'jpg' : name)
    const known = (storyPhotoTypes as readonly string[]).includes(extension)
    if (
      !known ||
      canonical(file.extname) !== canonical(extension) ||
      !(await contentMatches(file.tmpPath, extension))
    ) {
      field.report("The file's content does not match its type.", 'file.content', field, {
        extension,
      })
      return
    }
    if (!(await imageDecodes(file.tmpPath, field))) return
    const [type, subtype] = uploadTypes[extension as keyof typeof uploadTypes].split('/')
    file.type = type
    file.subtype = subtype
    file.extname = extension
  },
  { isAsync: true }
)

const optionalId = (table: string) => vine.number().exists({ table, column: 'id' }).optional()

/** The staff form for a story (create and edit). */
export const successStoryValidator = vine.create({
  personName: vine.string().trim().minLength(2).maxLength(160),
  titleEn: vine.string().trim().minLength(3).maxLength(200),
  titleSr: vine.string().trim().minLength(3).maxLength(200),
  bodyEn: vine.string().trim().minLength(20).maxLength(20_000),
  bodySr: vine.string().trim().minLength(20).maxLength(20_000),
  municipalityId: optionalId('municipalities'),
  opportunityId: optionalId('opportunities'),
  dealId: optionalId('deals'),
  consentGiven: vine.boolean().optional(),
  consentNote: vine.string().trim().maxLength(500).optional(),
  photo: vine
    .file({ size: '5mb', extnames: [...storyPhotoTypes] })
    .use(realImage())
    .optional(),
  removePhoto: vine.boolean().optional(),
})
export type SuccessStoryData = Infer<typeof successStoryValidator>

/** `?deal=ID` on the new-story page: prefill from a won deal. */
export const storyDraftSourceValidator = vine.create({
  deal: vine.number().withoutDecimals().positive().optional(),
})
