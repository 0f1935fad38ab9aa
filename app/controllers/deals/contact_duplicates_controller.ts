import type { HttpContext } from '@adonisjs/core/http'
import FindDuplicateContacts from '#actions/deals/contacts/find_duplicate_contacts'
import MergeContacts from '#actions/deals/contacts/merge_contacts'
import DismissDuplicate from '#actions/deals/contacts/dismiss_duplicate'
import ContactTransformer from '#transformers/contact_transformer'
import { dismissDuplicateValidator, mergeContactsValidator } from '#validators/contact'

/** Possible duplicate contacts with their evidence; merging a pair or setting it aside. */
export default class ContactDuplicatesController {
  async index({ inertia, bouncer }: HttpContext) {
    await bouncer.with('ContactPolicy').authorize('merge')
    const { pairs, contacts } = await new FindDuplicateContacts().handle()
    return inertia.render('deals/contacts/duplicates', {
      pairs,
      contacts: ContactTransformer.transform(contacts),
    })
  }

  async merge({ request, auth, bouncer, response, session, i18n }: HttpContext) {
    const { survivorId, mergedId } = await request.validateUsing(mergeContactsValidator)
    await bouncer.with('ContactPolicy').authorize('merge')
    const { survivor, merged } = await new MergeContacts().handle({
      survivorId,
      mergedId,
      actor: auth.getUserOrFail(),
    })
    session.flash(
      'success',
      i18n.t('deals.contacts.merge.done', { merged: merged.fullName, survivor: survivor.fullName })
    )
    return response.redirect().toRoute('crm.contacts.show', { id: survivor.id })
  }

  async dismiss({ request, auth, bouncer, response, session, i18n }: HttpContext) {
    const { contactId, otherId } = await request.validateUsing(dismissDuplicateValidator)
    await bouncer.with('ContactPolicy').authorize('merge')
    await new DismissDuplicate().handle({ contactId, otherId, actor: auth.getUserOrFail() })
    session.flash('success', i18n.t('deals.contacts.duplicates.dismissed'))
    return response.redirect().toRoute('crm.contacts.duplicates')
  }
}
