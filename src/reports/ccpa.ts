import type { Right } from '../domain/rights'

/** The request types 11 CCR §7102(a)(1) asks a business to report, and the rights that make each. */
export const CCPA_REQUEST_TYPES = [
  { type: 'Requests to know', rights: ['access', 'portability'] },
  { type: 'Requests to delete', rights: ['erasure'] },
  { type: 'Requests to correct', rights: ['rectification'] },
  { type: 'Requests to opt out of sale or sharing', rights: ['sale-sharing-opt-out'] }
] as const satisfies readonly { type: string; rights: readonly Right[] }[]

/** The §7102 types a request falls under: one request asking to know and to delete counts under both. */
export function ccpaTypesOf(rights: readonly Right[]): number[] {
  return CCPA_REQUEST_TYPES.flatMap((t, i) => ((t.rights as readonly Right[]).some((r) => rights.includes(r)) ? [i] : []))
}
