import type { LetterTemplate } from '../template'
import { CLOSING_PARAGRAPHS, GDPR, OTHER, UK, US } from './common'

export const marketingOptOut: LetterTemplate = {
  id: 'marketing-opt-out',
  title: 'Confirmation of marketing opt-out',
  whenUsed:
    'At once, on an objection to marketing: confirms that marketing has stopped and that the details are kept on a suppression list so that it stays stopped.',
  addressee: 'requester',
  regulatorRole: 'request',
  subject: [{ text: 'Your request of {{received}} to stop marketing' }],
  paragraphs: [
    {
      text: 'We received your objection to direct marketing on {{received}}. As Article 21(3) {{law.short}} requires, we have stopped processing your personal data for direct marketing purposes. There are no grounds on which we may refuse such an objection.',
      regimes: GDPR
    },
    {
      text: 'We will not send you electronic marketing by email, text message or telephone, as the Privacy and Electronic Communications (EC Directive) Regulations 2003 also require.',
      regimes: UK
    },
    {
      text: 'We received your request to stop receiving marketing communications on {{received}}. We have removed you from our marketing lists. For commercial email, the CAN-SPAM Act (15 U.S.C. § 7704(a)(4)) requires us to honor your request within 10 business days of receipt; we have done so.',
      regimes: US
    },
    {
      text: 'We received your request to stop receiving marketing communications on {{received}}. We have stopped using your {{law.dataTerm}} for direct marketing.',
      regimes: OTHER
    },
    { text: 'Your request covers marketing by: {{marketing.channels}}', ifPresent: 'marketing.channels' },
    {
      text: 'So that the marketing stays stopped, we will keep your name and contact details on a suppression list. We use that list only to make sure that we do not send you marketing in future, and we hold on it no more than is needed for that purpose.'
    },
    {
      text: 'We will continue to send you messages that are necessary for any service you have with us, such as service notices and statements; these are not marketing. If you later wish to receive marketing from us again, you may tell us at any time.'
    },
    ...CLOSING_PARAGRAPHS
  ]
}
