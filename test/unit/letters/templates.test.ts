import { describe, expect, it } from 'vitest'
import { body, compose } from './helpers'

// The mandatory contents of each letter, from DOMAIN.md "Letters".

describe('acknowledgement', () => {
  it('states the date received, the reference and the date by which we will respond (UK: Art. 12(3), 12A)', () => {
    const text = body(compose('acknowledgement', 'uk'))
    expect(text).toContain('which we received on 3 September 2026')
    expect(text).toContain('reference PR-2026-0042')
    expect(text).toContain('by 5 October 2026, within one month of receipt')
    expect(text).toContain('Article 12(3) UK GDPR')
    expect(text).toContain('Article 12A UK GDPR')
    expect(text).toContain('the right of access (Article 15 UK GDPR) and the right to erasure (Article 17 UK GDPR)')
  })

  it('for the CCPA confirms receipt under § 7021(a), gives the 45-day date, and the 15 business days for an opt-out', () => {
    const text = body(compose('acknowledgement', 'us'))
    expect(text).toContain('§ 7021(a)')
    expect(text).toContain('We will respond by October 18, 2026, within 45 calendar days of receipt')
    expect(text).toContain('Verification does not extend the time for our response')
    expect(text).toContain('no later than 15 business days after receipt')
    const withoutOptOut = body(compose('acknowledgement', 'us', (f) => void (f.rights = ['access'])))
    expect(withoutOptOut).not.toContain('15 business days')
  })
})

describe('identity verification request', () => {
  it('says what proof is needed and why, and that the time limit starts when it arrives (UK)', () => {
    const letter = compose('identity-verification', 'uk')
    const text = body(letter)
    expect(text).toContain('because the email address you wrote from does not match the one we hold')
    expect(letter.paragraphs).toContain('(a) a copy of one document bearing your photograph, such as a passport or driving licence; and')
    expect(text).toContain('The one-month time limit for our response begins on the day we receive this information (Article 12A UK GDPR)')
  })

  it('under the CCPA says verification does not move the deadline', () => {
    const text = body(compose('identity-verification', 'us'))
    expect(text).toContain('§ 7060')
    expect(text).toContain('it remains due by October 18, 2026')
    expect(text).not.toContain('begins on the day we receive')
  })
})

describe('clarification request', () => {
  it('says what needs clarifying, that the clock is paused (UK Art. 12A), and what is provided meanwhile', () => {
    const letter = compose('clarification-request', 'uk')
    const text = body(letter)
    expect(letter.paragraphs.some((p) => p.startsWith('(a) the period your request covers'))).toBe(true)
    expect(text).toContain('The time limit is paused from the date of this letter, 2 October 2026, until the day we receive your reply')
    expect(text).toContain('While we wait for your reply: we are collating the account records')
  })

  it('does not claim a pause where the law has none (EU GDPR, CCPA)', () => {
    expect(body(compose('clarification-request', 'eu'))).toContain('is not suspended')
    expect(body(compose('clarification-request', 'us'))).toContain('is not paused')
  })
})

describe('extension notice', () => {
  it('says the period is extended, gives the reasons and the new date', () => {
    const letter = compose('extension-notice', 'uk')
    const text = body(letter)
    expect(text).toContain('extend the period by a further two months')
    expect(text).toContain('We are extending the period, for the following reasons:')
    expect(letter.paragraphs).toContain(
      '(a) your request concerns records held across four separate systems, two of which are archived and must be restored before they can be searched; and'
    )
    expect(text).toContain('We will now respond by 3 December 2026')
  })

  it('under the CCPA cites § 7021(b) and its 90-day ceiling', () => {
    const text = body(compose('extension-notice', 'us'))
    expect(text).toContain('§ 7021(b)')
    expect(text).toContain('90 calendar days in total from receipt')
    expect(text).toContain('We will now respond by December 2, 2026')
  })
})

describe('access response', () => {
  it('gives every Art. 15 item, the enclosed copy free of charge, the other rights and the right to complain', () => {
    const letter = compose('access-response', 'uk')
    const text = body(letter)
    expect(text).toContain('processes personal data concerning you')
    expect(text).toContain('A copy of that personal data is enclosed')
    expect(text).toContain('This first copy is provided free of charge')
    for (const item of [
      'The purposes of the processing: administering your customer account',
      'The categories of personal data concerned: identity and contact details',
      'recipients or categories of recipient to whom the personal data have been or will be disclosed: our payment processor',
      'Transfers to third countries or international organisations, and the appropriate safeguards for them (Article 15(2) UK GDPR): our IT hosting provider',
      'criteria used to determine that period: six years after your account closes',
      'their source: all the personal data we hold was provided by you',
      'automated decision-making, including profiling'
    ]) {
      expect(text).toContain(item)
    }
    expect(text).toContain('rectify inaccurate personal data (Article 16), to erase personal data (Article 17) and to restrict its processing (Article 18), and the right to object to its processing (Article 21)')
    expect(text).toContain("lodge a complaint with a supervisory authority (Article 77 UK GDPR): the Information Commissioner's Office (ICO), Churchill House, 17 Churchill Way, Cardiff CF10 2HH")
    expect(letter.enclosures).toEqual(['Copy of your personal data (PDF, 42 pages)', 'Schedule of recipients and transfers'])
  })

  it('reports missing Art. 15 items and a missing enclosure by name', () => {
    const letter = compose('access-response', 'uk', (f) => {
      f.access = { ...f.access, retention: '', automatedDecisions: undefined }
      f.enclosures = []
    })
    expect(letter.missingFields).toEqual(['access.retention', 'access.automatedDecisions', 'enclosures'])
    expect(letter.enclosures).toEqual(['[[enclosures]]'])
  })

  it('under the CCPA gives the right-to-know categories and names the CPPA', () => {
    const text = body(compose('access-response', 'us'))
    expect(text).toContain('Cal. Civ. Code §§ 1798.110 and 1798.115')
    expect(text).toContain('The categories of sources from which it was collected')
    expect(text).toContain('(§ 1798.125)')
    expect(text).toContain('the California Privacy Protection Agency')
  })
})

describe('rectification and erasure confirmations', () => {
  it('say what was done, that recipients were told (Art. 19) and will be named on request, and what happens to backups', () => {
    for (const id of ['rectification-confirmation', 'erasure-confirmation'] as const) {
      const text = body(compose(id, 'uk'))
      expect(text, id).toContain('As Article 19 UK GDPR requires, we have communicated the')
      expect(text, id).toContain('If you ask, we will tell you who those recipients are')
      expect(text, id).toContain('Backup copies: our backups are overwritten on a rolling 35-day cycle')
    }
    expect(body(compose('rectification-confirmation', 'eu'))).toContain('(a) we have corrected your surname')
    const erasure = body(compose('erasure-confirmation', 'uk'))
    expect(erasure).toContain('under Article 17 UK GDPR')
    expect(erasure).toContain('Article 17(3) UK GDPR does not require its erasure for the reason given: invoices')
  })

  it('under the CCPA cite § 1798.105 and the regulation on backups', () => {
    const text = body(compose('erasure-confirmation', 'us'))
    expect(text).toContain('Cal. Civ. Code § 1798.105')
    expect(text).toContain('§ 7022(d)')
  })
})

describe('marketing opt-out confirmation', () => {
  it('says marketing has stopped and that a suppression list keeps it stopped', () => {
    const text = body(compose('marketing-opt-out', 'uk'))
    expect(text).toContain('we have stopped processing your personal data for direct marketing purposes')
    expect(text).toContain('Article 21(3) UK GDPR')
    expect(text).toContain('suppression list')
    expect(text).toContain('Privacy and Electronic Communications (EC Directive) Regulations 2003')
    expect(body(compose('marketing-opt-out', 'us'))).toContain('15 U.S.C. § 7704(a)(4)')
  })
})

describe('refusal', () => {
  it('gives the reasons, the right to complain to the ICO with its address, and the right to a judicial remedy', () => {
    const letter = compose('refusal', 'uk')
    const text = body(letter)
    expect(text).toContain('We have complied with it in part: we enclose a copy of your personal data')
    expect(text).toContain('We cannot comply with the remainder of your request, for the reasons set out below.')
    expect(letter.paragraphs.filter((p) => /^\([ab]\) /.test(p))).toHaveLength(2)
    expect(text).toContain('Article 12(4) UK GDPR')
    expect(text).toContain('the right to lodge a complaint with a supervisory authority (Article 77 UK GDPR)')
    expect(text).toContain('Churchill House, 17 Churchill Way, Cardiff CF10 2HH; telephone 029 2067 8400')
    expect(text).toContain('judicial remedy (Article 79 UK GDPR)')
    expect(text).toContain('section 167 of the Data Protection Act 2018')
  })

  it('refuses in full without the part-refusal wording, and marks an unstated extent as a hole', () => {
    const whole = compose('refusal', 'uk', (f) => void (f.refusal = { extent: 'whole' }))
    expect(body(whole)).toContain('We have decided that we cannot comply with it, for the reasons set out below.')
    expect(body(whole)).not.toContain('in part')
    expect(whole.missingFields).toEqual([])
    const unstated = compose('refusal', 'uk', (f) => void (f.refusal = undefined))
    expect(unstated.missingFields).toEqual(['refusal.extent'])
  })

  it('names the member state authority for EU GDPR, the CPPA for the CCPA and the AAA for other US states', () => {
    expect(body(compose('refusal', 'eu'))).toContain('the data protection supervisory authority of Poland')
    expect(body(compose('refusal', 'eu'))).toContain('(Article 79 GDPR)')
    expect(body(compose('refusal', 'us'))).toContain('the California Privacy Protection Agency, 2101 Arena Blvd')
    const virginia = body(compose('refusal', 'us', (f) => {
      f.regime = 'US-STATE'
      f.jurisdiction = 'VA'
    }))
    expect(virginia).toContain('the American Arbitration Association (AAA)')
    expect(virginia).toContain('800.778.7879')
    expect(virginia).toContain('remedy in the courts')
  })

  it('names the regulator the office chose over the default', () => {
    const text = body(compose('refusal', 'eu', (f) => {
      f.regulator = {
        id: 'uodo',
        name: 'Prezes Urzędu Ochrony Danych Osobowych',
        proseName: 'the President of the Personal Data Protection Office (UODO)',
        addressLines: ['ul. Stawki 2', '00-193 Warszawa']
      }
    }))
    expect(text).toContain('the President of the Personal Data Protection Office (UODO), ul. Stawki 2, 00-193 Warszawa')
  })
})

describe('notice to recipients (Art. 19)', () => {
  it('goes to the recipient of the data and states the change made', () => {
    const letter = compose('notice-to-recipients', 'uk')
    expect(letter.recipient).toEqual({
      name: 'Cloudway Hosting Ltd',
      addressLines: ['Data Protection Team', '40 Harbour Exchange Square', 'London E14 9GE']
    })
    expect(letter.subject).toBe('Notification under Article 19 UK GDPR: personal data of Ελένη Παπαδοπούλου')
    const text = body(letter)
    expect(text).toContain('Individual concerned: Ελένη Παπαδοπούλου')
    expect(text).toContain('Change made: the customer record has been erased')
    expect(text).toContain('confirm to us in writing by 20 October 2026')
  })

  it('names the missing recipient', () => {
    const letter = compose('notice-to-recipients', 'uk', (f) => void (f.notice = { change: 'erased' }))
    expect(letter.missingFields).toEqual(expect.arrayContaining(['notice.recipient.name', 'notice.recipient.address']))
  })
})

describe('complaints', () => {
  it('the acknowledgement cites s.164A DPA 2018 and the date received', () => {
    const text = body(compose('complaint-acknowledgement', 'uk'))
    expect(text).toContain('which we received on 10 September 2026')
    expect(text).toContain('section 164A of the Data Protection Act 2018')
    expect(text).toContain('tell you the outcome')
    expect(text).toContain('We expect to give you the outcome by 8 October 2026')
  })

  it('the response answers each point, gives the outcome, and (US) names the AAA and how to reach it', () => {
    const letter = compose('complaint-response', 'us')
    expect(letter.paragraphs).toContain(
      '1. You complained that we continued to send you marketing emails after you asked us to stop.\nOur response: Our records show that your request of 2 August was not applied to one of our mailing lists. We apologise. Your details have now been suppressed on every list.'
    )
    expect(letter.paragraphs.some((p) => p.startsWith('2. You asked why our first reply took five weeks.'))).toBe(true)
    const text = body(letter)
    expect(text).toContain('Outcome: We uphold your complaint.')
    expect(text).toContain('the American Arbitration Association (AAA)')
    expect(text).toContain('telephone 800.778.7879 (9AM–8PM EST, Monday–Friday)')
  })

  it('the UK response names the ICO and the judicial remedy', () => {
    const text = body(compose('complaint-response', 'uk'))
    expect(text).toContain("the Information Commissioner's Office (ICO), Churchill House")
    expect(text).toContain('Article 79 UK GDPR')
  })

  it('the DPF response cites Supplemental Principle III.11(d)(i) and names the free AAA mechanism and how to reach it', () => {
    const text = body(compose('dpf-complaint-response', 'eu'))
    expect(text).toContain('Supplemental Principle III.11(d)(i)')
    expect(text).toContain('within 45 days of receiving it')
    expect(text).toContain('the American Arbitration Association (AAA), the independent recourse mechanism we have designated under the Data Privacy Framework, whose services are free of charge to you; telephone 800.778.7879 (9AM–8PM EST, Monday–Friday)')
    expect(text).toContain('Annex I')
  })
})

describe('reply to the ICO', () => {
  it('goes to the case officer at the ICO, quotes their reference, and says how the data was processed, what was done and how it is put right', () => {
    const letter = compose('ico-reply', 'uk')
    expect(letter.recipient).toEqual({
      name: 'Mr Daniel Hughes',
      addressLines: ["Information Commissioner's Office", 'Churchill House', '17 Churchill Way', 'Cardiff CF10 2HH']
    })
    expect(letter.salutation).toBe('Dear Mr Hughes,')
    expect(letter.referenceLine).toBe('Our reference: PR-2026-0042 · Your reference: IC-402118-K7M3')
    const text = body(letter)
    expect(text).toContain('Thank you for your letter of 15 September 2026')
    expect(text).toContain('You asked us to reply by 6 October 2026')
    expect(text).toContain('1. How we processed the personal data: we process')
    expect(text).toContain('2. What we have done in response to the complaint: we investigated')
    expect(text).toContain('3. How we are putting matters right: we have corrected')
  })

  it('names the missing ICO details', () => {
    const letter = compose('ico-reply', 'uk', (f) => void (f.ico = { officer: 'Ms Anna Lewis' }))
    expect(letter.missingFields).toEqual(['ico.reference', 'ico.letterDate', 'ico.replyBy', 'ico.processing', 'ico.actions', 'ico.remedy'])
  })
})
