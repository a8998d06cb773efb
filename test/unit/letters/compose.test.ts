import { describe, expect, it } from 'vitest'
import { composeLetter, REGIMES_FOR_TEST, type TemplateId } from './regimes'
import { TEMPLATE_IDS, type LetterFacts } from '../../../src/letters'
import { sampleFacts } from '../../../src/letters/samples'
import { body, compose } from './helpers'

/** What a law does not provide is a hole the user must fill: LGPD and the APPs allow no extension; OTHER has no known period. */
const LAW_GAPS: Record<string, string[]> = {
  'extension-notice LGPD': ['law.extension'],
  'extension-notice APP': ['law.extension'],
  'extension-notice OTHER': ['law.extension'],
  'acknowledgement OTHER': ['law.responsePeriod', 'law.timeLimit']
}

describe('composeLetter', () => {
  it('builds the letter from the facts: letterhead, recipient, date, reference, salutation, signature', () => {
    const letter = compose('acknowledgement', 'uk')
    expect(letter.templateId).toBe('acknowledgement')
    expect(letter.title).toBe('Acknowledgement of a request')
    expect(letter.date).toBe('2026-10-02')
    expect(letter.dateText).toBe('2 October 2026')
    expect(letter.language).toBe('en-GB')
    expect(letter.letterhead).toEqual({
      name: 'Northwind Holdings plc',
      addressLines: ['Legal Department – Privacy Office', '1 Riverside Walk', 'London SE1 9PX', 'United Kingdom'],
      contactLines: ['privacy@northwind.example', '+44 20 7946 0000']
    })
    expect(letter.recipient).toEqual({
      name: 'Ελένη Παπαδοπούλου',
      addressLines: ['Flat 4, Kingsley Court', '27 Lansdowne Road', 'Manchester M20 2PL'],
      email: 'eleni.p@example.com'
    })
    expect(letter.reference).toBe('PR-2026-0042')
    expect(letter.referenceLine).toBe('Our reference: PR-2026-0042')
    expect(letter.salutation).toBe('Dear Ελένη Παπαδοπούλου,')
    expect(letter.closing).toBe('Yours sincerely,')
    expect(letter.signature).toEqual({
      name: 'Margaret Ashworth',
      title: 'Data Protection Officer',
      office: 'Privacy Office, Northwind Holdings plc'
    })
    expect(letter.missingFields).toEqual([])
  })

  it('writes US letters in American form: month-first dates, a colon after the salutation, "Sincerely"', () => {
    const letter = compose('acknowledgement', 'us')
    expect(letter.language).toBe('en-US')
    expect(letter.dateText).toBe('October 2, 2026')
    expect(letter.salutation).toBe('Dear Дмитрий Иванов:')
    expect(letter.closing).toBe('Sincerely,')
    expect(body(letter)).toContain('September 3, 2026')
  })

  it('addresses an unnamed reader as "Sir or Madam" and closes "Yours faithfully"; a titled name by title and surname', () => {
    const unnamed = compose('notice-to-recipients', 'uk', (f) => {
      f.notice!.recipient!.contactName = undefined
    })
    expect(unnamed.salutation).toBe('Dear Sir or Madam,')
    expect(unnamed.closing).toBe('Yours faithfully,')
    const named = compose('notice-to-recipients', 'uk')
    expect(named.salutation).toBe('Dear Ms Raman,')
    expect(named.closing).toBe('Yours sincerely,')
  })

  it('names every merge field it could not fill, and leaves a visible marker where each goes', () => {
    const facts: LetterFacts = {
      date: '2026-10-02',
      reference: 'PR-2026-0100',
      regime: 'UK-GDPR',
      requester: { name: '', postalAddress: '' },
      organisation: { name: 'Northwind Holdings plc', addressLines: ['1 Riverside Walk'] },
      signatory: { name: '', title: 'Data Protection Officer' },
      received: '2026-09-30',
      rights: ['access']
    }
    const letter = composeLetter('acknowledgement', facts)
    expect(letter.missingFields).toEqual(['requester.name', 'requester.address', 'due', 'signatory.name'])
    expect(letter.recipient.name).toBe('[[requester.name]]')
    expect(letter.recipient.addressLines).toEqual(['[[requester.address]]'])
    expect(letter.salutation).toBe('Dear [[requester.name]],')
    expect(body(letter)).toContain('by [[due]]')
    expect(letter.signature.name).toBe('[[signatory.name]]')
  })

  it('reports an unfilled list field once, however often it appears', () => {
    const letter = compose('extension-notice', 'uk', (f) => {
      f.reasons = ['   ', '']
      f.extendedDue = undefined
    })
    expect(letter.missingFields).toEqual(['reasons', 'extendedDue'])
    expect(letter.paragraphs).toContain('[[reasons]]')
  })

  it('expands a list field into lettered paragraphs, and a single item into a plain one', () => {
    const two = compose('extension-notice', 'uk')
    expect(two.paragraphs.filter((p) => /^\([ab]\) /.test(p))).toHaveLength(2)
    const one = compose('extension-notice', 'uk', (f) => {
      f.reasons = ['the request covers eleven years of records.']
    })
    expect(one.paragraphs).toContain('the request covers eleven years of records.')
  })

  it('uses a requester with only an email address as the recipient by email', () => {
    const letter = compose('acknowledgement', 'eu', (f) => {
      f.requester = { name: 'Agnieszka Wąsowska', email: 'a.wasowska@example.pl' }
    })
    expect(letter.recipient).toEqual({ name: 'Agnieszka Wąsowska', addressLines: [], email: 'a.wasowska@example.pl' })
    expect(letter.missingFields).toEqual([])
  })

  it('keeps text from the facts as typed, even when it looks like a merge field', () => {
    const letter = compose('acknowledgement', 'uk', (f) => {
      f.additionalInformation = 'Please note: {{due}} is not a field here.'
    })
    expect(letter.paragraphs).toContain('Please note: {{due}} is not a field here.')
  })

  it('refuses a template that does not exist', () => {
    expect(() => composeLetter('no-such-letter' as TemplateId, sampleFacts('acknowledgement'))).toThrow(/no letter template/)
  })

  it('composes every template for every regime with paragraphs for each, and fills every field from complete facts', () => {
    for (const id of TEMPLATE_IDS) {
      for (const { regime, jurisdiction } of REGIMES_FOR_TEST) {
        const facts = { ...sampleFacts(id, 'uk'), regime, jurisdiction, regimeOther: 'the Swiss Federal Act on Data Protection (FADP)' }
        const letter = composeLetter(id, facts)
        expect(letter.paragraphs.length, `${id} ${regime}`).toBeGreaterThan(1)
        expect(letter.missingFields, `${id} ${regime}`).toEqual(LAW_GAPS[`${id} ${regime}`] ?? [])
      }
    }
  })
})
