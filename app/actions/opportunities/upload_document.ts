import { randomUUID } from 'node:crypto'
import type { MultipartFile } from '@adonisjs/core/bodyparser'
import db from '@adonisjs/lucid/services/db'
import OpportunityDocument from '#models/opportunity_document'
import type Opportunity from '#models/opportunity'
import type User from '#models/user'
import type { DocumentKind } from '#enums/opportunity'
import audit from '#services/audit'
import { storeImageVariants } from '#services/images'
import { imageExtensions } from '#validators/image'

/**
 * Stores a gallery image, public document or data-room document through Drive
 * (local disk or S3-compatible, by configuration), images with resized WebP variants
 * beside them. The first gallery image becomes the cover.
 */
export default class UploadDocument {
  async handle({
    opportunity,
    uploader,
    kind,
    title,
    file,
  }: {
    opportunity: Opportunity
    uploader: User
    kind: DocumentKind
    title: string
    file: MultipartFile
  }) {
    // Gallery files become <img> sources: images only. The caller reports the refusal.
    if (kind === 'gallery' && !imageExtensions.includes(file.extname ?? '')) return null
    const key = `opportunities/${opportunity.id}/${kind}/${randomUUID()}.${file.extname}`
    await file.moveToDisk(key)
    // Images (proved to decode by the validator) get their card and page WebP variants.
    const image = imageExtensions.includes(file.extname ?? '')
      ? await storeImageVariants(key)
      : null

    return db.transaction(async (trx) => {
      const document = await OpportunityDocument.create(
        {
          opportunityId: opportunity.id,
          kind,
          title,
          filePath: key,
          fileName: file.clientName.slice(0, 200),
          mimeType: `${file.type ?? 'application'}/${file.subtype ?? 'octet-stream'}`,
          sizeBytes: file.size,
          uploadedById: uploader.id,
          width: image?.width ?? null,
          height: image?.height ?? null,
          variants: image?.variants ?? null,
        },
        { client: trx }
      )
      if (kind === 'gallery' && !opportunity.coverImagePath) {
        opportunity.useTransaction(trx)
        opportunity.coverImagePath = key
        opportunity.coverImageVariants = image?.variants ?? null
        await opportunity.save()
      }
      await audit.record(trx, {
        actor: uploader,
        action: 'opportunity.document_added',
        subject: audit.subject('opportunity_document', document),
        after: documentFacts(document),
      })
      return document
    })
  }
}

/** What the audit log keeps of a document: which listing, what kind, which file. */
export function documentFacts(document: OpportunityDocument) {
  return {
    opportunityId: document.opportunityId,
    kind: document.kind,
    title: document.title,
    fileName: document.fileName,
  }
}
