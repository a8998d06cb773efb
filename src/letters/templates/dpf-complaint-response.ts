import type { LetterTemplate } from '../template'
import { CLOSING_PARAGRAPHS } from './common'

export const dpfComplaintResponse: LetterTemplate = {
  id: 'dpf-complaint-response',
  title: 'Response to a Data Privacy Framework complaint',
  whenUsed:
    'Within 45 days of receiving a complaint under the EU-U.S. Data Privacy Framework (Supplemental Principle III.11(d)(i)): answers each point and names the free AAA recourse mechanism and how to reach it.',
  addressee: 'requester',
  regulatorRole: 'dpf',
  subject: [{ text: 'Your complaint of {{complaint.received}} under the Data Privacy Framework: our response' }],
  paragraphs: [
    {
      text: 'We have completed our consideration of your complaint of {{complaint.received}} concerning our compliance with the EU-U.S. Data Privacy Framework Principles, including, where they apply, the UK Extension to the EU-U.S. Data Privacy Framework and the Swiss-U.S. Data Privacy Framework. Supplemental Principle III.11(d)(i) requires us to respond to a complaint within 45 days of receiving it; this letter is our response.'
    },
    { text: 'We respond below to each point you raised.' },
    { text: '{{complaint.points}}' },
    { text: 'Outcome: {{complaint.outcome}}' },
    {
      text: 'If your complaint has not been resolved to your satisfaction, you may refer it to {{regulator.contact}}. The American Arbitration Association will consider your complaint independently of us.'
    },
    {
      text: 'If your complaint remains unresolved after that, you may, under the conditions set out in Annex I of the Principles, invoke binding arbitration before the Data Privacy Framework Panel.'
    },
    ...CLOSING_PARAGRAPHS
  ]
}
