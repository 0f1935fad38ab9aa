import { useForm, type InertiaForm } from '@inertiajs/vue3'
import type { Data } from '@generated/data'
import { focusFirstError } from '~/components/ui/focus_first_error'

/** The vocabularies the listing form offers, as the controller sends them. */
export type ListingOptions = {
  types: string[]
  stages: string[]
  incentiveKinds: string[]
  utilities: string[]
  landOwnerships: string[]
  cadastreStatuses: string[]
  zoningStatuses: string[]
  permitStatuses: string[]
  documentKinds: string[]
}

/** Who a new listing names as its contact person until the partner says otherwise. */
export type ListingContact = { name: string; email: string; phone: string | null }

export type PartnerListing = Data.Opportunity.Variants['forPartner']

/** Builds the form's fields from the listing being edited, or empty for a new one. */
function fieldsFrom(existing: PartnerListing | null, contact: ListingContact | null) {
  const site = existing?.site ?? {}
  return {
    titleEn: existing?.titleEn ?? '',
    titleSr: existing?.titleSr ?? '',
    summaryEn: existing?.summaryEn ?? '',
    summarySr: existing?.summarySr ?? '',
    descriptionEn: existing?.descriptionEn ?? '',
    descriptionSr: existing?.descriptionSr ?? '',
    sectorIds: existing ? [...existing.sectorIds] : ([] as number[]),
    municipalityId: existing?.municipalityId ?? (null as number | null),
    type: existing?.type ?? (null as string | null),
    stage: existing?.stage ?? (null as string | null),
    totalSizeEur: existing?.totalSizeEur ?? (null as number | null),
    minTicketEur: existing?.minTicketEur ?? (null as number | null),
    jobsExpected: existing?.jobsExpected ?? (null as number | null),
    areaSqm: existing?.areaSqm ?? (null as number | null),
    timeline: existing?.timeline ?? '',
    contactName: existing?.contactName ?? contact?.name ?? '',
    contactEmail: existing?.contactEmail ?? contact?.email ?? '',
    contactPhone: existing?.contactPhone ?? contact?.phone ?? '',
    incentives: (existing?.incentives ?? []).map((incentive) => ({
      kind: incentive.kind as string,
      amountEur: incentive.amountEur as number | null,
      percentage: incentive.percentage as number | null,
      conditions: incentive.conditions ?? '',
    })),
    site: {
      landOwnership: site.landOwnership ?? null,
      cadastreStatus: site.cadastreStatus ?? null,
      zoning: site.zoning ?? null,
      buildingPermit: site.buildingPermit ?? null,
      utilities: [...(site.utilities ?? [])] as string[],
      motorwayKm: site.motorwayKm ?? null,
      airportKm: site.airportKm ?? null,
      railKm: site.railKm ?? null,
    },
  }
}

export type ListingFields = ReturnType<typeof fieldsFrom>
export type ListingForm = InertiaForm<ListingFields>

/**
 * The listing form's state and its save. A rejected new listing keeps the page (and so
 * every typed value) to show the errors; a created one moves to its edit page, which is
 * the same component and must start from the stored listing instead.
 */
export function useListingForm(existing: PartnerListing | null, contact: ListingContact | null) {
  const form = useForm(fieldsFrom(existing, contact))
  function save() {
    const options = { preserveScroll: true, onError: focusFirstError }
    if (existing) form.put(`/partner/opportunities/${existing.id}`, options)
    else form.post('/partner/opportunities', { ...options, preserveState: 'errors' })
  }
  return { form, save }
}

/** Nested fields ("site.zoning", "incentives.0.kind") report their errors under dotted keys. */
export function fieldError(form: ListingForm, key: string) {
  return (form.errors as Record<string, string | undefined>)[key]
}

/** A vocabulary as select options, labelled from its translation keys. */
export function choices(t: (key: string) => string, values: string[], prefix: string) {
  return values.map((value) => ({ value, label: t(`${prefix}.${value}`) }))
}
