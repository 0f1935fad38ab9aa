import { SentEmailSchema } from '#database/schema'

export default class SentEmail extends SentEmailSchema {}
