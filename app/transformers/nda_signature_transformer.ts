import type NdaSignature from '#models/nda_signature'
import { BaseTransformer } from '@adonisjs/core/transformers'

/** A signed NDA as the investor's account, the deal and the partner list it: never the file path. */
export default class NdaSignatureTransformer extends BaseTransformer<NdaSignature> {
  toObject() {
    return {
      id: this.resource.id,
      signerName: this.resource.signerName,
      signedAt: this.resource.signedAt,
      locale: this.resource.locale,
      documentHash: this.resource.documentHash,
      version: this.resource.ndaVersion?.version ?? null,
      opportunityId: this.resource.opportunityId,
      opportunityTitleEn: this.resource.opportunity?.titleEn ?? null,
      opportunityTitleSr: this.resource.opportunity?.titleSr ?? null,
      opportunitySlug: this.resource.opportunity?.slug ?? null,
      pdfUrl: `/nda-signatures/${this.resource.id}/pdf`,
    }
  }
}
