import { MeetingSlotSchema } from '#database/schema'

/** One candidate time of a proposed meeting (an instant; each reader sees it in their zone). */
export default class MeetingSlot extends MeetingSlotSchema {}
