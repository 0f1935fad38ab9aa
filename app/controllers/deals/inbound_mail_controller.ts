import type { HttpContext } from '@adonisjs/core/http'
import ListInboundMail from '#actions/deals/mail/list_inbound_mail'
import ShowInboundMail from '#actions/deals/mail/show_inbound_mail'
import FileInboundMail from '#actions/deals/mail/file_inbound_mail'
import DismissInboundMail from '#actions/deals/mail/dismiss_inbound_mail'
import FindInboundAttachment from '#actions/deals/mail/find_inbound_attachment'
import InboundMailTransformer from '#transformers/inbound_mail_transformer'
import DealTransformer from '#transformers/deal_transformer'
import { fileInboundMailValidator, inboundMailFiltersValidator } from '#validators/inbound_mail'
import { staffFilingAddress } from '#services/reply_address'
import { sendStoredFile } from '#services/stored_file_response'

/**
 * Received e-mail in the CRM (/crm/mail): what waits to be filed, one mail in full, filing
 * it on a deal or setting it aside, and its kept attachments.
 */
export default class InboundMailController {
  async index({ request, inertia, bouncer, auth }: HttpContext) {
    await bouncer.with('InboundMailPolicy').authorize('viewList')
    const filters = await inboundMailFiltersValidator.validate(request.qs())
    const { mails, counts } = await new ListInboundMail().handle(filters)
    return inertia.render('deals/mail/index', {
      mails: InboundMailTransformer.transform(mails.all()),
      meta: { currentPage: mails.currentPage, lastPage: mails.lastPage, total: mails.total },
      counts,
      filters: { status: filters.status ?? 'unmatched' },
      filingAddress: staffFilingAddress(auth.getUserOrFail().id),
    })
  }

  async show({ params, inertia, bouncer }: HttpContext) {
    await bouncer.with('InboundMailPolicy').authorize('view')
    const { mail, suggestions } = await new ShowInboundMail().handle(params.id)
    return inertia.render('deals/mail/show', {
      mail: InboundMailTransformer.transform(mail).useVariant('forPage'),
      suggestions: DealTransformer.transform(suggestions).useVariant('forMailFiling'),
    })
  }

  async file({ params, request, response, auth, bouncer, session, i18n }: HttpContext) {
    await bouncer.with('InboundMailPolicy').authorize('file')
    const { dealId } = await request.validateUsing(fileInboundMailValidator)
    const { deal } = await new FileInboundMail().handle({
      mailId: Number(params.id),
      dealId,
      actor: auth.getUserOrFail(),
    })
    session.flash('success', i18n.t('deals.mail.filed'))
    return response.redirect().toRoute('crm.deals.show', { id: deal.id })
  }

  async dismiss({ params, response, auth, bouncer, session, i18n }: HttpContext) {
    await bouncer.with('InboundMailPolicy').authorize('file')
    await new DismissInboundMail().handle({
      mailId: Number(params.id),
      actor: auth.getUserOrFail(),
    })
    session.flash('success', i18n.t('deals.mail.dismissed'))
    return response.redirect().toRoute('crm.mail.index')
  }

  async attachment({ params, response, bouncer }: HttpContext) {
    await bouncer.with('InboundMailPolicy').authorize('view')
    const attachment = await new FindInboundAttachment().handle(params.id)
    return sendStoredFile(response, {
      key: attachment.filePath!,
      contentType: attachment.contentType,
      cacheControl: 'private, no-store',
      disposition: `attachment; filename="${encodeURIComponent(attachment.name)}"`,
    })
  }
}
