import type { BaseMail } from '@adonisjs/mail'
import i18nManager from '@adonisjs/i18n/services/main'
import Introduction from '#models/introduction'
import { dealWithOwner } from '#services/mail_batch'
import IntroductionRequestMail from '#mails/introduction_request_mail'
import IntroductionMadeMail from '#mails/introduction_made_mail'
import CrmNoticeMail from '#mails/crm_notice_mail'
import InquiryReceivedMail from '#mails/inquiry_received_mail'
import InquiryAssignedMail from '#mails/inquiry_assigned_mail'
import Inquiry from '#models/inquiry'
import { absoluteSignedUrlFor, absoluteUrlFor } from '#services/app_url'
import { accountMailBuilders } from '#mails/builders/accounts'
import { listingMailBuilders } from '#mails/builders/listings'
import { taskMailBuilders } from '#mails/builders/tasks'
import { eventMailBuilders } from '#mails/builders/events'
import { alertMailBuilders } from '#mails/builders/alerts'
import { privacyMailBuilders } from '#mails/builders/privacy'
import { dataRoomMailBuilders } from '#mails/builders/data_room'
import { notificationMailBuilders } from '#mails/builders/notifications'
import { meetingMailBuilders } from '#mails/builders/meetings'
import type { MailContext } from '#mails/mail_context'

/**
 * E-mails that jobs send: each builder reloads what it needs from ids (job payloads
 * never carry models) and returns the message. Partner contacts have no account, so
 * they are written to in Serbian.
 */
const PARTNER_LOCALE = 'sr-Latn'

async function loadIntroduction(id: number) {
  return Introduction.query()
    .where('id', id)
    .withScopes((scopes) => scopes.withDealSummary())
    .firstOrFail()
}

function euros(locale: string, amount: number) {
  return new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'sr-Latn-RS', {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: 0,
  }).format(amount)
}

export const mailBuilders = {
  ...accountMailBuilders,
  ...listingMailBuilders,
  ...taskMailBuilders,
  ...eventMailBuilders,
  ...alertMailBuilders,
  ...privacyMailBuilders,
  ...dataRoomMailBuilders,
  ...notificationMailBuilders,
  ...meetingMailBuilders,

  async introduction_request({ introductionId }: { introductionId: number }): Promise<BaseMail> {
    const introduction = await loadIntroduction(introductionId)
    const { deal } = introduction
    const profile = deal.investor.investorProfile
    const signed = (name: 'introductions.accept' | 'introductions.decline') =>
      absoluteSignedUrlFor(
        name,
        { id: introduction.id },
        { expiresIn: '30 days', purpose: 'introduction' }
      )
    const interest = deal.interest
    return new IntroductionRequestMail(
      { email: introduction.contactEmail, fullName: introduction.contactName },
      PARTNER_LOCALE,
      {
        title: deal.opportunity?.titleFor(PARTNER_LOCALE) ?? deal.title,
        investorFirstName: deal.investor.fullName.split(' ')[0],
        residence: profile?.residenceCountry?.nameSrLatn ?? '—',
        amount: interest
          ? `${euros(PARTNER_LOCALE, interest.amountMinEur)} – ${euros(PARTNER_LOCALE, interest.amountMaxEur)}`
          : euros(PARTNER_LOCALE, deal.valueEur),
        message: interest?.message ?? null,
        dueDate: i18nManager.locale(PARTNER_LOCALE).formatDate(introduction.dueAt.toJSDate(), {
          dateStyle: 'long',
        }),
        acceptUrl: signed('introductions.accept'),
        declineUrl: signed('introductions.decline'),
      }
    )
  },

  async introduction_made({
    introductionId,
    side,
  }: {
    introductionId: number
    side: 'investor' | 'partner'
  }): Promise<BaseMail> {
    const introduction = await loadIntroduction(introductionId)
    const { deal } = introduction
    const investor = deal.investor
    if (side === 'investor') {
      return new IntroductionMadeMail(investor, investor.locale, {
        title: deal.opportunity?.titleFor(investor.locale) ?? deal.title,
        otherName: introduction.contactName,
        otherEmail: introduction.contactEmail,
        otherRole: i18nManager.locale(investor.locale).t('emails.introduction.role_partner'),
      })
    }
    return new IntroductionMadeMail(
      { email: introduction.contactEmail, fullName: introduction.contactName },
      PARTNER_LOCALE,
      {
        title: deal.opportunity?.titleFor(PARTNER_LOCALE) ?? deal.title,
        otherName: investor.fullName,
        otherEmail: investor.email,
        otherRole: i18nManager.locale(PARTNER_LOCALE).t('emails.introduction.role_investor'),
      }
    )
  },

  async crm_notice({
    notice,
    dealId,
    introductionId,
  }: {
    notice: 'introduction_declined' | 'introduction_reminder' | 'introduction_overdue' | 'follow_up'
    dealId: number
    introductionId?: number
  }): Promise<BaseMail> {
    const deal = await dealWithOwner(dealId)
    const dealUrl = absoluteUrlFor('crm.deals.show', { id: deal.id })
    if (notice === 'introduction_reminder' && introductionId) {
      const introduction = await loadIntroduction(introductionId)
      return new CrmNoticeMail(
        { email: introduction.contactEmail, fullName: introduction.contactName },
        PARTNER_LOCALE,
        notice,
        {
          title: introduction.deal.opportunity?.titleFor(PARTNER_LOCALE) ?? deal.title,
          date: i18nManager.locale(PARTNER_LOCALE).formatDate(introduction.dueAt.toJSDate(), {
            dateStyle: 'long',
          }),
        },
        absoluteSignedUrlFor(
          'introductions.accept',
          { id: introduction.id },
          { expiresIn: '30 days', purpose: 'introduction' }
        )
      )
    }
    const owner = deal.owner
    if (!owner) throw new Error(`Deal ${deal.id} has no owner to notify`)
    return new CrmNoticeMail(owner, owner.locale, notice, { title: deal.title }, dealUrl)
  },

  async inquiry_received({ inquiryId }: { inquiryId: number }): Promise<BaseMail> {
    const inquiry = await Inquiry.query()
      .where('id', inquiryId)
      .preload('contact', (contact) => contact.preload('owner'))
      .firstOrFail()
    const { contact } = inquiry
    return new InquiryReceivedMail(contact, contact.locale, {
      question: inquiry.question,
      assistant: contact.owner?.fullName ?? null,
    })
  },

  async inquiry_assigned({ inquiryId }: { inquiryId: number }): Promise<BaseMail> {
    const inquiry = await Inquiry.query()
      .where('id', inquiryId)
      .preload('contact')
      .preload('deal', (deal) => deal.preload('owner'))
      .firstOrFail()
    const { deal } = inquiry
    const owner = deal?.owner
    if (!deal || !owner) throw new Error(`Inquiry ${inquiry.id} has no assistant to notify`)
    return new InquiryAssignedMail(
      owner,
      owner.locale,
      { name: inquiry.contact.fullName, email: inquiry.contact.email, question: inquiry.question },
      absoluteUrlFor('crm.deals.show', { id: deal.id })
    )
  },
}

export type MailName = keyof typeof mailBuilders
export type MailArgs<Name extends MailName> = Parameters<(typeof mailBuilders)[Name]>[0]

export type { MailContext } from '#mails/mail_context'

/** Any builder, as the job calls it; null means the e-mail is no longer worth sending. */
export type MailBuilder = (
  args: Record<string, unknown>,
  context: MailContext
) => Promise<BaseMail | null>
