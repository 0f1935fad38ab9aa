import { t } from '~/i18n'

/** A stage's name: translated while it is a seeded stage, as typed once an admin renamed it. */
export function stageLabel(stage: { key: string | null; name: string; customName?: boolean }) {
  if (!stage.key || stage.customName) return stage.name
  const key = `deals.stages.${stage.key}`
  const translated = t(key)
  return translated === key ? stage.name : translated
}
