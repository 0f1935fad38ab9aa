import Interest from '#models/interest'

export const STAFF_INTERESTS_PER_PAGE = 50

/** Every interest investors expressed, latest change first, a page at a time (staff). */
export default class ListStaffInterests {
  async handle(page: number) {
    return Interest.query()
      .preload('investor')
      .preload('opportunity', (opportunity) =>
        opportunity.preload('municipality').preload('organisation')
      )
      .orderBy('updatedAt', 'desc')
      .paginate(page, STAFF_INTERESTS_PER_PAGE)
  }
}
