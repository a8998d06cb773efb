/** What a body decided at the end of an escalation. */
export const ESCALATION_OUTCOMES = [
  'no-infringement',
  'informal-resolution',
  'recommendations',
  'arbitration-award',
  'regulatory-action'
] as const
export type EscalationOutcome = (typeof ESCALATION_OUTCOMES)[number]

export const ESCALATION_OUTCOME_LABELS: Record<EscalationOutcome, string> = {
  'no-infringement': 'No infringement',
  'informal-resolution': 'Informal resolution',
  recommendations: 'Recommendations',
  'arbitration-award': 'Arbitration award',
  'regulatory-action': 'Regulatory action'
}

/** The body as it was named when the matter was escalated (the directory may change later). */
export interface EscalationBody {
  id: string
  name: string
  /** The abbreviation used in a sentence: "ICO", "AAA". */
  shortName?: string
}

export interface CaseOfficer {
  name: string
  email: string
  phone: string
}

export interface DocumentsSent {
  date: string
  description: string
}

/**
 * A matter taken to an outside body (the AAA under the DPF, the ICO, an EU
 * supervisory authority…), stored on the case it grew out of.
 */
export interface Escalation {
  /** Unique within the case: 'e1', 'e2'… */
  id: string
  body: EscalationBody
  /** The body's own case reference, e.g. IC-123456-A1B2. */
  bodyReference: string
  /** The day the body's letter reached the office. */
  letterReceived: string
  officer: CaseOfficer
  /** The date the body asks for a reply by, entered from its letter. */
  replyBy?: string
  /** What the body asks the office to explain or do. */
  asks: string
  documentsSent: DocumentsSent[]
  decision?: string
  outcome?: EscalationOutcome
  outcomeDate?: string
}
