/*
 * Checks a deadline query before any arithmetic, so that a wrong fact is
 * reported against its own field and never turned into a wrong date.
 */
import { RULES, type DeadlineRule } from './rules'
import { DEADLINE_ACTIONS, DEADLINE_REGIMES, type ClarificationPause, type DeadlineAction, type DeadlineQuery, type DeadlineRegime } from './types'
import { DeadlineInputError } from './errors'
import { isRealDate } from './calendar-date'
import { resolveCalendar, type HolidayCalendar } from './holidays'

export interface CheckedQuery {
  regime: DeadlineRegime
  action: DeadlineAction
  rule: DeadlineRule
  received: string
  calendar: HolidayCalendar
  extended: boolean
  identityReceived?: string
  feePaid?: string
  clarifications: ClarificationPause[]
}

const FIELD_NAMES: Record<string, string> = {
  received: 'The date received',
  identityReceived: 'The date identity information was received',
  feePaid: 'The date the fee was paid'
}

function checkDate(field: string, value: unknown, what: string): string {
  if (typeof value !== 'string' || value === '') {
    throw new DeadlineInputError(field, `${what} is missing. Enter it as YYYY-MM-DD, e.g. 2026-03-14.`)
  }
  if (!isRealDate(value)) {
    throw new DeadlineInputError(
      field,
      `${what}, '${value}', is not a real date. Enter a date that exists, as YYYY-MM-DD (e.g. 2026-02-28, not 2026-02-30).`
    )
  }
  return value
}

function optionalDate(field: 'identityReceived' | 'feePaid', value: unknown, received: string): string | undefined {
  if (value === undefined || value === null || value === '') return undefined
  const date = checkDate(field, value, FIELD_NAMES[field] ?? field)
  if (date < received) {
    throw new DeadlineInputError(
      field,
      `${FIELD_NAMES[field]} (${date}) is before the request was received (${received}): the clock cannot start before receipt. Correct one of the two dates.`
    )
  }
  return date
}

function checkPauses(value: unknown, received: string): ClarificationPause[] {
  if (value === undefined || value === null) return []
  if (!Array.isArray(value)) throw new DeadlineInputError('clarifications', 'The clarification pauses must be a list.')
  return value.map((pause: { requested?: unknown; received?: unknown } | null, i) => {
    const field = `clarifications[${i}]`
    const requested = checkDate(`${field}.requested`, pause?.requested, `The date clarification ${i + 1} was asked for`)
    const arrived = checkDate(`${field}.received`, pause?.received, `The date clarification ${i + 1} arrived`)
    if (arrived < requested) {
      throw new DeadlineInputError(
        `${field}.received`,
        `Clarification ${i + 1} arrived (${arrived}) before it was asked for (${requested}): a pause cannot end before it starts. Correct one of the two dates.`
      )
    }
    if (requested < received) {
      throw new DeadlineInputError(
        `${field}.requested`,
        `Clarification ${i + 1} was asked for (${requested}) before the request was received (${received}). Correct one of the two dates.`
      )
    }
    return { requested, received: arrived }
  })
}

export function checkQuery(query: DeadlineQuery): CheckedQuery {
  const regime = query?.regime
  if (!(DEADLINE_REGIMES as readonly unknown[]).includes(regime)) {
    throw new DeadlineInputError(
      'regime',
      `The regime '${String(regime)}' is not one the deadline engine knows. Choose one of: ${DEADLINE_REGIMES.join(', ')}.`
    )
  }
  const action = query.action
  if (!(DEADLINE_ACTIONS as readonly unknown[]).includes(action)) {
    throw new DeadlineInputError('action', `The action '${String(action)}' is not known. Choose one of: ${DEADLINE_ACTIONS.join(', ')}.`)
  }
  const ruleAction = action === 'extension-notice' ? 'respond' : action
  const rule = RULES[regime][ruleAction]
  const available = Object.keys(RULES[regime]).concat(RULES[regime].respond?.extension ? ['extension-notice'] : [])
  if (!rule || (action === 'extension-notice' && !rule.extension)) {
    throw new DeadlineInputError(
      'action',
      `${regime} sets no '${action}' deadline. The deadlines it sets are: ${available.join(', ')}.`
    )
  }
  const received = checkDate('received', query.received, FIELD_NAMES.received ?? 'received')
  if (rule.appliesFrom && received < rule.appliesFrom.date) {
    throw new DeadlineInputError(
      'received',
      `No statutory deadline applies: ${rule.appliesFrom.why}, and this one was received on ${received}.`
    )
  }
  const extended = query.extended === true
  if (extended && action === 'respond' && !rule.extension) {
    throw new DeadlineInputError('extended', `${regime} allows no extension of this time limit. Clear the extension on the case.`)
  }
  const calendarCode = query.calendar === undefined || query.calendar === '' ? rule.defaultCalendar : query.calendar
  if (typeof calendarCode !== 'string') throw new DeadlineInputError('calendar', 'The holiday calendar must be a code such as GB-ENG.')
  return {
    regime,
    action,
    rule,
    received,
    calendar: resolveCalendar(calendarCode),
    extended,
    identityReceived: optionalDate('identityReceived', query.identityReceived, received),
    feePaid: optionalDate('feePaid', query.feePaid, received),
    clarifications: checkPauses(query.clarifications, received)
  }
}
