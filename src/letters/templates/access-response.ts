import type { LetterTemplate } from '../template'
import { CCPA, CLOSING_PARAGRAPHS, GDPR, OTHER, US_STATE } from './common'

export const accessResponse: LetterTemplate = {
  id: 'access-response',
  title: 'Access response (cover letter)',
  whenUsed:
    'Within the period, with the copy of the data: confirms the processing and gives every item of information the law requires (UK GDPR Art. 15; CCPA right to know).',
  addressee: 'requester',
  regulatorRole: 'request',
  subject: [{ text: 'Our response to your {{law.accessRequest}} of {{received}}' }],
  requiresEnclosures: true,
  paragraphs: [
    // UK GDPR / EU GDPR: Article 15(1)–(3).
    {
      text: 'We write in response to your request of {{received}} for access to your personal data under Article 15 {{law.short}}.',
      regimes: GDPR
    },
    {
      text: 'We confirm that {{organisation.name}} processes personal data concerning you. A copy of that personal data is enclosed, as listed at the end of this letter. This first copy is provided free of charge; for any further copies you request, we may charge a reasonable fee based on our administrative costs (Article 15(3) {{law.short}}).',
      regimes: GDPR
    },
    { text: 'Article 15 {{law.short}} also entitles you to the following information about the processing.', regimes: GDPR },
    { text: '(a) The purposes of the processing: {{access.purposes}}', regimes: GDPR },
    { text: '(b) The categories of personal data concerned: {{access.categories}}', regimes: GDPR },
    {
      text: '(c) The recipients or categories of recipient to whom the personal data have been or will be disclosed: {{access.recipients}}',
      regimes: GDPR
    },
    {
      text: '(d) Transfers to third countries or international organisations, and the appropriate safeguards for them (Article 15(2) {{law.short}}): {{access.transfers}}',
      regimes: GDPR
    },
    {
      text: '(e) The period for which the personal data will be stored or, if that is not possible, the criteria used to determine that period: {{access.retention}}',
      regimes: GDPR
    },
    { text: '(f) Where the personal data were not collected from you, their source: {{access.source}}', regimes: GDPR },
    {
      text: '(g) The existence of automated decision-making, including profiling, and, where it exists, meaningful information about the logic involved and its significance and envisaged consequences for you: {{access.automatedDecisions}}',
      regimes: GDPR
    },
    {
      text: 'You have the right to ask us to rectify inaccurate personal data (Article 16), to erase personal data (Article 17) and to restrict its processing (Article 18), and the right to object to its processing (Article 21), in each case as those articles of the {{law.short}} provide.',
      regimes: GDPR
    },
    {
      text: 'You also have the right to lodge a complaint with a supervisory authority (Article 77 {{law.short}}): {{regulator.contact}}.',
      regimes: GDPR
    },

    // CCPA: Cal. Civ. Code §§ 1798.110, 1798.115, 1798.100(a)(3).
    {
      text: 'We write in response to your verified request to know of {{received}}, made under the CCPA (Cal. Civ. Code §§ 1798.110 and 1798.115).',
      regimes: CCPA
    },
    {
      text: 'The specific pieces of personal information we have collected about you are enclosed, as listed at the end of this letter. We provide this response free of charge. The CCPA also entitles you to the following information.',
      regimes: CCPA
    },
    { text: '(a) The categories of personal information we have collected about you: {{access.categories}}', regimes: CCPA },
    { text: '(b) The categories of sources from which it was collected: {{access.source}}', regimes: CCPA },
    { text: '(c) The business or commercial purposes for collecting, selling or sharing it: {{access.purposes}}', regimes: CCPA },
    {
      text: '(d) The categories of third parties to whom we disclose it, and the categories of personal information we have sold, shared or disclosed for a business purpose: {{access.recipients}}',
      regimes: CCPA
    },
    {
      text: '(e) How long we intend to retain each category of personal information, or the criteria we use to determine that period: {{access.retention}}',
      regimes: CCPA
    },
    { text: '(f) Transfers outside the United States: {{access.transfers}}', regimes: CCPA, ifPresent: 'access.transfers' },
    { text: '(g) Automated decision-making: {{access.automatedDecisions}}', regimes: CCPA, ifPresent: 'access.automatedDecisions' },
    {
      text: 'You also have the right to request that we delete (Cal. Civ. Code § 1798.105) or correct (§ 1798.106) your personal information, to opt out of its sale or sharing (§ 1798.120) and to limit the use and disclosure of sensitive personal information (§ 1798.121). We will not discriminate against you for exercising any of these rights (§ 1798.125).',
      regimes: CCPA
    },
    { text: 'If you believe we have not complied with the CCPA, you may contact {{regulator.contact}}.', regimes: CCPA },

    // Other US states, and other regimes.
    {
      text: 'We write in response to your request of {{received}} for access to your {{law.dataTerm}} under {{law.name}}.',
      regimes: [...US_STATE, ...OTHER]
    },
    {
      text: 'We confirm that {{organisation.name}} processes {{law.dataTerm}} concerning you. A copy of that {{law.dataTerm}} is enclosed, as listed at the end of this letter, free of charge. We also give you the following information about the processing.',
      regimes: [...US_STATE, ...OTHER]
    },
    { text: '(a) The purposes of the processing: {{access.purposes}}', regimes: [...US_STATE, ...OTHER] },
    { text: '(b) The categories of {{law.dataTerm}} concerned: {{access.categories}}', regimes: [...US_STATE, ...OTHER] },
    { text: '(c) The third parties or categories of third party to whom it is disclosed: {{access.recipients}}', regimes: [...US_STATE, ...OTHER] },
    { text: '(d) Transfers to other countries, and the safeguards for them: {{access.transfers}}', regimes: [...US_STATE, ...OTHER] },
    { text: '(e) How long it will be kept, or the criteria used to decide: {{access.retention}}', regimes: [...US_STATE, ...OTHER] },
    { text: '(f) Its source, where it was not collected from you: {{access.source}}', regimes: [...US_STATE, ...OTHER] },
    { text: '(g) Automated decision-making, including profiling: {{access.automatedDecisions}}', regimes: [...US_STATE, ...OTHER] },
    {
      text: 'You may also ask us to correct or delete your {{law.dataTerm}}. If you disagree with our response, you may appeal by writing to us, quoting our reference; we will tell you the outcome of your appeal in writing, and how to contact your state Attorney General if we deny it.',
      regimes: US_STATE
    },
    {
      text: 'You may also ask us to correct or delete your {{law.dataTerm}}. If you are dissatisfied with our response, you may complain to {{regulator.contact}}.',
      regimes: OTHER
    },
    ...CLOSING_PARAGRAPHS
  ]
}
