import User from '#models/user'

/** The staff members, by name: owners to pick on the board, the deal list and a deal's page. */
export default class ListStaff {
  async handle() {
    return User.query().where('role', 'staff').orderBy('fullName')
  }
}
