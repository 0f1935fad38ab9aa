import { LostReasonSchema } from '#database/schema'

export default class LostReason extends LostReasonSchema {}
