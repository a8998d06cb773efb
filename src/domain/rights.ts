export const RIGHTS = [
  'access',
  'rectification',
  'erasure',
  'restriction',
  'portability',
  'objection',
  'marketing-opt-out',
  'sale-sharing-opt-out',
  'other'
] as const
export type Right = (typeof RIGHTS)[number]

export const RIGHT_LABELS: Record<Right, string> = {
  access: 'Access (copy of data)',
  rectification: 'Rectification (correct data)',
  erasure: 'Erasure (delete data)',
  restriction: 'Restriction of processing',
  portability: 'Data portability',
  objection: 'Objection to processing',
  'marketing-opt-out': 'Marketing opt-out',
  'sale-sharing-opt-out': 'Opt-out of sale/sharing',
  other: 'Other'
}

/** The short label used in lists and letters. */
export const RIGHT_SHORT_LABELS: Record<Right, string> = {
  access: 'Access',
  rectification: 'Rectification',
  erasure: 'Erasure',
  restriction: 'Restriction',
  portability: 'Portability',
  objection: 'Objection',
  'marketing-opt-out': 'Marketing opt-out',
  'sale-sharing-opt-out': 'Sale/sharing opt-out',
  other: 'Other'
}
