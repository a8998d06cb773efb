import { formatDateLong, isIsoDate } from '../domain/dates'

export interface EscalationIssue {
  field: string
  message: string
}

/** Refused input, with one message per field saying what to fix. */
export class EscalationError extends Error {
  constructor(readonly issues: EscalationIssue[]) {
    super(issues.map((i) => i.message).join(' '))
    this.name = 'EscalationError'
  }
}

export const LIMITS = { reference: 100, name: 200, email: 254, phone: 60, asks: 20_000, description: 5_000, decision: 20_000 }
export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/u
const CONTROL_IN_LINE = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/
const CONTROL_IN_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/

/** Collects one message per field, so that a form can show every problem at once. */
export class Checks {
  readonly issues: EscalationIssue[] = []
  add(field: string, message: string) {
    if (!this.issues.some((i) => i.field === field)) this.issues.push({ field, message })
  }
  line(field: string, value: string, what: string, max: number): string {
    const v = value.trim()
    if (v.length > max) this.add(field, `${what} is too long: keep it to ${max} characters or fewer.`)
    else if (CONTROL_IN_LINE.test(v)) this.add(field, `${what} contains a control character (often from pasting). Remove it.`)
    return v
  }
  text(field: string, value: string, what: string, max: number): string {
    const v = value.trim()
    if (v.length > max) this.add(field, `${what} is too long: keep it to ${max.toLocaleString('en-GB')} characters or fewer.`)
    else if (CONTROL_IN_TEXT.test(v)) this.add(field, `${what} contains an invisible control character (often from pasting). Remove it.`)
    return v
  }
  /** A required past-or-today date; false when it is not usable. */
  date(field: string, value: string, what: string, today: string, notBefore?: { date: string; what: string }): boolean {
    const problem =
      value === ''
        ? `Enter the date ${what}.`
        : !isIsoDate(value)
          ? `Enter the date ${what} as a real date, such as 2026-03-14.`
          : value > today
            ? `The date ${what} cannot be in the future (today is ${formatDateLong(today)}).`
            : notBefore && value < notBefore.date
              ? `The date ${what} cannot be before ${notBefore.what} (${formatDateLong(notBefore.date)}).`
              : undefined
    if (problem) this.add(field, problem)
    return problem === undefined
  }
  throwIfAny() {
    if (this.issues.length) throw new EscalationError(this.issues)
  }
}

