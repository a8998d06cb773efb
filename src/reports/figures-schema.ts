import { z } from 'zod'

/*
 * The office's figures for a period, as worked out from its cases (tally.ts),
 * shown on the Reports page and handed to main to be printed as a PDF. The
 * schema is strict and bounded: main parses the renderer's figures with it.
 */

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'A date must be written YYYY-MM-DD.').max(10)
const label = z.string().max(300)
const count = z.number().int().min(0)
const days = z.number().min(0).nullable()

/** The most rows one table of reasons or bodies may carry; the tally folds the rest into one row. */
export const REPORT_TABLE_LIMIT = 200
/** The most months one report may cover (fifty years). */
export const REPORT_MONTH_LIMIT = 600

export const countRowSchema = z.strictObject({ label, count })
export type CountRow = z.infer<typeof countRowSchema>

export const onTimeSchema = z.strictObject({
  /** Settled requests whose deadline was met on or before its due date. */
  met: count,
  /** Settled requests whose deadline was met after its due date. */
  late: count,
  /** met / (met + late), from 0 to 1; null when no request was settled. */
  rate: z.number().min(0).max(1).nullable()
})
export type OnTime = z.infer<typeof onTimeSchema>

export const dayStatsSchema = z.strictObject({ count, mean: days, median: days })
export type DayStats = z.infer<typeof dayStatsSchema>

export const monthRowSchema = z.strictObject({
  /** YYYY-MM, the month received. */
  month: z.string().regex(/^\d{4}-\d{2}$/).max(7),
  requests: count,
  onTime: onTimeSchema
})
export type MonthRow = z.infer<typeof monthRowSchema>

export const escalationBodyRowSchema = z.strictObject({ body: label, total: count, pending: count, decided: count })
export type EscalationBodyRow = z.infer<typeof escalationBodyRowSchema>

export const ccpaRowSchema = z.strictObject({
  type: label,
  received: count,
  compliedInWhole: count,
  compliedInPart: count,
  denied: count,
  withdrawn: count,
  open: count,
  days: dayStatsSchema
})
export type CcpaRow = z.infer<typeof ccpaRowSchema>

export const definitionSchema = z.strictObject({ term: label, meaning: z.string().max(1000) })
export type Definition = z.infer<typeof definitionSchema>

export const reportFiguresSchema = z.strictObject({
  period: z.strictObject({ from: isoDate, to: isoDate }),
  /** The day the figures were worked out: "still open" and "overdue" are as of this day. */
  asOf: isoDate,
  requests: count,
  complaints: count,
  byRight: z.array(countRowSchema).max(REPORT_TABLE_LIMIT),
  byChannel: z.array(countRowSchema).max(REPORT_TABLE_LIMIT),
  outcomes: z.strictObject({ fulfilled: count, partlyFulfilled: count, refused: count, withdrawn: count, open: count }),
  refusalReasons: z.array(countRowSchema).max(REPORT_TABLE_LIMIT + 1),
  onTime: onTimeSchema,
  /** Open requests already past their deadline on the asOf day: not in the on-time rate, shown beside it. */
  openOverdue: count,
  daysToResponse: dayStatsSchema,
  extensions: count,
  pauses: z.strictObject({ requests: count, periods: count }),
  escalations: z.strictObject({
    total: count,
    byBody: z.array(escalationBodyRowSchema).max(REPORT_TABLE_LIMIT + 1),
    byOutcome: z.array(countRowSchema).max(REPORT_TABLE_LIMIT)
  }),
  byMonth: z.array(monthRowSchema).max(REPORT_MONTH_LIMIT),
  ccpa: z.array(ccpaRowSchema).max(10),
  definitions: z.array(definitionSchema).max(50)
})
export type ReportFigures = z.infer<typeof reportFiguresSchema>
