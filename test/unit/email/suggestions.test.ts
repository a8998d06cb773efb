import { describe, expect, it } from 'vitest'
import { suggestRegime, suggestRights } from '../../../src/email/suggestions'

describe('suggestRights', () => {
  it.each([
    ['Subject access request', '', ['access']],
    ['', 'Please send me a copy of the personal data you hold about me.', ['access']],
    ['', 'I would like a copy of all the information you hold on me', ['access']],
    ['Wniosek o dostęp do danych', '', ['access']],
    ['', 'Please delete my account and erase my personal data.', ['erasure']],
    ['', 'Please remove me from your database.', ['erasure']],
    ['', 'Please remove me from your mailing list.', ['marketing-opt-out']],
    ['Unsubscribe', '', ['marketing-opt-out']],
    ['', 'Stop sending me these emails', ['marketing-opt-out']],
    ['', 'Do Not Sell or Share My Personal Information', ['sale-sharing-opt-out']],
    ['', 'Please correct my address: it is 12 High St, not 21.', ['rectification']],
    ['', 'Please update my email to jo@example.org', ['rectification']],
    ['', 'I object to the processing of my data for profiling.', ['objection']],
    ['', 'Please restrict processing while you check.', ['restriction']],
    ['', 'I ask for data portability: send my data in a machine readable file.', ['portability']],
    ['', 'Send me a copy of my personal data and then delete my data.', ['access', 'erasure']]
  ])('%s %s → %j', (subject, body, rights) => {
    expect(suggestRights(subject, body)).toEqual(rights)
  })

  it.each([
    ['Question', 'Is this the correct address for my letter?'],
    ['Invoice 4411', 'I attach a copy of my invoice. Please remove me as the contact on the account? No, keep me.'],
    ['Hello', 'Please see the attached copy of my identity card.'],
    ['Complaint', 'Your delivery was late and the parcel was damaged.']
  ])('suggests nothing it is not sure of: %s', (subject, body) => {
    expect(suggestRights(subject, body)).toEqual([])
  })

  it('ignores the quoted thread under a reply', () => {
    expect(suggestRights('Re: your order', 'Thanks, all fine now.\n\n> To unsubscribe click here')).toEqual([])
  })
})

describe('suggestRegime', () => {
  it.each([
    ['', 'I am a California resident exercising my rights under the CCPA.', 'CCPA'],
    ['', 'I live in San Diego, CA.', 'CCPA'],
    ['', '1 Main St, Fresno, CA 93650', 'CCPA'],
    ['', 'Under the UK GDPR I ask for my data.', 'UK-GDPR'],
    ['', 'under PIPEDA', 'PIPEDA'],
    ['', 'Under POPIA section 23', 'POPIA']
  ])('%s %s → %s', (subject, body, regime) => {
    expect(suggestRegime(subject, body)).toBe(regime)
  })

  it('suggests none when the text names no law or names two', () => {
    expect(suggestRegime('', 'Under Article 15 of the GDPR I ask for a copy of my data.')).toBeUndefined()
    expect(suggestRegime('', 'Under the CCPA and the UK GDPR, send my data.')).toBeUndefined()
    expect(suggestRegime('', 'We met ca. 2019, in Paris.')).toBeUndefined()
  })
})
