import { reactive } from 'vue'
import { router } from '@inertiajs/vue3'

export type FilterValue = string | number | boolean | string[] | null | undefined

/**
 * The state of a list page's filters and the visit that applies them: unset values stay
 * out of the query string, `fixed` keys (e.g. the pipeline) always go along, and the page
 * number is dropped unless asked for, so a new filter starts on page one. A list (several
 * sectors) travels as one comma-separated value.
 */
export function useFilterQuery<T extends Record<string, FilterValue>>(
  path: string,
  initial: T,
  fixed: Record<string, string> = {}
) {
  const values = reactive({ ...initial }) as T

  function query(page?: number) {
    const result: Record<string, string> = { ...fixed }
    for (const [key, value] of Object.entries(values)) {
      if (value === '' || value === false || value === null || value === undefined) continue
      if (Array.isArray(value) && !value.length) continue
      result[key] = Array.isArray(value) ? value.join(',') : String(value)
    }
    if (page && page > 1) result.page = String(page)
    return result
  }

  function apply(page?: number) {
    router.get(path, query(page), { preserveState: true, preserveScroll: true })
  }

  const resetHref = `${path}${Object.keys(fixed).length ? `?${new URLSearchParams(fixed)}` : ''}`

  return { values, query, apply, resetHref }
}

export type FilterQuery = ReturnType<typeof useFilterQuery>
