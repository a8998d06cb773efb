import { describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS, type Case } from '../../../src/domain/case'
import { applyCaseEvent, type CaseEvent } from '../../../src/cases/case-events'
import { emptyClock, withDeadlines } from '../../../src/cases/deadline-state'
import { composeLetter } from '../../../src/letters'
import { AAA, CPPA, ICO } from '../../../src/letters/regulators'
import {
  deadlineMetByLetter,
  letterFactsFromCase,
  suggestedInputs,
  suggestedTemplates,
  type LetterSettings
} from '../../../src/letters/from-case'

const settings: LetterSettings = {
  ...DEFAULT_SETTINGS,
  organisationName: 'Northwind Trading Ltd',
  organisationAddress: 'Legal Department\n 1 Harbour Street \n\nLondon EC1A 1AA',
  privacyEmail: 'privacy@northwind.example',
  organisationPhone: '+44 20 7946 0000',
  organisationWebsite: '',
  signatoryName: 'Margaret Ashworth',
  signatoryTitle: 'Data Protection Officer'
}

function makeCase(overrides: Partial<Case> = {}): Case {
  const base: Case = {
    id: 7,
    reference: 'PR-2026-0042',
    kind: 'request',
    channel: 'post',
    received: '2026-11-02',
    requester: { name: 'Ελένη Παπαδοπούλου', email: '', postalAddress: 'Flat 4\n27 Lansdowne Road\nManchester M20 2PL', phone: '' },
    rights: ['access'],
    otherRight: '',
    regime: 'UK-GDPR',
    jurisdiction: 'GB-ENG',
    regimeOther: '',
    summary: '',
    notes: '',
    status: 'received',
    clock: emptyClock(),
    deadlines: [],
    deadlineNotes: [],
    createdAt: '2026-11-02T09:00:00Z',
    updatedAt: '2026-11-02T09:00:00Z',
    searchTokens: [],
    nameKey: 'ελένη παπαδοπούλου',
    ...overrides
  }
  return { ...base, ...withDeadlines(base) }
}

const run = (c: Case, ...events: CaseEvent[]) => events.reduce((acc, e) => applyCaseEvent(acc, e, '2026-12-01').next, c)
const dueOf = (c: Case, key: string) => c.deadlines.find((d) => d.key === key)?.due

describe('the facts of a letter, from a case and the settings', () => {
  it('takes the requester, the reference, the dates and the letterhead from the case and the settings', () => {
    const c = makeCase()
    const facts = letterFactsFromCase('acknowledgement', c, settings, { date: '2026-11-03' })
    expect(facts).toMatchObject({
      date: '2026-11-03',
      reference: 'PR-2026-0042',
      regime: 'UK-GDPR',
      jurisdiction: 'GB-ENG',
      received: '2026-11-02',
      due: dueOf(c, 'respond'),
      rights: ['access'],
      requester: { name: 'Ελένη Παπαδοπούλου', postalAddress: 'Flat 4\n27 Lansdowne Road\nManchester M20 2PL' },
      organisation: {
        name: 'Northwind Trading Ltd',
        addressLines: ['Legal Department', '1 Harbour Street', 'London EC1A 1AA'],
        email: 'privacy@northwind.example',
        phone: '+44 20 7946 0000'
      },
      signatory: { name: 'Margaret Ashworth', title: 'Data Protection Officer' }
    })
    expect(facts.due).toBe('2026-12-02')
    expect(facts.extendedDue).toBeUndefined()
    expect(facts.requester.email).toBeUndefined()
    expect(facts.organisation.website).toBeUndefined()
    const letter = composeLetter('acknowledgement', facts)
    expect(letter.missingFields).toEqual([])
    expect(letter.paragraphs.join(' ')).toContain('2 December 2026')
    expect(letter.recipient.name).toBe('Ελένη Παπαδοπούλου')
  })

  it('gives an extension notice the end of the first period, the new date and the reasons recorded on the case', () => {
    const c = run(makeCase(), { type: 'extension-applied', date: '2026-11-20', reason: 'Twelve years of records in four systems.\nThree related requests.' })
    const firstPeriod = dueOf(c, 'extension-notice')
    const extended = dueOf(c, 'respond')
    expect(firstPeriod).toBe('2026-12-02')
    expect(extended).toBe('2027-02-02')
    const inputs = suggestedInputs('extension-notice', c)
    expect(inputs.reasons).toEqual(['Twelve years of records in four systems.', 'Three related requests.'])
    const facts = letterFactsFromCase('extension-notice', c, settings, { date: '2026-11-20', inputs })
    expect(facts.due).toBe(firstPeriod)
    expect(facts.extendedDue).toBe(extended)
    const letter = composeLetter('extension-notice', facts)
    expect(letter.missingFields).toEqual([])
    const text = letter.paragraphs.join('\n')
    expect(text).toContain('We will now respond by 2 February 2027')
    expect(text).toContain('(a) Twelve years of records in four systems.')
    expect(text).toContain('(b) Three related requests.')
  })

  it('gives a refusal the reason recorded when the case was closed, and the regulator that fits the regime', () => {
    const refused = (overrides: Partial<Case>) =>
      run(makeCase(overrides), { type: 'status-changed', to: 'in-progress' }, { type: 'status-changed', to: 'closed', outcome: 'refused', reason: 'The request is manifestly unfounded.' })
    const uk = refused({})
    const inputs = suggestedInputs('refusal', uk)
    expect(inputs).toEqual({ reasons: ['The request is manifestly unfounded.'], refusal: { extent: 'whole' } })
    const ukFacts = letterFactsFromCase('refusal', uk, settings, { date: '2026-12-01', inputs })
    expect(ukFacts.regulator).toEqual(ICO)
    const ukLetter = composeLetter('refusal', ukFacts)
    expect(ukLetter.missingFields).toEqual([])
    expect(ukLetter.paragraphs.join('\n')).toContain('The request is manifestly unfounded.')
    expect(ukLetter.paragraphs.join('\n')).toContain('Churchill House, 17 Churchill Way, Cardiff CF10 2HH')

    const ccpa = refused({ regime: 'CCPA', jurisdiction: 'CA', requester: { name: 'Дмитрий Иванов', email: 'd@example.com', postalAddress: '', phone: '' } })
    expect(letterFactsFromCase('refusal', ccpa, settings, { date: '2026-12-01' }).regulator).toEqual(CPPA)
    const eu = refused({ regime: 'EU-GDPR', jurisdiction: 'PL' })
    expect(letterFactsFromCase('refusal', eu, settings, { date: '2026-12-01' }).regulator?.name).toContain('Poland')
  })

  it('takes a refusal in part from a case closed as partly fulfilled', () => {
    const c = run(
      makeCase(),
      { type: 'status-changed', to: 'in-progress' },
      { type: 'status-changed', to: 'responded' },
      { type: 'status-changed', to: 'closed', outcome: 'partly-fulfilled', reason: 'Some records are exempt.' }
    )
    expect(suggestedInputs('refusal', c).refusal).toEqual({ extent: 'part' })
  })

  it('names the regulator given, such as the AAA for a complaint, over the default', () => {
    const c = makeCase()
    expect(letterFactsFromCase('refusal', c, settings, { date: '2026-12-01', regulator: AAA }).regulator).toEqual(AAA)
  })

  it('lays the inputs over the case, section by section, without losing what the case gives', () => {
    const c = makeCase({ kind: 'complaint' })
    const facts = letterFactsFromCase('complaint-acknowledgement', c, settings, {
      date: '2026-11-03',
      inputs: { complaint: { outcome: 'Upheld.' }, additionalInformation: 'We are sorry.' }
    })
    expect(facts.complaint).toMatchObject({ received: '2026-11-02', outcome: 'Upheld.' })
    expect(facts.additionalInformation).toBe('We are sorry.')
  })

  it('leaves the signatory empty when settings name none, so the letter reports it missing', () => {
    const facts = letterFactsFromCase('acknowledgement', makeCase(), { ...settings, signatoryName: ' ' }, { date: '2026-11-03' })
    expect(composeLetter('acknowledgement', facts).missingFields).toContain('signatory.name')
  })
})

describe('the templates suggested for a case', () => {
  it('suggests an acknowledgement for a new request, and not once it was sent', () => {
    const c = makeCase()
    expect(suggestedTemplates(c)[0]).toBe('acknowledgement')
    expect(suggestedTemplates(c, ['acknowledgement'])).not.toContain('acknowledgement')
  })

  it('suggests the extension notice once extended, and the refusal once closed as refused', () => {
    const extended = run(makeCase(), { type: 'extension-applied', date: '2026-11-20', reason: 'Complex.' })
    expect(suggestedTemplates(extended)[0]).toBe('extension-notice')
    const refused = run(makeCase(), { type: 'status-changed', to: 'in-progress' }, { type: 'status-changed', to: 'closed', outcome: 'refused', reason: 'Exempt.' })
    expect(suggestedTemplates(refused)).toEqual(['refusal'])
  })

  it('suggests the response letters for the rights asked for while the case is in progress', () => {
    const c = run(makeCase({ rights: ['access', 'erasure', 'marketing-opt-out'] }), { type: 'status-changed', to: 'in-progress' })
    const suggested = suggestedTemplates(c)
    expect(suggested).toEqual(expect.arrayContaining(['access-response', 'erasure-confirmation', 'marketing-opt-out', 'notice-to-recipients']))
    expect(suggested).not.toContain('rectification-confirmation')
  })

  it('suggests, for a request partly fulfilled, the letters of the rights fulfilled and the refusal, not those of the right refused', () => {
    const c = run(
      makeCase({ rights: ['access', 'erasure'] }),
      { type: 'status-changed', to: 'in-progress' },
      { type: 'status-changed', to: 'responded' },
      { type: 'status-changed', to: 'closed', outcome: 'partly-fulfilled', rightOutcomes: { access: 'fulfilled', erasure: 'refused' }, reason: 'Legal hold.' }
    )
    const suggested = suggestedTemplates(c)
    expect(suggested).toEqual(expect.arrayContaining(['refusal', 'access-response']))
    expect(suggested).not.toContain('erasure-confirmation')
    expect(suggested).not.toContain('notice-to-recipients')
    expect(suggestedInputs('refusal', c)).toEqual({ reasons: ['Legal hold.'], refusal: { extent: 'part', provided: 'we have dealt in full with your request for access.' } })
    const three = run(
      makeCase({ rights: ['access', 'portability', 'rectification', 'erasure'] }),
      { type: 'status-changed', to: 'in-progress' },
      { type: 'status-changed', to: 'responded' },
      { type: 'status-changed', to: 'closed', outcome: 'partly-fulfilled', rightOutcomes: { access: 'fulfilled', portability: 'fulfilled', rectification: 'partly-fulfilled', erasure: 'refused' }, reason: 'Legal hold.' }
    )
    const letter = composeLetter('refusal', letterFactsFromCase('refusal', c, settings, { date: '2026-12-01', inputs: suggestedInputs('refusal', c) }))
    expect(letter.paragraphs.slice(0, 3)).toEqual([
      'We have considered your request of 2 November 2026 to exercise the right of access (Article 15 UK GDPR) and the right to erasure (Article 17 UK GDPR). We have complied with it in part: we have dealt in full with your request for access.',
      'We cannot comply with the remainder of your request, for the reasons set out below.',
      'Legal hold.'
    ])
    expect(suggestedInputs('refusal', three).refusal?.provided).toBe(
      'we have dealt in full with your request for access and portability, and in part with your request for rectification.'
    )
  })

  it('suggests no opt-out confirmation for a marketing opt-out refused, even when the rest was fulfilled', () => {
    const c = run(
      makeCase({ rights: ['access', 'marketing-opt-out'] }),
      { type: 'status-changed', to: 'in-progress' },
      { type: 'status-changed', to: 'responded' },
      { type: 'status-changed', to: 'closed', outcome: 'partly-fulfilled', rightOutcomes: { access: 'fulfilled', 'marketing-opt-out': 'refused' }, reason: 'Not our marketing.' }
    )
    expect(suggestedTemplates(c)).not.toContain('marketing-opt-out')
    expect(suggestedTemplates(c)).toContain('access-response')
  })

  it('suggests the identity request while identity is awaited', () => {
    const c = run(makeCase(), { type: 'identity-requested', date: '2026-11-03' })
    expect(suggestedTemplates(c)).toContain('identity-verification')
  })
})

describe('the deadline a letter meets', () => {
  it('is the extension notice for an extension notice, ticked by default, until it is done', () => {
    const c = run(makeCase(), { type: 'extension-applied', date: '2026-11-20', reason: 'Complex.' })
    expect(deadlineMetByLetter('extension-notice', c)).toEqual({ key: 'extension-notice', label: 'Send the extension notice', byDefault: true })
    const done = run(c, { type: 'deadline-met', key: 'extension-notice', date: '2026-11-21' })
    expect(deadlineMetByLetter('extension-notice', done)).toBeUndefined()
  })

  it('is the confirmation of receipt for a CCPA acknowledgement; a UK request has none to meet', () => {
    const ccpa = makeCase({ regime: 'CCPA', jurisdiction: 'CA', rights: ['erasure'] })
    expect(deadlineMetByLetter('acknowledgement', ccpa)).toMatchObject({ key: 'acknowledge', byDefault: true })
    expect(deadlineMetByLetter('acknowledgement', makeCase())).toBeUndefined()
  })

  it('offers the response deadline, unticked, for a response letter, and nothing on a closed case', () => {
    const c = makeCase()
    expect(deadlineMetByLetter('access-response', c)).toMatchObject({ key: 'respond', byDefault: false })
    const closed = run(c, { type: 'status-changed', to: 'in-progress' }, { type: 'status-changed', to: 'responded' }, { type: 'status-changed', to: 'closed', outcome: 'fulfilled' })
    expect(deadlineMetByLetter('access-response', closed)).toBeUndefined()
    expect(deadlineMetByLetter('identity-verification', c)).toBeUndefined()
  })
})
