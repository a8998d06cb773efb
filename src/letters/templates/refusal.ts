import type { LetterTemplate } from '../template'
import { CCPA, CLOSING_PARAGRAPHS, EU, GDPR, OTHER, UK, US_STATE } from './common'

export const refusal: LetterTemplate = {
  id: 'refusal',
  title: 'Refusal (in full or in part)',
  whenUsed:
    'Within the period, when we refuse a request in whole or in part: gives the reasons, the right to complain to the regulator and the right to a judicial remedy.',
  addressee: 'requester',
  regulatorRole: 'request',
  subject: [{ text: 'Your request of {{received}}: our decision' }],
  paragraphs: [
    {
      text: 'We have considered your request of {{received}} to exercise {{rights}}. We have decided that we cannot comply with it, for the reasons set out below.',
      refusal: 'whole'
    },
    {
      text: 'We have considered your request of {{received}} to exercise {{rights}}. We have complied with it in part: {{refusal.provided}}',
      refusal: 'part'
    },
    { text: 'We cannot comply with the remainder of your request, for the reasons set out below.', refusal: 'part' },
    {
      text: 'We have considered your request of {{received}} to exercise {{rights}}, and we have decided to refuse it {{refusal.extent}}, for the reasons set out below.',
      ifAbsent: 'refusal.extent'
    },
    { text: '{{reasons}}' },
    {
      text: 'We give you this information as Article 12(4) {{law.short}} requires. If you are dissatisfied with our decision, you have the right to lodge a complaint with a supervisory authority (Article 77 {{law.short}}): {{regulator.contact}}.',
      regimes: GDPR
    },
    {
      text: 'You also have the right to seek a judicial remedy (Article 79 UK GDPR), including by applying to the court under section 167 of the Data Protection Act 2018 for an order requiring us to comply with your request.',
      regimes: UK
    },
    { text: 'You also have the right to an effective judicial remedy against us before the courts (Article 79 GDPR).', regimes: EU },
    {
      text: 'We give you this explanation as the CCPA regulations require (Cal. Code Regs., tit. 11, §§ 7022–7024). If you are dissatisfied with our decision, you may contact {{regulator.contact}}. Nothing in this letter affects any right you may have to seek a remedy in the courts.',
      regimes: CCPA
    },
    {
      text: 'You may appeal our decision by writing to us, quoting our reference. We will tell you in writing the outcome of your appeal and the reasons for it and, if we deny it, how to contact your state Attorney General to submit a complaint.',
      regimes: US_STATE
    },
    {
      text: 'You may also refer the matter to {{regulator.contact}}. Nothing in this letter affects any right you may have to seek a remedy in the courts.',
      regimes: US_STATE
    },
    {
      text: 'If you are dissatisfied with our decision, you have the right to complain to {{regulator.contact}}, and the right to seek a remedy before the courts.',
      regimes: OTHER
    },
    { text: 'You may also ask us to review this decision by writing to us, quoting our reference.', regimes: [...GDPR, ...CCPA, ...OTHER] },
    ...CLOSING_PARAGRAPHS
  ]
}
