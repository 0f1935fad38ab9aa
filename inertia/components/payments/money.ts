import { formatEur } from '~/i18n'

/** An amount in the currency's smallest unit (cents), formatted in the reader's locale. */
export function formatMoney(amount: number, currency: string) {
  return formatEur(amount / 100, {
    currency: currency.toUpperCase(),
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  })
}
