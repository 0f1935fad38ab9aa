import { ConsentSchema } from '#database/schema'

/** One consent given or withdrawn (append-only history; see #actions/privacy/record_consent). */
export default class Consent extends ConsentSchema {}
