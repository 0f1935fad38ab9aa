import { localScript, t } from '~/i18n'

/**
 * A stage's name: translated while it is a seeded stage, as typed once an admin renamed it
 * (in Cyrillic for Cyrillic readers).
 */
export function stageLabel(stage: { key: string | null; name: string; customName?: boolean }) {
  if (!stage.key || stage.customName) return localScript(stage.name)
  const key = `deals.stages.${stage.key}`
  const translated = t(key)
  return translated === key ? localScript(stage.name) : translated
}
