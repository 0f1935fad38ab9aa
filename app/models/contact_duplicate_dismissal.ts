import { ContactDuplicateDismissalSchema } from '#database/schema'

/** Staff said two contacts are different people: the pair is no longer offered for merging. */
export default class ContactDuplicateDismissal extends ContactDuplicateDismissalSchema {}
