import type { LetterTemplate } from '../template'
import { CCPA, CLOSING_PARAGRAPHS, EU, GDPR, OTHER, UK, US_STATE } from './common'

export const identityVerification: LetterTemplate = {
  id: 'identity-verification',
  title: 'Request for proof of identity',
  whenUsed:
    "Only when the requester's identity is genuinely in doubt: says what proof we need and why, and when the time limit starts.",
  addressee: 'requester',
  regulatorRole: 'request',
  subject: [{ text: 'Your request of {{received}}: confirmation of your identity' }],
  paragraphs: [
    {
      text: 'Thank you for your request of {{received}}. Before we can act on it, we must be satisfied that you are the person to whom the personal data relates, so that we do not disclose or alter another person\'s information. Where we have reasonable doubts about the identity of the person making a request, Article 12(6) {{law.short}} allows us to ask for the additional information necessary to confirm it.',
      regimes: GDPR
    },
    {
      text: 'Thank you for your request of {{received}}. Before we disclose, correct or delete personal information, we must verify that you are the consumer about whom we hold it (Cal. Code Regs., tit. 11, § 7060). We ask only for the information we need for that purpose.',
      regimes: CCPA
    },
    {
      text: 'Thank you for your request of {{received}}. Before we act on it, {{law.name}} requires us to authenticate your request using commercially reasonable efforts, so that we do not disclose or alter another person\'s information.',
      regimes: US_STATE
    },
    {
      text: 'Thank you for your request of {{received}}. Before we can act on it, we must be satisfied that you are the person to whom the personal information relates, so that we do not disclose or alter another person\'s information.',
      regimes: OTHER
    },
    { text: 'We are asking for this because {{identity.reason}}.' },
    { text: 'Please send us the following:' },
    { text: '{{identity.evidence}}' },
    {
      text: 'Copies are sufficient: please do not send original documents. We will use what you send only to confirm your identity, and we will securely delete it once we have done so.'
    },
    {
      text: 'The one-month time limit for our response begins on the day we receive this information (Article 12A UK GDPR). We will confirm the date by which we will respond when it arrives. Until then, we cannot act on your request.',
      regimes: UK
    },
    {
      text: 'The one-month time limit for our response under Article 12(3) GDPR runs from the day we receive this information. We will confirm the date by which we will respond when it arrives. Until then, we cannot act on your request.',
      regimes: EU
    },
    {
      text: 'Verification does not extend the time for our response: it remains due by {{due}}. If we cannot verify your identity by then, we will tell you and explain why we cannot comply with your request.',
      regimes: CCPA
    },
    {
      text: 'Our response remains due by {{due}}. If we cannot authenticate your request, we will tell you and explain what further information we need.',
      regimes: US_STATE
    },
    {
      text: 'The time limit for our response runs from the day we receive this information. We will confirm the date by which we will respond when it arrives.',
      regimes: OTHER
    },
    ...CLOSING_PARAGRAPHS
  ]
}
