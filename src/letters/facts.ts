import type { IsoDate } from '../domain/dates'
import type { Regime } from '../domain/regimes'
import type { Right } from '../domain/rights'
import type { Regulator } from './regulators'

/** A person or body a letter goes to, other than the requester (a recipient of the data, an ICO case officer). */
export interface LetterAddressee {
  name: string
  /** The person to address by name, when there is one ("Dear Ms Smith"); otherwise "Dear Sir or Madam". */
  contactName?: string
  postalAddress?: string
  email?: string
}

/** One point of a complaint and the office's answer to it. */
export interface ComplaintPoint {
  point: string
  response: string
}

/**
 * The plain data a letter needs. Everything but the skeleton (date, reference, regime,
 * requester, organisation, signatory) is optional here: a template that needs a fact the
 * case does not have reports it by name, and the letter shows [[field.name]] where it goes.
 */
export interface LetterFacts {
  /** The day the letter is issued, printed on it. */
  date: IsoDate
  reference: string
  regime: Regime
  /** UK nation, EU member state or US state code, as on the case. */
  jurisdiction?: string
  /** The law's name, when the regime is OTHER. */
  regimeOther?: string
  requester: { name: string; postalAddress?: string; email?: string }
  received?: IsoDate
  /** The response deadline computed for the case. */
  due?: IsoDate
  /** The deadline after an extension. */
  extendedDue?: IsoDate
  rights?: Right[]
  otherRight?: string
  organisation: { name: string; addressLines: string[]; email?: string; phone?: string; website?: string }
  signatory: { name: string; title: string; office?: string }
  /** The body to name for complaints; when absent, the template's default for the regime (see regulators.ts). */
  regulator?: Regulator
  /** Reasons for a refusal or for an extension, one per item. */
  reasons?: string[]
  identity?: { evidence?: string[]; reason?: string }
  clarification?: { questions?: string[]; meanwhile?: string }
  /** The Art. 15 (or CCPA right-to-know) contents of an access response. */
  access?: {
    purposes?: string
    categories?: string
    recipients?: string
    transfers?: string
    retention?: string
    source?: string
    automatedDecisions?: string
  }
  /** What was done to complete a rectification or erasure. */
  completion?: { actions?: string[]; recipientsInformed?: string; backups?: string; retained?: string }
  marketing?: { channels?: string }
  refusal?: { extent?: 'whole' | 'part'; provided?: string }
  /** Art. 19 notice: the recipient of the data who is told of the change. */
  notice?: { recipient?: LetterAddressee; change?: string; confirmBy?: IsoDate }
  complaint?: { received?: IsoDate; respondBy?: IsoDate; points?: ComplaintPoint[]; outcome?: string }
  /** The ICO's case: its reference, the case officer and what the officer asked. */
  ico?: {
    caseReference?: string
    officer?: string
    letterDate?: IsoDate
    replyBy?: IsoDate
    processing?: string
    actions?: string
    remedy?: string
  }
  enclosures?: string[]
  /** Free text the office adds before the closing paragraph. */
  additionalInformation?: string
}
