import type { LetterTemplate } from '../template'
import { CCPA, CLOSING_PARAGRAPHS, GDPR, OTHER, US_STATE } from './common'

export const rectificationConfirmation: LetterTemplate = {
  id: 'rectification-confirmation',
  title: 'Confirmation of rectification',
  whenUsed:
    'When a rectification (correction) is complete: says what was corrected, that recipients were told (Art. 19), and what happens to backups.',
  addressee: 'requester',
  regulatorRole: 'request',
  subject: [{ text: 'Your request of {{received}}: correction of your {{law.dataTerm}}' }],
  paragraphs: [
    {
      text: 'We have completed your request of {{received}} for the rectification of your personal data under Article 16 {{law.short}}. We have made the following changes:',
      regimes: GDPR
    },
    {
      text: 'We have completed your request of {{received}} to correct inaccurate personal information under the CCPA (Cal. Civ. Code § 1798.106). We have made the following corrections:',
      regimes: CCPA
    },
    {
      text: 'We have completed your request of {{received}} to correct your {{law.dataTerm}} under {{law.name}}. We have made the following corrections:',
      regimes: [...US_STATE, ...OTHER]
    },
    { text: '{{completion.actions}}' },
    {
      text: 'As Article 19 {{law.short}} requires, we have communicated the rectification to each recipient to whom the personal data had been disclosed, unless that proved impossible or involved disproportionate effort. If you ask, we will tell you who those recipients are.',
      regimes: GDPR
    },
    {
      text: 'As Cal. Code Regs., tit. 11, § 7023 requires, we have corrected the information in our systems and instructed our service providers and contractors that maintain it to make the same corrections, and we have put measures in place so that it remains corrected.',
      regimes: CCPA
    },
    {
      text: 'We have told the processors and third parties to whom we disclosed the {{law.dataTerm}} of the correction, so that they can make it in their own records.',
      regimes: [...US_STATE, ...OTHER]
    },
    { text: 'The recipients we informed are: {{completion.recipientsInformed}}', ifPresent: 'completion.recipientsInformed' },
    { text: 'Backup copies: {{completion.backups}}' },
    { text: 'If you consider that any of your {{law.dataTerm}} remains inaccurate or incomplete, please tell us, quoting our reference.' },
    ...CLOSING_PARAGRAPHS
  ]
}
