import { type DateTime } from 'luxon'
import DealTask from '#models/deal_task'
import type Deal from '#models/deal'
import type User from '#models/user'

/** A to-do on a deal, with a due date and an assignee (the owner by default). */
export default class AddTask {
  async handle({
    deal,
    actor,
    title,
    dueAt,
    assigneeId,
  }: {
    deal: Deal
    actor: User
    title: string
    dueAt: DateTime
    assigneeId?: number | null
  }) {
    return DealTask.create({
      dealId: deal.id,
      title,
      dueAt,
      assigneeId: assigneeId ?? deal.ownerId,
      createdById: actor.id,
    })
  }
}
