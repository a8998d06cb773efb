import type { LetterTemplate } from '../template'
import { CLOSING_PARAGRAPHS, EU, OTHER, UK, US } from './common'

export const clarificationRequest: LetterTemplate = {
  id: 'clarification-request',
  title: 'Request for clarification',
  whenUsed:
    'Only when we need the requester to clarify the request to identify the information: says what to clarify, what happens to the time limit, and what we provide meanwhile.',
  addressee: 'requester',
  regulatorRole: 'request',
  subject: [{ text: 'Your request of {{received}}: clarification needed' }],
  paragraphs: [
    {
      text: 'We are dealing with your request of {{received}}. So that we can identify the {{law.dataTerm}} you have asked for, we need you to clarify the following:'
    },
    { text: '{{clarification.questions}}' },
    {
      text: 'Article 12A UK GDPR allows us to pause the time limit for our response while we wait for information we reasonably require to identify the information you have asked for. The time limit is paused from the date of this letter, {{date}}, until the day we receive your reply; the days in between do not count. When your reply arrives, we will confirm the revised date by which we will respond.',
      regimes: UK
    },
    {
      text: 'Where we process a large quantity of information about a person, we may ask that person to specify the information or processing activities to which a request relates (Recital 63 GDPR). The time limit under Article 12(3) GDPR is not suspended while we wait: please reply as soon as you can, so that we can respond by {{due}}. If we need to extend that period, we will tell you, with our reasons.',
      regimes: EU
    },
    {
      text: 'The time for our response is not paused while we wait for your reply: it remains due by {{due}}. Please reply as soon as you can, so that we can give you a complete response.',
      regimes: US
    },
    {
      text: 'Please reply as soon as you can, so that we can respond by {{due}}.',
      regimes: OTHER
    },
    { text: 'While we wait for your reply: {{clarification.meanwhile}}' },
    ...CLOSING_PARAGRAPHS
  ]
}
