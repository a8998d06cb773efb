import type { LetterTemplate } from '../template'
import { CCPA, CLOSING_PARAGRAPHS, GDPR, OTHER, US_STATE } from './common'

export const extensionNotice: LetterTemplate = {
  id: 'extension-notice',
  title: 'Extension of the time to respond',
  whenUsed:
    'Within the first period, when the request is complex or numerous: says that the period is extended, the reasons and the new date.',
  addressee: 'requester',
  regulatorRole: 'request',
  subject: [{ text: 'Your request of {{received}}: extension of the time for our response' }],
  paragraphs: [
    {
      text: 'We are writing about your request of {{received}}, to which our response is due by {{due}}. {{law.extension}}. We are extending the period, for the following reasons:',
      regimes: [...GDPR, ...OTHER]
    },
    {
      text: 'We are writing about your request of {{received}}, to which our response is due by {{due}}. {{law.extension}}. We need the additional time for the following reasons:',
      regimes: [...CCPA, ...US_STATE]
    },
    { text: '{{reasons}}' },
    { text: 'We will now respond by {{extendedDue}}. If we are able to respond sooner, we will do so.' },
    {
      text: 'If you are dissatisfied with this extension, you have the right to lodge a complaint with {{regulator.contact}}.',
      regimes: GDPR
    },
    {
      text: 'You have the right to make a complaint to the Privacy Commissioner of Canada about this extension (section 8(4) of PIPEDA).',
      regimes: ['PIPEDA']
    },
    {
      text: 'You may lodge a complaint with the Information Regulator, or apply to a court, against this extension (section 57 of PAIA).',
      regimes: ['POPIA']
    },
    ...CLOSING_PARAGRAPHS
  ]
}
