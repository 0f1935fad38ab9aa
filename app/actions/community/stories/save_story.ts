import { randomUUID } from 'node:crypto'
import drive from '@adonisjs/drive/services/main'
import logger from '@adonisjs/core/services/logger'
import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import SuccessStory from '#models/success_story'
import type User from '#models/user'
import type { SuccessStoryData } from '#validators/success_story'
import audit from '#services/audit'
import { uniqueSlug } from '#services/unique_slug'
import { deleteImageVariants, storeImageVariants } from '#services/images'
import ChangeStoryStatus from '#actions/community/stories/change_story_status'

/**
 * Creates or updates a story from the staff form. The photo goes to Drive first (a
 * failed save leaves at most an orphan file, never a row pointing at nothing). Consent:
 * ticking the box records who and when (once); unticking it withdraws consent, which
 * takes a published story down at once.
 */
export default class SaveStory {
  async handle({
    story,
    actor,
    data,
  }: {
    story?: SuccessStory
    actor: User
    data: SuccessStoryData
  }) {
    const { photo, removePhoto, consentGiven, consentNote, ...fields } = data
    const newPhotoPath = photo ? `stories/${randomUUID()}.${photo.extname}` : null
    if (photo && newPhotoPath) await photo.moveToDisk(newPhotoPath)
    // Card and page sizes in WebP beside the original (the validator proved it decodes).
    const newPhoto = newPhotoPath ? await storeImageVariants(newPhotoPath) : null
    const oldPhotoPath = story?.photoPath ?? null
    const oldVariants = story?.photoVariants ?? null

    const saved = await db.transaction(async (trx) => {
      const record = story ?? new SuccessStory()
      record.useTransaction(trx)
      const before = story ? audit.snapshot(story) : null
      record.merge({
        ...fields,
        municipalityId: fields.municipalityId ?? null,
        opportunityId: fields.opportunityId ?? null,
        dealId: fields.dealId ?? null,
        consentNote: consentNote ?? null,
      })
      if (!story) {
        record.slug = await uniqueSlug(trx, 'success_stories', fields.titleEn, {
          fallback: 'story',
        })
        record.status = 'draft'
        record.createdById = actor.id
      }
      if (consentGiven && !record.consentRecordedAt) {
        record.consentRecordedAt = DateTime.now()
        record.consentRecordedById = actor.id
      } else if (!consentGiven && record.consentRecordedAt) {
        record.consentRecordedAt = null
        record.consentRecordedById = null
        // Withdrawn consent takes the story down in the same save (the database insists).
        await new ChangeStoryStatus().handle({ story: record, to: 'draft', actor, trx })
      }
      if (newPhotoPath) {
        record.photoPath = newPhotoPath
        record.photoVariants = newPhoto?.variants ?? null
      } else if (removePhoto) {
        record.photoPath = null
        record.photoVariants = null
      }
      await audit.saveAndRecord(trx, record, {
        actor,
        action: story ? 'story.updated' : 'story.created',
        type: 'success_story',
        before,
      })
      return record
    })

    if (oldPhotoPath && oldPhotoPath !== saved.photoPath) {
      // The row no longer points at it; a failed delete only leaves an unused file.
      await drive
        .use()
        .delete(oldPhotoPath)
        .catch((error) => logger.warn({ err: error, path: oldPhotoPath }, 'old story photo kept'))
      await deleteImageVariants(oldVariants).catch((error) =>
        logger.warn({ err: error, path: oldPhotoPath }, 'old story photo variants kept')
      )
    }
    return saved
  }
}
