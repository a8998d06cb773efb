/*
 * The deadlines a case carries, from the facts the office recorded: which
 * statutory time limits apply to its kind, regime and rights, each computed
 * by computeDeadline with the case's holiday calendar.
 */
import type { CaseKind } from '../domain/case'
import { EU_MEMBER_STATES, UK_NATIONS, US_STATE_LAWS, type Regime } from '../domain/regimes'
import type { Right } from '../domain/rights'
import { longDate } from './calendar-date'
import { computeDeadline } from './compute'
import { DeadlineInputError } from './errors'
import { RULES } from './rules'
import type { ClarificationPause, DeadlineQuery, DeadlineRegime, DeadlineResult } from './types'

export interface CaseFacts {
  kind: CaseKind
  regime: Regime
  /** UK nation ('GB-ENG' | 'GB-SCT' | 'GB-NIR'), EU member state code or US state code. */
  jurisdiction: string
  rights: readonly Right[]
  received: string
  identityReceived?: string
  feePaid?: string
  clarifications?: ClarificationPause[]
  extended?: boolean
}

export type CaseDeadlineKey =
  | 'respond'
  | 'acknowledge'
  | 'extension-notice'
  | 'opt-out'
  | 'marketing-opt-out'
  | 'complaint-acknowledge'
  | 'complaint-response'

export interface CaseDeadline {
  key: CaseDeadlineKey
  label: string
  result: DeadlineResult
}

const DPA_164A_FROM = '2026-06-19'
const OPT_OUTS: readonly Right[] = ['marketing-opt-out', 'sale-sharing-opt-out']

/** The engine's regime and holiday calendar for a case's regime and jurisdiction. */
export function engineRegimeFor(regime: Regime, jurisdiction: string): { regime: DeadlineRegime; calendar: string } | undefined {
  switch (regime) {
    case 'UK-GDPR':
      if (!(jurisdiction in UK_NATIONS)) {
        throw new DeadlineInputError('jurisdiction', 'Choose the UK nation (England and Wales, Scotland or Northern Ireland): its bank holidays decide the deadline.')
      }
      return { regime: 'UK-GDPR', calendar: jurisdiction }
    case 'EU-GDPR':
      if (!(jurisdiction in EU_MEMBER_STATES)) {
        throw new DeadlineInputError('jurisdiction', 'Choose the member state: its public holidays decide the deadline.')
      }
      return { regime: 'EU-GDPR', calendar: jurisdiction }
    case 'US-STATE': {
      const law = US_STATE_LAWS[jurisdiction as keyof typeof US_STATE_LAWS]
      if (!law) throw new DeadlineInputError('jurisdiction', 'Choose the US state whose privacy law applies.')
      return { regime: law.engine, calendar: 'US' }
    }
    case 'CCPA':
      return { regime: 'CCPA', calendar: 'US' }
    case 'PIPEDA':
    case 'POPIA':
    case 'LGPD':
    case 'APP':
      return { regime, calendar: RULES[regime].respond?.defaultCalendar ?? '' }
    default:
      return undefined
  }
}

/** UK GDPR Art. 21(3) and PECR: a marketing objection has no period; marketing stops at once. */
function stopMarketingAtOnce(regime: 'UK-GDPR' | 'EU-GDPR', received: string): DeadlineResult {
  const citation = regime === 'UK-GDPR' ? 'UK GDPR Art. 21(2)–(3); PECR regs. 22–23' : 'GDPR Art. 21(2)–(3); Directive 2002/58/EC Art. 13'
  return {
    due: received,
    unadjusted: received,
    start: received,
    citation,
    steps: [
      `Rule: an objection to direct marketing has no fixed period and no grounds to refuse it: marketing must stop at once (${citation}).`,
      `Received on ${longDate(received)}.`,
      'Stop all marketing to this person now, and keep their details on the suppression list so that it stays stopped.',
      `Deadline: ${longDate(received)}, the day it was received.`
    ]
  }
}

function plan(facts: CaseFacts): { deadlines: CaseDeadline[]; notes: string[] } {
  const deadlines: CaseDeadline[] = []
  const notes: string[] = []
  const target = engineRegimeFor(facts.regime, facts.jurisdiction)
  if (!target) {
    notes.push('No statutory deadline is computed for a case under "Other": the engine knows no time limit for that law.')
    return { deadlines, notes }
  }
  const base: DeadlineQuery = { regime: target.regime, action: 'respond', received: facts.received, calendar: target.calendar }
  const add = (key: CaseDeadlineKey, label: string, query: Partial<DeadlineQuery>) =>
    deadlines.push({ key, label, result: computeDeadline({ ...base, ...query }) })

  if (facts.kind === 'complaint') {
    if (target.regime === 'UK-GDPR') {
      if (facts.received >= DPA_164A_FROM) add('complaint-acknowledge', 'Acknowledge the complaint', { action: 'complaint-acknowledge' })
      else notes.push('DPA 2018 s.164A (acknowledge a complaint within 30 days) applies only to complaints received on or after 19 June 2026.')
    }
    if (['UK-GDPR', 'EU-GDPR', 'CCPA', 'VCDPA', 'CPA'].includes(target.regime)) {
      add('complaint-response', 'Respond to the complaint (DPF: 45 days)', { regime: 'DPF', action: 'complaint-response', calendar: 'US' })
      notes.push('The 45-day complaint response is the Data Privacy Framework\'s (and its UK Extension\'s): it binds where the complaint concerns data the company handles under the DPF, with the AAA as the free recourse mechanism.')
    } else {
      notes.push(`No statutory time limit applies to answering a complaint made to the organisation under ${facts.regime}.`)
    }
    return { deadlines, notes }
  }

  const clock = {
    identityReceived: facts.identityReceived,
    feePaid: facts.feePaid,
    clarifications: facts.clarifications,
    extended: facts.extended === true
  }
  const rights = facts.rights
  const marketing = rights.includes('marketing-opt-out')
  const substantive = rights.length === 0 || rights.some((r) => !OPT_OUTS.includes(r))

  if (target.regime === 'CCPA') {
    if (substantive) {
      add('acknowledge', 'Confirm receipt of the request', { action: 'acknowledge' })
      add('respond', 'Respond to the request', { ...clock })
      if (facts.extended) add('extension-notice', 'Send the extension notice', { ...clock, action: 'extension-notice' })
    } else {
      notes.push('The request asks only to opt out: no confirmation of receipt or 45-day response applies, only the opt-out deadlines.')
    }
    if (rights.includes('sale-sharing-opt-out')) add('opt-out', 'Stop selling or sharing the personal information', { action: 'opt-out' })
  } else {
    add('respond', 'Respond to the request', { ...clock })
    if (facts.extended) add('extension-notice', 'Send the extension notice', { ...clock, action: 'extension-notice' })
  }

  if (marketing) {
    if (target.regime === 'UK-GDPR' || target.regime === 'EU-GDPR') {
      deadlines.push({ key: 'marketing-opt-out', label: 'Stop marketing', result: stopMarketingAtOnce(target.regime, facts.received) })
    } else if (target.regime === 'CCPA' || target.regime === 'VCDPA' || target.regime === 'CPA') {
      add('marketing-opt-out', 'Stop marketing emails', { regime: 'CAN-SPAM', action: 'opt-out', calendar: 'US' })
    } else {
      notes.push(`No separate statutory period for stopping marketing is computed under ${facts.regime}: it is handled within the response.`)
    }
  }
  return { deadlines, notes }
}

/** The statutory deadlines that apply to a case; an empty list when none does (see caseDeadlineNotes). */
export function caseDeadlines(facts: CaseFacts): CaseDeadline[] {
  return plan(facts).deadlines
}

/** Plain-English notes on deadlines that do not apply to a case, and why (e.g. the "Other" regime). */
export function caseDeadlineNotes(facts: CaseFacts): string[] {
  return plan(facts).notes
}
