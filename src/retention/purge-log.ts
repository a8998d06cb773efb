/**
 * What the app keeps of a purge: when, how many cases, who confirmed, and the
 * period applied. Nothing about the cases themselves: no reference, no name,
 * no date of a case, so the log holds no requester's personal data.
 */
export interface PurgeRecord {
  id?: number
  /** The moment of the purge (ISO instant). */
  at: string
  count: number
  confirmedBy: string
  retentionYears: number
}
