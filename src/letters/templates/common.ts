import type { Regime } from '../../domain/regimes'
import type { TemplateText } from '../template'

export { GDPR_REGIMES as GDPR, US_REGIMES as US, OTHER_REGIMES as OTHER } from '../laws'
export const UK: readonly Regime[] = ['UK-GDPR']
export const EU: readonly Regime[] = ['EU-GDPR']
export const CCPA: readonly Regime[] = ['CCPA']
export const US_STATE: readonly Regime[] = ['US-STATE']

/** The last paragraphs of a letter to the requester: the office's added text, then how to reach us. */
export const CLOSING_PARAGRAPHS: readonly TemplateText[] = [
  { text: '{{additionalInformation}}', ifPresent: 'additionalInformation' },
  {
    text: 'If you have any questions, please contact the {{signatory.office}} at {{organisation.email}}, quoting our reference {{reference}}.',
    ifPresent: 'organisation.email'
  },
  {
    text: 'If you have any questions, please write to the {{signatory.office}} at the address above, quoting our reference {{reference}}.',
    ifAbsent: 'organisation.email'
  }
]
