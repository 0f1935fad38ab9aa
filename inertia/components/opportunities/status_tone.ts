/** The badge colour of a listing status. */
export function statusTone(status: string) {
  if (status === 'published' || status === 'funded') return 'green' as const
  if (status === 'in_review' || status === 'paused') return 'amber' as const
  if (status === 'rejected') return 'red' as const
  return 'slate' as const
}
