import type { LetterTemplate } from '../template'
import { CLOSING_PARAGRAPHS, EU, OTHER, UK, US } from './common'

export const complaintResponse: LetterTemplate = {
  id: 'complaint-response',
  title: 'Response to a complaint',
  whenUsed:
    'When we have concluded a complaint made to us: answers each point, gives the outcome, and says where the complainant may go next.',
  addressee: 'requester',
  regulatorRole: 'complaint',
  subject: [{ text: 'Your complaint of {{complaint.received}}: our response' }],
  paragraphs: [
    {
      text: 'We have completed our consideration of your complaint of {{complaint.received}} about our handling of your {{law.dataTerm}}. We respond below to each point you raised.'
    },
    { text: '{{complaint.points}}' },
    { text: 'Outcome: {{complaint.outcome}}' },
    {
      text: 'This letter tells you the outcome of your complaint, as section 164A of the Data Protection Act 2018 requires. If you remain dissatisfied, you have the right to complain to {{regulator.contact}} (Article 77 UK GDPR), and the right to seek a judicial remedy (Article 79 UK GDPR), including an order of the court under section 167 of the Data Protection Act 2018.',
      regimes: UK
    },
    {
      text: 'If you remain dissatisfied, you have the right to lodge a complaint with a supervisory authority (Article 77 GDPR): {{regulator.contact}}; and the right to an effective judicial remedy (Article 79 GDPR).',
      regimes: EU
    },
    {
      text: 'If you remain dissatisfied, you may refer your complaint to {{regulator.contact}}. Nothing in this letter affects any right you may have to seek a remedy in the courts.',
      regimes: [...US, ...OTHER]
    },
    ...CLOSING_PARAGRAPHS
  ]
}
