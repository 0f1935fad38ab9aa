import type { I18n } from '@adonisjs/i18n'
import type { FieldContext, MessagesProviderContact } from '@vinejs/vine/types'

/**
 * The translated validation messages, each starting with a capital letter: "{field} is
 * required." with the field "e-mail" reads "E-mail is required.", in every language.
 */
class SentenceCaseMessages implements MessagesProviderContact {
  constructor(private inner: MessagesProviderContact) {}

  getMessage(
    defaultMessage: string,
    rule: string,
    field: FieldContext,
    meta?: Record<string, unknown>
  ) {
    const message = this.inner.getMessage(defaultMessage, rule, field, meta)
    return message.charAt(0).toLocaleUpperCase() + message.slice(1)
  }
}

export function validationMessages(i18n: I18n): MessagesProviderContact {
  return new SentenceCaseMessages(i18n.createMessagesProvider())
}
