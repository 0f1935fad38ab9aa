import { nextTick } from 'vue'

/**
 * After a rejected submit, brings the first field with an error into view and focus: on a
 * long form the message may otherwise sit far above the button that was pressed.
 */
export function focusFirstError() {
  void nextTick(() => {
    const message = document.querySelector<HTMLElement>('[data-field-error]')
    if (!message) return
    message.scrollIntoView({ block: 'center' })
    const id = message.id.replace(/-error$/, '')
    document.getElementById(id)?.focus({ preventScroll: true })
  })
}
