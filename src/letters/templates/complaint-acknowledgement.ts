import type { LetterTemplate } from '../template'
import { CLOSING_PARAGRAPHS, EU, OTHER, UK, US } from './common'

export const complaintAcknowledgement: LetterTemplate = {
  id: 'complaint-acknowledgement',
  title: 'Acknowledgement of a complaint (DPA 2018 s.164A)',
  whenUsed:
    'Within 30 days of receiving a data-protection complaint (UK, DPA 2018 s.164A): acknowledges it and says how it will be handled.',
  addressee: 'requester',
  regulatorRole: 'complaint',
  subject: [{ text: 'Acknowledgement of your complaint of {{complaint.received}}' }],
  paragraphs: [
    {
      text: 'We acknowledge receipt of your complaint about our handling of your personal data, which we received on {{complaint.received}}. We acknowledge it as section 164A of the Data Protection Act 2018 requires.',
      regimes: UK
    },
    {
      text: 'We acknowledge receipt of your complaint about our handling of your {{law.dataTerm}}, which we received on {{complaint.received}}.',
      regimes: [...EU, ...US, ...OTHER]
    },
    {
      text: 'We will take appropriate steps to respond to your complaint, including making appropriate enquiries into the matters you raise. We will keep you informed of our progress, and when we have concluded we will tell you the outcome.'
    },
    { text: 'We expect to give you the outcome by {{complaint.respondBy}}.', ifPresent: 'complaint.respondBy' },
    {
      text: 'You may also complain to {{regulator.contact}}. The Commissioner will normally expect us to have had the opportunity to respond to your complaint first.',
      regimes: UK
    },
    ...CLOSING_PARAGRAPHS
  ]
}
