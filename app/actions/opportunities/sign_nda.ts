import { createHash, randomUUID } from 'node:crypto'
import { DateTime } from 'luxon'
import drive from '@adonisjs/drive/services/main'
import db from '@adonisjs/lucid/services/db'
import i18nManager from '@adonisjs/i18n/services/main'
import Deal from '#models/deal'
import NdaSignature from '#models/nda_signature'
import NdaVersion from '#models/nda_version'
import Organisation from '#models/organisation'
import type Opportunity from '#models/opportunity'
import type User from '#models/user'
import type { NdaLocale } from '#enums/data_room'
import { renderSignedNda } from '#services/nda_pdf'
import { queueMail } from '#services/outbox'
import { toCyrillic } from '#services/serbian_script'

/**
 * The investor signs the listing's current NDA by typing their full name and consenting:
 * the signed PDF (text, both parties, time, IP, the text's SHA-256, version) is stored
 * through Drive, the signature recorded, and the PDF mailed to the investor and to the
 * listing's contact. Signing the same version again returns the first signature.
 */
export default class SignNda {
  async handle({
    opportunity,
    investor,
    fullName,
    locale,
    ipAddress,
  }: {
    opportunity: Opportunity
    investor: User
    fullName: string
    locale: NdaLocale
    ipAddress: string | null
  }) {
    const version = await NdaVersion.current(opportunity.organisationId)
    const existing = await NdaSignature.query()
      .where({ userId: investor.id, opportunityId: opportunity.id, ndaVersionId: version.id })
      .first()
    if (existing) return existing

    const organisation = await Organisation.findOrFail(opportunity.organisationId)
    const signedAt = DateTime.utc()
    const text = version.bodyFor(locale)
    const documentHash = createHash('sha256').update(text, 'utf8').digest('hex')
    const t = i18nManager.locale(locale).t.bind(i18nManager.locale(locale))
    const pdf = await renderSignedNda({
      title: t('opportunities.nda.pdf.title'),
      header: [
        [t('opportunities.nda.pdf.listing'), listingTitle(opportunity, locale)],
        [t('opportunities.nda.pdf.disclosing_party'), organisation.name],
        [t('opportunities.nda.pdf.receiving_party'), `${fullName} <${investor.email}>`],
        [t('opportunities.nda.pdf.version'), versionLabel(version, t)],
      ],
      body: text,
      signature: [
        [t('opportunities.nda.pdf.signed_by'), fullName],
        [t('opportunities.nda.pdf.consent'), t('opportunities.nda.pdf.consent_given')],
        [t('opportunities.nda.pdf.signed_at'), `${signedAt.toISO()} (UTC)`],
        [t('opportunities.nda.pdf.ip_address'), ipAddress ?? '—'],
        [t('opportunities.nda.pdf.document_hash'), documentHash],
        [t('opportunities.nda.pdf.version'), versionLabel(version, t)],
      ],
      footer: t('opportunities.nda.pdf.footer'),
    })
    const pdfPath = `nda/${opportunity.id}/${investor.id}-v${version.id}-${randomUUID()}.pdf`
    await drive.use().put(pdfPath, Buffer.from(pdf), { contentType: 'application/pdf' })

    const signature = await db.transaction(async (trx) => {
      const [row] = await trx
        .insertQuery()
        .table('nda_signatures')
        .insert({
          nda_version_id: version.id,
          opportunity_id: opportunity.id,
          user_id: investor.id,
          signer_name: fullName,
          locale,
          ip_address: ipAddress,
          document_hash: documentHash,
          pdf_path: pdfPath,
          signed_at: signedAt.toJSDate(),
        })
        .onConflict(['user_id', 'opportunity_id', 'nda_version_id'])
        .ignore()
        .returning('id')
      // A second tab signed the same version meanwhile: keep that one.
      if (!row) return null
      const deal = await Deal.query({ client: trx })
        .where({ investorId: investor.id, opportunityId: opportunity.id })
        .first()
      for (const side of ['investor', 'partner'] as const) {
        await queueMail(
          trx,
          'nda_signed',
          { signatureId: row.id, side },
          { key: `nda-signed:${row.id}:${side}`, dealId: deal?.id ?? null }
        )
      }
      return NdaSignature.findOrFail(row.id, { client: trx })
    })
    if (signature) return signature
    await drive.use().delete(pdfPath)
    return NdaSignature.query()
      .where({ userId: investor.id, opportunityId: opportunity.id, ndaVersionId: version.id })
      .firstOrFail()
  }
}

function versionLabel(version: NdaVersion, t: (key: string, data?: object) => string) {
  return version.organisationId === null
    ? t('opportunities.nda.pdf.standard_version', { version: version.version })
    : t('opportunities.nda.pdf.organisation_version', { version: version.version })
}

function listingTitle(opportunity: Opportunity, locale: NdaLocale) {
  const title = opportunity.titleFor(locale)
  return locale === 'sr-Cyrl' ? toCyrillic(title) : title
}
