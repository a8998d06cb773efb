/*
 * Each regime's time limits as ../shared/DOMAIN.md ("Deadlines") states them.
 * One entry per regime and action; the arithmetic lives in compute.ts.
 */
import type { IsoDate } from '../domain/dates'
import type { DeadlineAction, DeadlineRegime } from './types'

export type Counting =
  /** Calendar months from the start date to the same date (or that month's last day). */
  | { kind: 'calendar-months'; months: number; extendedMonths?: number; dayOfReceipt: 'is day one' | 'is not counted' }
  /** Calendar days after the start date: the start date plus `days`. */
  | { kind: 'calendar-days'; days: number; extendedDays?: number }
  /** Business days after the start date, counted from the next day. */
  | { kind: 'business-days'; days: number }

export interface DeadlineRule {
  /** What the law requires, in one sentence. */
  rule: string
  citation: string
  counting: Counting
  /** Moves a last day that is not a working day to the next working day. */
  roll: boolean
  /** Weekdays that are never working days (0 = Sunday, 6 = Saturday), besides holidays. */
  restDays: readonly number[]
  defaultCalendar: string
  /** What the calendar's holidays are called, in explanations. */
  holidayWord: string
  clockStart: 'receipt' | 'latest of receipt, identity and fee' | 'latest of receipt and particulars'
  stopTheClock: boolean
  extension?: string
  appliesFrom?: { date: IsoDate; why: string }
}

const SAT_SUN = [0, 6] as const
const SUNDAY = [0] as const

const UK_RESPOND: DeadlineRule = {
  rule: 'Respond to the request within one calendar month of the day the clock starts (the ICO counts that day as day one; if the next month has no such date, the month ends on its last day).',
  citation: 'UK GDPR Art. 12(3), 12A; ICO guidance on time limits',
  counting: { kind: 'calendar-months', months: 1, extendedMonths: 3, dayOfReceipt: 'is day one' },
  roll: true,
  restDays: SAT_SUN,
  defaultCalendar: 'GB-ENG',
  holidayWord: 'bank holiday',
  clockStart: 'latest of receipt, identity and fee',
  stopTheClock: true,
  extension: 'extended by two further months for a complex or numerous request (Art. 12(3)): the time limit is three months from the day the clock started, not three months after the first deadline'
}

const EU_RESPOND: DeadlineRule = {
  rule: 'Respond to the request within one month of receipt; the day of receipt is not counted and the month ends on the same date next month, or on that month\'s last day if it has none.',
  citation: 'GDPR Art. 12(3); Regulation (EEC, Euratom) No 1182/71 Art. 3',
  counting: { kind: 'calendar-months', months: 1, extendedMonths: 3, dayOfReceipt: 'is not counted' },
  roll: true,
  restDays: SAT_SUN,
  defaultCalendar: '',
  holidayWord: 'public holiday',
  clockStart: 'receipt',
  stopTheClock: false,
  extension: 'extended by two further months for a complex or numerous request (Art. 12(3)): the time limit is three months from receipt'
}

const US_DAYS = { roll: false, restDays: SAT_SUN, defaultCalendar: 'US', holidayWord: 'federal holiday', clockStart: 'receipt', stopTheClock: false } as const
const US_BUSINESS_DAYS = { ...US_DAYS, roll: true } as const

export const RULES: Record<DeadlineRegime, Partial<Record<DeadlineAction, DeadlineRule>>> = {
  'UK-GDPR': {
    respond: UK_RESPOND,
    'complaint-acknowledge': {
      rule: 'Acknowledge a data protection complaint within 30 days, beginning with the day after it was received.',
      citation: 'DPA 2018 s.164A',
      counting: { kind: 'calendar-days', days: 30 },
      roll: true,
      restDays: SAT_SUN,
      defaultCalendar: 'GB-ENG',
      holidayWord: 'bank holiday',
      clockStart: 'receipt',
      stopTheClock: false,
      appliesFrom: { date: '2026-06-19', why: 'DPA 2018 s.164A applies to complaints received on or after 19 June 2026' }
    }
  },
  'EU-GDPR': { respond: EU_RESPOND },
  CCPA: {
    acknowledge: {
      ...US_BUSINESS_DAYS,
      rule: 'Confirm receipt of a request to know, delete or correct within 10 business days (Monday to Friday, less US federal holidays).',
      citation: '11 CCR §7021(a)',
      counting: { kind: 'business-days', days: 10 }
    },
    respond: {
      ...US_DAYS,
      rule: 'Respond to a request to know, delete or correct within 45 calendar days of receipt. Verifying the consumer does not pause or move this clock.',
      citation: 'Cal. Civ. Code §1798.130(a)(2); 11 CCR §7021(b)',
      counting: { kind: 'calendar-days', days: 45, extendedDays: 90 },
      extension: 'extended by up to 45 more days, 90 in total from receipt, with notice and reasons within the first 45 days'
    },
    'opt-out': {
      ...US_BUSINESS_DAYS,
      rule: 'Comply with a request to opt out of sale or sharing within 15 business days of receipt (no verification may be required).',
      citation: '11 CCR §7026(f)',
      counting: { kind: 'business-days', days: 15 }
    }
  },
  VCDPA: {
    respond: {
      ...US_DAYS,
      rule: 'Respond to the consumer\'s request within 45 days of receipt.',
      citation: 'Va. Code §59.1-577(B)',
      counting: { kind: 'calendar-days', days: 45, extendedDays: 90 },
      extension: 'extended once by 45 more days, 90 in total from receipt, with notice and reasons within the first 45 days'
    },
    'appeal-response': {
      ...US_DAYS,
      rule: 'Tell the consumer in writing what was decided on the appeal within 60 days of receiving it.',
      citation: 'Va. Code §59.1-577(C)',
      counting: { kind: 'calendar-days', days: 60 }
    }
  },
  CPA: {
    respond: {
      ...US_DAYS,
      rule: 'Respond to the consumer\'s request within 45 days of receipt.',
      citation: 'Colo. Rev. Stat. §6-1-1306(2)',
      counting: { kind: 'calendar-days', days: 45, extendedDays: 90 },
      extension: 'extended once by 45 more days, 90 in total from receipt, with notice and reasons within the first 45 days'
    }
  },
  'CAN-SPAM': {
    'opt-out': {
      ...US_BUSINESS_DAYS,
      rule: 'Stop sending commercial email within 10 business days of receiving the opt-out request.',
      citation: '15 U.S.C. §7704(a)(4); 16 CFR §316.2 (business day)',
      counting: { kind: 'business-days', days: 10 }
    }
  },
  DPF: {
    'complaint-response': {
      ...US_DAYS,
      rule: 'Respond to the individual\'s complaint within 45 days of receiving it.',
      citation: 'EU-U.S. Data Privacy Framework Principles, Supplemental Principle III.11(d)(i)',
      counting: { kind: 'calendar-days', days: 45 }
    }
  },
  PIPEDA: {
    respond: {
      rule: 'Respond to the access request within 30 days after receipt.',
      citation: 'PIPEDA s.8(3)–(4); Interpretation Act (R.S.C. 1985, c. I-21) ss.26, 35',
      counting: { kind: 'calendar-days', days: 30, extendedDays: 60 },
      roll: true,
      restDays: SUNDAY,
      defaultCalendar: 'CA',
      holidayWord: 'federal holiday (Interpretation Act s.35)',
      clockStart: 'receipt',
      stopTheClock: false,
      extension: 'extended by up to 30 more days (s.8(4)), with notice within the first 30 days'
    }
  },
  POPIA: {
    respond: {
      rule: 'Respond within 30 days after receipt of the request, or of the particulars required to process it.',
      citation: 'POPIA s.23; PAIA ss.56–57; Interpretation Act 33 of 1957 s.4',
      counting: { kind: 'calendar-days', days: 30, extendedDays: 60 },
      roll: true,
      restDays: SUNDAY,
      defaultCalendar: 'ZA',
      holidayWord: 'public holiday',
      clockStart: 'latest of receipt and particulars',
      stopTheClock: false,
      extension: 'extended once by up to 30 more days (PAIA s.57), with notice within the first 30 days'
    }
  },
  LGPD: {
    respond: {
      rule: 'Provide the full statement of the data within 15 days from the request.',
      citation: 'LGPD (Lei 13.709/2018) Art. 19 II',
      counting: { kind: 'calendar-days', days: 15 },
      roll: true,
      restDays: SUNDAY,
      defaultCalendar: 'BR',
      holidayWord: 'national holiday',
      clockStart: 'receipt',
      stopTheClock: false
    }
  },
  APP: {
    respond: {
      rule: 'Respond to the request for access within 30 days after it is made (the period for agencies; for organisations a "reasonable period", usually 30 days).',
      citation: 'Privacy Act 1988 (Cth) Sch. 1, APP 12.4; Acts Interpretation Act 1901 s.36',
      counting: { kind: 'calendar-days', days: 30 },
      roll: true,
      restDays: SAT_SUN,
      defaultCalendar: 'AU',
      holidayWord: 'public holiday',
      clockStart: 'receipt',
      stopTheClock: false
    }
  }
}
