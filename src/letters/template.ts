import type { Regime } from '../domain/regimes'
import type { Right } from '../domain/rights'
import type { RegulatorRole } from './regulators'

/**
 * A piece of template text with the conditions under which it is used. Text holds merge
 * fields as {{field.name}}; a paragraph that is exactly one list field ({{reasons}})
 * becomes one paragraph per item.
 */
export interface TemplateText {
  text: string
  /** Used only for these regimes. */
  regimes?: readonly Regime[]
  /** Used only when the case includes one of these rights. */
  rights?: readonly Right[]
  /** Used only when this field has a value: an optional paragraph, not a hole when absent. */
  ifPresent?: string
  /** Used only when this field has no value (the alternative to an ifPresent paragraph). */
  ifAbsent?: string
  /** Used only for a refusal of this extent. */
  refusal?: 'whole' | 'part'
}

export type Addressee = 'requester' | 'notice-recipient' | 'regulator'

export interface LetterTemplate {
  id: string
  title: string
  /** When the office sends it, for the template list. */
  whenUsed: string
  addressee: Addressee
  /** Which body {{regulator.*}} means when the facts name none. */
  regulatorRole: RegulatorRole
  /** The first subject whose conditions hold is used. */
  subject: readonly TemplateText[]
  /** The addressee's own reference, printed after ours. */
  theirReference?: string
  paragraphs: readonly TemplateText[]
  /** Enclosures the template always lists; the case's own enclosures follow. */
  enclosures?: readonly string[]
  /** The letter says something is enclosed: no enclosures is a hole. */
  requiresEnclosures?: boolean
}
