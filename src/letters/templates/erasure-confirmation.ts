import type { LetterTemplate } from '../template'
import { CCPA, CLOSING_PARAGRAPHS, GDPR, OTHER, US_STATE } from './common'

export const erasureConfirmation: LetterTemplate = {
  id: 'erasure-confirmation',
  title: 'Confirmation of erasure',
  whenUsed:
    'When an erasure (deletion) is complete: says what was erased, what was kept and why, that recipients were told (Art. 19), and what happens to backups.',
  addressee: 'requester',
  regulatorRole: 'request',
  subject: [{ text: 'Your request of {{received}}: erasure of your {{law.dataTerm}}' }],
  paragraphs: [
    {
      text: 'We have completed your request of {{received}} for the erasure of your personal data under Article 17 {{law.short}}. We have taken the following steps:',
      regimes: GDPR
    },
    {
      text: 'We have completed your verified request of {{received}} to delete your personal information under the CCPA (Cal. Civ. Code § 1798.105). We have taken the following steps:',
      regimes: CCPA
    },
    {
      text: 'We have completed your request of {{received}} to delete your {{law.dataTerm}} under {{law.name}}. We have taken the following steps:',
      regimes: [...US_STATE, ...OTHER]
    },
    { text: '{{completion.actions}}' },
    {
      text: 'We have kept the following personal data, because Article 17(3) {{law.short}} does not require its erasure for the reason given: {{completion.retained}}',
      regimes: GDPR,
      ifPresent: 'completion.retained'
    },
    {
      text: 'We have kept the following personal information, as Cal. Civ. Code § 1798.105(d) permits, for the reason given: {{completion.retained}}',
      regimes: CCPA,
      ifPresent: 'completion.retained'
    },
    {
      text: 'We have kept the following {{law.dataTerm}}, as the law permits, for the reason given: {{completion.retained}}',
      regimes: [...US_STATE, ...OTHER],
      ifPresent: 'completion.retained'
    },
    {
      text: 'As Article 19 {{law.short}} requires, we have communicated the erasure to each recipient to whom the personal data had been disclosed, unless that proved impossible or involved disproportionate effort. If you ask, we will tell you who those recipients are.',
      regimes: GDPR
    },
    {
      text: 'We have notified our service providers and contractors to delete your personal information from their records, and the third parties to whom we sold or shared it to do the same, unless that proved impossible or involved disproportionate effort (Cal. Civ. Code § 1798.105(c); Cal. Code Regs., tit. 11, § 7022).',
      regimes: CCPA
    },
    {
      text: 'We have told the processors and third parties to whom we disclosed the {{law.dataTerm}} of the deletion, so that they can make it in their own records.',
      regimes: [...US_STATE, ...OTHER]
    },
    { text: 'The recipients we informed are: {{completion.recipientsInformed}}', ifPresent: 'completion.recipientsInformed' },
    { text: 'Backup copies: {{completion.backups}}', regimes: [...GDPR, ...US_STATE, ...OTHER] },
    {
      text: 'Backup copies: {{completion.backups}} Where personal information is held on archived or backup systems, Cal. Code Regs., tit. 11, § 7022(d) allows its deletion to wait until that system is next restored to an active system, accessed or used.',
      regimes: CCPA
    },
    {
      text: 'We keep a record of your request and of our response to it, as Cal. Code Regs., tit. 11, § 7101 requires; we use that record for no other purpose.',
      regimes: CCPA
    },
    ...CLOSING_PARAGRAPHS
  ]
}
