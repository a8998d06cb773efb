/** Case references: PR-2026-0042, sequential per year, never reused. */
const REFERENCE = /^PR-(\d{4})-(\d{4,})$/

export function formatReference(year: number, sequence: number): string {
  return `PR-${year}-${String(sequence).padStart(4, '0')}`
}

export function parseReference(reference: string): { year: number; sequence: number } | undefined {
  const m = REFERENCE.exec(reference)
  if (!m) return undefined
  return { year: Number(m[1]), sequence: Number(m[2]) }
}
