/** The laws the engine knows, by the name it uses for each (not the app's case regimes). */
export const DEADLINE_REGIMES = [
  'UK-GDPR',
  'EU-GDPR',
  'CCPA',
  'VCDPA',
  'CPA',
  'CAN-SPAM',
  'DPF',
  'PIPEDA',
  'POPIA',
  'LGPD',
  'APP'
] as const
export type DeadlineRegime = (typeof DEADLINE_REGIMES)[number]

export const DEADLINE_ACTIONS = [
  'respond',
  'acknowledge',
  'extension-notice',
  'opt-out',
  'complaint-response',
  'complaint-acknowledge',
  'appeal-response'
] as const
export type DeadlineAction = (typeof DEADLINE_ACTIONS)[number]

export interface ClarificationPause {
  /** The day the office asked for the clarification. */
  requested: string
  /** The day the clarification arrived. */
  received: string
}

export interface DeadlineQuery {
  regime: DeadlineRegime
  action: DeadlineAction
  /** 'YYYY-MM-DD': the day the request, complaint or appeal arrived. */
  received: string
  /** Holiday calendar: 'GB-ENG', 'GB-SCT', 'GB-NIR', 'US', 'FR', 'DE', 'CA', 'ZA', 'BR', 'AU', …; each regime has a default. */
  calendar?: string
  /** The period was extended (complex or numerous requests). */
  extended?: boolean
  identityReceived?: string
  feePaid?: string
  /** Stop-the-clock periods while clarification was awaited. */
  clarifications?: ClarificationPause[]
}

export interface DeadlineResult {
  /** 'YYYY-MM-DD': the last day to act. */
  due: string
  /** The date before moving off a non-working day. */
  unadjusted: string
  /** The day the clock started. */
  start: string
  /** The explanation, one plain-English line per step. */
  steps: string[]
  citation: string
}
