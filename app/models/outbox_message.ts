import { OutboxMessageSchema } from '#database/schema'

/** Work to hand to BullMQ, written in the same transaction as the change that causes it. */
export default class OutboxMessage extends OutboxMessageSchema {}
