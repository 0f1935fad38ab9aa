import { ref } from 'vue'
import { xsrfToken } from '~/components/ui/xsrf_token'

/**
 * The staff member's unread count, shared by the bell and the notification page. The
 * layout persists across visits, so the count is fetched once per full page load and
 * then kept live (Transmit) and in step with the page's own figure: no query per visit.
 */
export const unreadCount = ref<number | null>(null)

export async function loadUnreadCount() {
  const response = await fetch('/crm/notifications/unread', {
    headers: { accept: 'application/json' },
    credentials: 'same-origin',
  })
  if (response.ok) unreadCount.value = ((await response.json()) as { unread: number }).unread
}

/**
 * Marks a notification read while the person follows its link to the deal: sent with
 * `keepalive`, so the visit to the deal neither waits for it nor cancels it.
 */
export function markReadOnTheWay(id: number) {
  void fetch(`/crm/notifications/${id}/read`, {
    method: 'POST',
    keepalive: true,
    credentials: 'same-origin',
    headers: { 'accept': 'application/json', 'x-xsrf-token': xsrfToken() },
  })
  if (unreadCount.value) unreadCount.value -= 1
}
