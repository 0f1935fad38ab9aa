import type { HttpContext } from '@adonisjs/core/http'
import ListSentEmails from '#actions/system/emails/list_sent_emails'
import ShowSentEmail from '#actions/system/emails/show_sent_email'
import SentEmailTransformer from '#transformers/sent_email_transformer'
import { sentEmailsFilterValidator } from '#validators/sent_email'

/**
 * Every e-mail the app sent, readable in full with working links: for staff from a deal's
 * timeline (/crm/emails), and outside production as the local mail preview (/dev/mail), so
 * a demo without SMTP can follow verification, invitation and introduction links.
 */
export default class SentEmailsController {
  async index({ inertia, request }: HttpContext) {
    const { to, page: pageNumber } = await request.validateUsing(sentEmailsFilterValidator)
    const page = await new ListSentEmails().handle({ to, page: pageNumber })
    return inertia.render('system/emails/index', {
      emails: SentEmailTransformer.paginate(page.all(), page.getMeta()),
      filters: { to: to ?? '' },
      base: this.base(request.url()),
    })
  }

  async show({ inertia, params, request }: HttpContext) {
    const email = await new ShowSentEmail().handle(params.id)
    return inertia.render('system/emails/show', {
      email: SentEmailTransformer.transform(email).useVariant('forPreview'),
      base: this.base(request.url()),
    })
  }

  /** The same pages serve both addresses; links stay under the one the reader used. */
  private base(url: string) {
    return url.startsWith('/dev/') ? '/dev/mail' : '/crm/emails'
  }
}
