import { BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import db from '@adonisjs/lucid/services/db'
import { storeImageVariants } from '#services/images'

/**
 * `node ace images:variants`: gives every stored listing image and story photo that has
 * none yet (uploaded before variants existed) its card and page WebP variants. Safe to
 * run again; `--all` rewrites existing variants too (after changing their sizes).
 */
export default class ImagesVariants extends BaseCommand {
  static commandName = 'images:variants'
  static description = 'Create the resized WebP variants of stored images that lack them'
  static options: CommandOptions = { startApp: true }

  @flags.boolean({ description: 'Rewrite variants that exist already' })
  declare all: boolean

  async run() {
    let made = 0
    let failed = 0
    const documents = await db
      .from('opportunity_documents')
      .whereRaw(`mime_type in ('image/png', 'image/jpeg', 'image/webp')`)
      .if(!this.all, (query) => query.whereNull('variants'))
      .select('id', 'file_path')
    for (const document of documents) {
      try {
        const image = await storeImageVariants(document.file_path)
        await db.transaction(async (trx) => {
          await trx
            .from('opportunity_documents')
            .where('id', document.id)
            .update({ width: image.width, height: image.height, variants: image.variants })
          await trx
            .from('opportunities')
            .where('cover_image_path', document.file_path)
            .update({ cover_image_variants: image.variants })
        })
        made++
      } catch (error) {
        failed++
        this.logger.warning(`document #${document.id}: ${(error as Error).message}`)
      }
    }
    const stories = await db
      .from('success_stories')
      .whereNotNull('photo_path')
      .if(!this.all, (query) => query.whereNull('photo_variants'))
      .select('id', 'photo_path')
    for (const story of stories) {
      try {
        const { variants } = await storeImageVariants(story.photo_path)
        await db.from('success_stories').where('id', story.id).update({ photo_variants: variants })
        made++
      } catch (error) {
        failed++
        this.logger.warning(`story #${story.id}: ${(error as Error).message}`)
      }
    }
    this.logger.info(`${made} image(s) given variants, ${failed} could not be read`)
    if (failed) this.exitCode = 1
  }
}
