import type { LetterTemplate } from '../template'
import { CCPA, CLOSING_PARAGRAPHS, EU, GDPR, OTHER, UK, US_STATE } from './common'

export const acknowledgement: LetterTemplate = {
  id: 'acknowledgement',
  title: 'Acknowledgement of a request',
  whenUsed:
    'On receipt of a rights request: confirms the date we received it, our reference and the date by which we will respond.',
  addressee: 'requester',
  regulatorRole: 'request',
  subject: [{ text: 'Acknowledgement of your request of {{received}}' }],
  paragraphs: [
    {
      text: 'We acknowledge receipt of your request to exercise {{rights}}, which we received on {{received}}.',
      regimes: [...GDPR, ...CCPA]
    },
    {
      text: 'We acknowledge receipt of your request to exercise {{rights}} under {{law.name}}, which we received on {{received}}.',
      regimes: [...US_STATE, ...OTHER]
    },
    { text: 'We have recorded your request under reference {{reference}}. Please quote it in any correspondence about this request.' },
    {
      text: 'We will respond without undue delay and in any event by {{due}}, within one month of receipt, as Article 12(3) UK GDPR requires. If we need to confirm your identity, the time limit runs from the day we receive the information we need; if we need to ask you to clarify your request so that we can identify the information you want, the time limit is paused until you reply (Article 12A UK GDPR). In either case we will write to you promptly and tell you the revised date.',
      regimes: UK
    },
    {
      text: 'We will respond without undue delay and in any event by {{due}}, within one month of receipt, as Article 12(3) GDPR requires.',
      regimes: EU
    },
    {
      text: 'Where necessary, taking into account the complexity and number of requests, {{law.timeLimit}} allows us to extend that period by a further two months. If we need to do so, we will tell you, with our reasons, by {{due}}.',
      regimes: GDPR
    },
    {
      text: 'This letter confirms receipt of your request, as Cal. Code Regs., tit. 11, § 7021(a) requires. We will respond by {{due}}, within 45 calendar days of receipt (§ 7021(b)). Before we disclose, correct or delete personal information, we must verify your identity (§ 7060); we will use information we already hold where we can. Verification does not extend the time for our response.',
      regimes: CCPA
    },
    {
      text: 'We will act on your request to opt out of the sale or sharing of your personal information as soon as feasibly possible and no later than 15 business days after receipt (Cal. Code Regs., tit. 11, § 7026). We do not require you to verify your identity for that request.',
      regimes: CCPA,
      rights: ['sale-sharing-opt-out']
    },
    {
      text: 'If we need more time, § 7021(b) allows us up to a further 45 calendar days, 90 calendar days in total from receipt. If we need it, we will notify you, with our reasons, by {{due}}.',
      regimes: CCPA
    },
    {
      text: 'We will respond within 45 days of receipt, by {{due}}. {{law.extension}}; if we need to extend it, we will tell you, with our reasons, by {{due}}.',
      regimes: US_STATE
    },
    {
      text: 'We will respond by {{due}}, within {{law.responsePeriod}} of receipt, as {{law.timeLimit}} requires.',
      regimes: OTHER
    },
    {
      text: '{{law.extension}}. If we need to extend it, we will tell you, with our reasons, by {{due}}.',
      regimes: OTHER,
      ifPresent: 'law.extension'
    },
    ...CLOSING_PARAGRAPHS
  ]
}
