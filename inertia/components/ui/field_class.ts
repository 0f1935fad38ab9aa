/**
 * The one look of a text box or a select, so forms and filter bars cannot drift apart.
 * A field with an error gets a red border; the message itself is FormField's job.
 */
export function fieldClass(error?: string | null) {
  return [
    'block w-full rounded-lg border bg-white px-3 py-2 text-sm shadow-sm focus:ring-2 focus:ring-brand-600 focus:outline-none',
    error ? 'border-red-400' : 'border-slate-300',
  ]
}
