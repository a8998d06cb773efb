import type { LetterFacts } from './facts'
import type { TemplateId } from './templates'

/**
 * Built-in sample cases, for whoever edits templates: every template composed from them
 * is complete (no [[holes]]). Names in Greek, Polish and Cyrillic script, and one very
 * long address, check that any script renders and that long lines wrap.
 */
const organisation: LetterFacts['organisation'] = {
  name: 'Northwind Holdings plc',
  addressLines: ['Legal Department – Privacy Office', '1 Riverside Walk', 'London SE1 9PX', 'United Kingdom'],
  email: 'privacy@northwind.example',
  phone: '+44 20 7946 0000'
}
const signatory: LetterFacts['signatory'] = { name: 'Margaret Ashworth', title: 'Data Protection Officer' }

const shared: Omit<LetterFacts, 'regime' | 'requester' | 'reference' | 'date'> = {
  organisation,
  signatory,
  received: '2026-09-03',
  due: '2026-10-05',
  extendedDue: '2026-12-03',
  rights: ['access', 'erasure'],
  identity: {
    reason: 'the email address you wrote from does not match the one we hold for your account',
    evidence: [
      'a copy of one document bearing your photograph, such as a passport or driving licence; and',
      'a copy of a utility bill or bank statement dated within the last three months that shows your current address.'
    ]
  },
  clarification: {
    questions: [
      'the period your request covers (for example, the years in which you held an account with us); and',
      'whether your request includes recordings of telephone calls to our customer service centre.'
    ],
    meanwhile: 'we are collating the account records and correspondence that your request clearly covers, and we will send them to you with our response.'
  },
  access: {
    purposes: 'administering your customer account, processing payments, handling your enquiries and complaints, and meeting our legal and regulatory obligations.',
    categories: 'identity and contact details; account and transaction history; correspondence with us; records of calls to our customer service centre.',
    recipients: 'our payment processor, our IT hosting provider and our professional advisers, each under a written contract; and HM Revenue & Customs, where the law requires.',
    transfers: 'our IT hosting provider stores backups in the United States under the UK Extension to the EU-U.S. Data Privacy Framework; no other transfers are made.',
    retention: 'six years after your account closes, to meet our obligations under tax and company law; call recordings are kept for 12 months.',
    source: 'all the personal data we hold was provided by you, except your credit reference, which we obtained from a credit reference agency when you opened your account.',
    automatedDecisions: 'we do not make decisions about you based solely on automated processing, including profiling.'
  },
  completion: {
    actions: [
      'we have erased your customer profile, order history and marketing preferences from our live systems; and',
      'we have closed your online account and deleted its login credentials.'
    ],
    backups: 'our backups are overwritten on a rolling 35-day cycle. Until then your data remains in encrypted backups, which are not used for any purpose other than disaster recovery.',
    retained: 'invoices issued to you in the last six years, which we must keep under the Companies Act 2006 and tax law.'
  },
  marketing: { channels: 'email, post, telephone and text message.' },
  reasons: [
    'your request concerns records held across four separate systems, two of which are archived and must be restored before they can be searched; and',
    'you have made three related requests, which we are handling together.'
  ],
  refusal: {
    extent: 'part',
    provided: 'we enclose a copy of your personal data held in our customer and billing systems.'
  },
  notice: {
    recipient: {
      name: 'Cloudway Hosting Ltd',
      contactName: 'Ms Priya Raman',
      postalAddress: 'Data Protection Team\n40 Harbour Exchange Square\nLondon E14 9GE'
    },
    change: 'the customer record has been erased, with the exception of invoices we must retain by law.',
    confirmBy: '2026-10-20'
  },
  complaint: {
    received: '2026-09-10',
    respondBy: '2026-10-08',
    points: [
      {
        point: 'You complained that we continued to send you marketing emails after you asked us to stop.',
        response: 'Our records show that your request of 2 August was not applied to one of our mailing lists. We apologise. Your details have now been suppressed on every list.'
      },
      {
        point: 'You asked why our first reply took five weeks.',
        response: 'Your email was filed in a shared mailbox that was not monitored during a staff absence. We have since assigned the mailbox to two named people.'
      }
    ],
    outcome: 'We uphold your complaint. We have corrected the fault and retrained the team responsible.'
  },
  ico: {
    caseReference: 'IC-402118-K7M3',
    officer: 'Mr Daniel Hughes',
    letterDate: '2026-09-15',
    replyBy: '2026-10-06',
    processing: 'we process the complainant\'s contact details and account history to administer the account, on the basis of our contract with them; marketing emails were sent on the basis of their consent, which they withdrew on 2 August 2026.',
    actions: 'we investigated the complaint, identified that one mailing list had not been updated, suppressed the complainant\'s details on every list on 12 September 2026 and wrote to them with the outcome.',
    remedy: 'we have corrected the synchronisation fault between our preference centre and the affected list, added a weekly reconciliation check, and retrained the marketing operations team.'
  },
  enclosures: ['Copy of your personal data (PDF, 42 pages)', 'Schedule of recipients and transfers']
}

export const SAMPLE_CASES = {
  uk: {
    ...shared,
    date: '2026-10-02',
    reference: 'PR-2026-0042',
    regime: 'UK-GDPR',
    jurisdiction: 'GB-ENG',
    requester: {
      name: 'Ελένη Παπαδοπούλου',
      postalAddress: 'Flat 4, Kingsley Court\n27 Lansdowne Road\nManchester M20 2PL',
      email: 'eleni.p@example.com'
    }
  },
  eu: {
    ...shared,
    date: '2026-10-02',
    reference: 'PR-2026-0057',
    regime: 'EU-GDPR',
    jurisdiction: 'PL',
    requester: { name: 'Agnieszka Wąsowska', postalAddress: 'ul. Świętokrzyska 18 m. 7\n00-052 Warszawa\nPolska' }
  },
  us: {
    ...shared,
    date: '2026-10-02',
    reference: 'PR-2026-0063',
    regime: 'CCPA',
    jurisdiction: 'CA',
    rights: ['access', 'erasure', 'sale-sharing-opt-out'],
    due: '2026-10-18',
    extendedDue: '2026-12-02',
    requester: {
      name: 'Дмитрий Иванов',
      postalAddress:
        'Apartment 1402, The Residences at Marina del Rey Towers West, Building C, c/o Law Offices of Hernández, Whitfield & Associates, Attention: Records Department\n4200 Admiralty Way\nMarina del Rey, CA 90292-5678\nUnited States of America',
      email: 'd.ivanov@example.com'
    }
  }
} satisfies Record<string, LetterFacts>

export type SampleCase = keyof typeof SAMPLE_CASES

/** The sample each template is shown with in `npm run letters:samples`. */
export const SAMPLE_FOR_TEMPLATE: Record<TemplateId, SampleCase> = {
  acknowledgement: 'uk',
  'identity-verification': 'us',
  'clarification-request': 'eu',
  'extension-notice': 'uk',
  'access-response': 'uk',
  'rectification-confirmation': 'eu',
  'erasure-confirmation': 'us',
  'marketing-opt-out': 'uk',
  refusal: 'uk',
  'notice-to-recipients': 'uk',
  'complaint-acknowledgement': 'uk',
  'complaint-response': 'us',
  'dpf-complaint-response': 'eu',
  'ico-reply': 'uk'
}

/** A sample case's facts, with the details a template needs that differ from one letter to another. */
export function sampleFacts(templateId: TemplateId, sample: SampleCase = SAMPLE_FOR_TEMPLATE[templateId]): LetterFacts {
  const facts: LetterFacts = structuredClone(SAMPLE_CASES[sample]) as LetterFacts
  if (templateId === 'refusal' && sample !== 'uk') {
    facts.reasons = [
      'the call recordings you asked for also contain the personal information of a member of our staff, who has not consented to their disclosure; and',
      'the internal legal advice you asked for is protected by legal privilege.'
    ]
  } else if (templateId === 'refusal') {
    facts.reasons = [
      'the call recordings you asked for also contain the personal data of our staff member, who has not consented to their disclosure, and it is not reasonable in all the circumstances to disclose them without that consent (Data Protection Act 2018, Schedule 2, paragraph 16); and',
      'the internal legal advice you asked for is subject to legal professional privilege (Data Protection Act 2018, Schedule 2, paragraph 19).'
    ]
  }
  if (templateId === 'rectification-confirmation') {
    facts.rights = ['rectification']
    facts.completion = {
      ...facts.completion,
      actions: ['we have corrected your surname and your postal address in our customer records; and', 'we have corrected your date of birth on your loyalty account.'],
      retained: undefined
    }
  }
  if (templateId === 'marketing-opt-out') facts.rights = ['marketing-opt-out']
  if (!['access-response', 'refusal'].includes(templateId)) facts.enclosures = []
  return facts
}
