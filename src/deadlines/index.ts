/**
 * The deadline engine: every statutory deadline computed from the facts of a
 * case, with its explanation (../shared/DOMAIN.md, "Deadlines").
 */
export { computeDeadline } from './compute'
export type { DeadlineQuery, DeadlineResult, DeadlineRegime, DeadlineAction, ClarificationPause } from './types'
export { DEADLINE_REGIMES, DEADLINE_ACTIONS } from './types'
export { DeadlineInputError } from './errors'
export { setHolidayOverrides, getHolidayOverrides, listHolidays, type HolidayOverride, type Holiday } from './holidays'
export { caseDeadlines, caseDeadlineNotes, engineRegimeFor, type CaseFacts, type CaseDeadline, type CaseDeadlineKey } from './case-deadlines'
