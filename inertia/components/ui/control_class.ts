/** The look text controls share: one border, focus ring and size; red once the field has an error. */
export function controlClass(error?: string | null) {
  return [
    'block w-full rounded-lg border px-3 py-2 text-sm shadow-sm focus:ring-2 focus:ring-brand-600 focus:outline-none',
    error ? 'border-red-400' : 'border-slate-300',
  ]
}
