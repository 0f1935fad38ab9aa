import type Contact from '#models/contact'
import { BaseTransformer } from '@adonisjs/core/transformers'
import { contactProfileFields } from '#enums/crm'

/** A CRM contact as staff see it. */
export default class ContactTransformer extends BaseTransformer<Contact> {
  /** The contacts merged into this one, named, with when. */
  withMerged() {
    return {
      ...this.toObject(),
      mergedContacts: this.resource.mergedContacts.map((merged) => ({
        id: merged.id,
        fullName: merged.fullName,
        email: merged.email,
        mergedAt: merged.mergedAt?.toISO() ?? null,
      })),
    }
  }

  toObject() {
    const contact = this.resource
    return {
      ...this.pick(contact, [
        'id',
        'fullName',
        'email',
        'phone',
        ...contactProfileFields,
        'locale',
        'kind',
        'createdAt',
      ]),
      hasAccount: contact.userId !== null,
      owner: contact.owner ? { id: contact.owner.id, fullName: contact.owner.fullName } : null,
      organisation: contact.organisation
        ? { id: contact.organisation.id, name: contact.organisation.name }
        : null,
      dealsCount: Number(contact.$extras.deals_count ?? 0),
      mergedAt: contact.mergedAt?.toISO() ?? null,
      mergedInto: contact.mergedInto
        ? { id: contact.mergedInto.id, fullName: contact.mergedInto.fullName }
        : null,
    }
  }
}
