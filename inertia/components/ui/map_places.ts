import type { MapPlace } from '~/components/ui/PlacesMap.vue'

type Located = { id: number; municipality?: { latitude: number; longitude: number } | null }

/**
 * Records as map markers at their municipality's point; a record without one stays off
 * the map. `popup` builds the marker's popup when it is first opened.
 */
export function placesAtMunicipality<T extends Located>(
  records: T[],
  popup: (record: T) => HTMLElement
): MapPlace[] {
  return records.flatMap((record) => {
    const place = record.municipality
    if (!place) return []
    const { latitude, longitude } = place
    return [{ id: record.id, latitude, longitude, popup: () => popup(record) }]
  })
}
