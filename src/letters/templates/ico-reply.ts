import type { LetterTemplate } from '../template'

export const icoReply: LetterTemplate = {
  id: 'ico-reply',
  title: 'Reply to the ICO',
  whenUsed:
    "By the date the ICO case officer set: explains how the complainant's data was processed, what we have done and how we are putting things right.",
  addressee: 'regulator',
  regulatorRole: 'ico',
  subject: [{ text: 'Complaint by {{requester.name}}: your reference {{ico.reference}}' }],
  theirReference: '{{ico.reference}}',
  paragraphs: [
    {
      text: "Thank you for your letter of {{ico.letterDate}} about the complaint made to you by {{requester.name}} concerning {{organisation.name}}'s handling of their personal data. You asked us to reply by {{ico.replyBy}}. We set out our response below."
    },
    { text: '1. How we processed the personal data: {{ico.processing}}' },
    { text: '2. What we have done in response to the complaint: {{ico.actions}}' },
    { text: '3. How we are putting matters right: {{ico.remedy}}' },
    { text: '{{additionalInformation}}', ifPresent: 'additionalInformation' },
    {
      text: 'Our reference for this matter is {{reference}}. If you need anything further, please contact {{signatory.name}} at {{organisation.email}}.',
      ifPresent: 'organisation.email'
    },
    {
      text: 'Our reference for this matter is {{reference}}. If you need anything further, please write to {{signatory.name}} at the address above.',
      ifAbsent: 'organisation.email'
    }
  ]
}
