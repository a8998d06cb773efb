import type { LetterTemplate } from '../template'
import { GDPR, OTHER, US } from './common'

export const noticeToRecipients: LetterTemplate = {
  id: 'notice-to-recipients',
  title: 'Notice to a recipient of the data (Art. 19)',
  whenUsed:
    'After a rectification, erasure or restriction: tells each processor or affiliate that received the data what change was made, so that it makes the same change.',
  addressee: 'notice-recipient',
  regulatorRole: 'request',
  subject: [
    { text: 'Notification under Article 19 {{law.short}}: personal data of {{requester.name}}', regimes: GDPR },
    { text: 'Notification of a consumer request: personal information of {{requester.name}}', regimes: US },
    { text: 'Notification of a change to {{law.dataTerm}}: {{requester.name}}' }
  ],
  paragraphs: [
    {
      text: 'We write, as Article 19 {{law.short}} requires, to notify you of a change we have made to personal data that we disclosed to you, following a request from the individual concerned.',
      regimes: GDPR
    },
    {
      text: 'We write to notify you, as a service provider, contractor or third party to whom we disclosed personal information, of a change we have made to that information following a consumer request under {{law.name}}.',
      regimes: US
    },
    {
      text: 'We write to notify you of a change we have made to {{law.dataTerm}} that we disclosed to you, following a request from the individual concerned under {{law.name}}.',
      regimes: OTHER
    },
    { text: 'Individual concerned: {{requester.name}}' },
    { text: 'Change made: {{notice.change}}' },
    {
      text: 'Please make the corresponding change to every copy of this {{law.dataTerm}} that you hold or process, including copies held by your own sub-processors, and confirm to us in writing by {{notice.confirmBy}} that you have done so.',
      ifPresent: 'notice.confirmBy'
    },
    {
      text: 'Please make the corresponding change to every copy of this {{law.dataTerm}} that you hold or process, including copies held by your own sub-processors, and confirm to us in writing when you have done so.',
      ifAbsent: 'notice.confirmBy'
    },
    {
      text: 'This notice itself contains {{law.dataTerm}}. Please handle it in accordance with our agreement with you, and quote our reference {{reference}} in your reply to the {{signatory.office}}.'
    },
    { text: '{{additionalInformation}}', ifPresent: 'additionalInformation' }
  ]
}
