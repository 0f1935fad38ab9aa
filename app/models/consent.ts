import { ConsentSchema } from '#database/schema'

/** One consent given or withdrawn (append-only history; see #actions/trust/privacy/record_consent). */
export default class Consent extends ConsentSchema {}
