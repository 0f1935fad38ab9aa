export const userRoles = ['investor', 'partner', 'staff', 'admin'] as const
export type UserRole = (typeof userRoles)[number]
