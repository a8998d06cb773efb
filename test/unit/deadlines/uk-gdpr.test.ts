import { describe, expect, it } from 'vitest'
import { computeDeadline, DeadlineInputError, type DeadlineQuery } from '../../../src/deadlines'

const uk = (q: Partial<DeadlineQuery> & { received: string }) => computeDeadline({ regime: 'UK-GDPR', action: 'respond', ...q })

describe('UK GDPR: one calendar month, the ICO\'s counting', () => {
  it('3 September → 3 October (2025, when 3 October is a Friday)', () => {
    const r = uk({ received: '2025-09-03' })
    expect(r).toMatchObject({ start: '2025-09-03', unadjusted: '2025-10-03', due: '2025-10-03' })
    expect(r.citation).toBe('UK GDPR Art. 12(3), 12A; ICO guidance on time limits')
  })

  it('3 September 2026 → 3 October, a Saturday, rolled to Monday 5 October', () => {
    const r = uk({ received: '2026-09-03' })
    expect(r).toMatchObject({ unadjusted: '2026-10-03', due: '2026-10-05' })
    expect(r.steps.join('\n')).toContain('Saturday 3 October 2026 (a weekend day) and Sunday 4 October 2026 (a weekend day)')
  })

  it('31 March → 30 April (no 31 April): the month\'s last day', () => {
    const r = uk({ received: '2026-03-31' })
    expect(r).toMatchObject({ unadjusted: '2026-04-30', due: '2026-04-30' })
    expect(r.steps.join('\n')).toContain('no 31st')
  })

  it('25 November → 27 December in 2024 and 2029, when 25 and 26 December are bank holidays and 27 December a working day', () => {
    const r2024 = uk({ received: '2024-11-25' })
    expect(r2024).toMatchObject({ unadjusted: '2024-12-25', due: '2024-12-27' })
    expect(r2024.steps.join('\n')).toContain('Christmas Day, a bank holiday in England and Wales')
    expect(r2024.steps.join('\n')).toContain('Boxing Day, a bank holiday in England and Wales')
    expect(uk({ received: '2029-11-25' })).toMatchObject({ unadjusted: '2029-12-25', due: '2029-12-27' })
  })

  it('25 November 2026 → 29 December: Christmas on a Friday, the Boxing Day substitute on Monday 28th', () => {
    const r = uk({ received: '2026-11-25' })
    expect(r.due).toBe('2026-12-29')
    expect(r.steps.join('\n')).toContain('Boxing Day (substitute day)')
  })

  it('31 January 2027 → 28 February, a Sunday, rolled to 1 March; in 2028 to 29 February', () => {
    expect(uk({ received: '2027-01-31' })).toMatchObject({ unadjusted: '2027-02-28', due: '2027-03-01' })
    expect(uk({ received: '2028-01-31' })).toMatchObject({ unadjusted: '2028-02-29', due: '2028-02-29' })
  })

  it('rolls over Easter', () => {
    expect(uk({ received: '2026-03-06' })).toMatchObject({ unadjusted: '2026-04-06', due: '2026-04-07' })
  })
})

describe('UK nations', () => {
  it('Scotland: 2 January is a bank holiday, in England a working day', () => {
    expect(uk({ received: '2025-12-02' }).due).toBe('2026-01-02')
    expect(uk({ received: '2025-12-02', calendar: 'GB-SCT' }).due).toBe('2026-01-05')
  })

  it('Scotland: St Andrew\'s Day; England: Easter Monday', () => {
    expect(uk({ received: '2026-10-30' }).due).toBe('2026-11-30')
    const scotland = uk({ received: '2026-10-30', calendar: 'GB-SCT' })
    expect(scotland.due).toBe('2026-12-01')
    expect(scotland.steps.join('\n')).toContain('a bank holiday in Scotland')
    expect(uk({ received: '2026-03-06', calendar: 'GB-SCT' }).due).toBe('2026-04-06')
  })

  it('Northern Ireland: the Twelfth\'s substitute Monday', () => {
    expect(uk({ received: '2026-06-13' }).due).toBe('2026-07-13')
    expect(uk({ received: '2026-06-13', calendar: 'GB-NIR' }).due).toBe('2026-07-14')
  })
})

describe('UK clock start: the latest of receipt, identity and fee', () => {
  it('starts when identity arrives later', () => {
    const r = uk({ received: '2025-09-03', identityReceived: '2025-09-10' })
    expect(r).toMatchObject({ start: '2025-09-10', due: '2025-10-10' })
    expect(r.steps.join('\n')).toContain('when the identity information arrived')
  })

  it('starts when the fee is paid after the identity arrived', () => {
    const r = uk({ received: '2025-09-03', identityReceived: '2025-09-10', feePaid: '2025-09-15' })
    expect(r).toMatchObject({ start: '2025-09-15', due: '2025-10-15' })
    expect(r.steps.join('\n')).toContain('when the fee was paid')
  })

  it('identity received on the day of receipt changes nothing', () => {
    expect(uk({ received: '2025-09-03', identityReceived: '2025-09-03' })).toMatchObject({ start: '2025-09-03', due: '2025-10-03' })
  })
})

describe('UK stop-the-clock (Art. 12A)', () => {
  it('does not count the days from asked to arrived, both included, then rolls', () => {
    const r = uk({ received: '2026-03-02', clarifications: [{ requested: '2026-03-04', received: '2026-03-09' }] })
    expect(r).toMatchObject({ start: '2026-03-02', unadjusted: '2026-04-08', due: '2026-04-08' })
    expect(r.steps.join('\n')).toContain('stopped for 6 days, both end days included')
  })

  it('a clarification asked and answered the same day pauses one day, and the roll follows', () => {
    const r = uk({ received: '2026-03-02', clarifications: [{ requested: '2026-03-04', received: '2026-03-04' }] })
    expect(r).toMatchObject({ unadjusted: '2026-04-03', due: '2026-04-07' })
    expect(r.steps.join('\n')).toContain('Good Friday')
    expect(r.steps.join('\n')).toContain('Easter Monday')
  })

  it('adds several pauses, counting overlapping days once', () => {
    const two = uk({
      received: '2026-03-02',
      clarifications: [
        { requested: '2026-03-04', received: '2026-03-05' },
        { requested: '2026-03-16', received: '2026-03-18' }
      ]
    })
    expect(two.unadjusted).toBe('2026-04-07')
    const overlapping = uk({
      received: '2026-03-02',
      clarifications: [
        { requested: '2026-03-04', received: '2026-03-09' },
        { requested: '2026-03-06', received: '2026-03-10' }
      ]
    })
    expect(overlapping.unadjusted).toBe('2026-04-09')
  })

  it('ignores a clarification asked for after the time limit ran out', () => {
    const r = uk({ received: '2026-03-02', clarifications: [{ requested: '2026-04-10', received: '2026-04-14' }] })
    expect(r.due).toBe('2026-04-02')
    expect(r.steps.join('\n')).toContain('after the time limit had run out')
  })

  it('counts only the paused days after the clock started', () => {
    const r = uk({
      received: '2025-09-01',
      identityReceived: '2025-09-10',
      clarifications: [{ requested: '2025-09-05', received: '2025-09-12' }]
    })
    expect(r).toMatchObject({ start: '2025-09-10', unadjusted: '2025-10-13', due: '2025-10-13' })
  })
})

describe('UK extension: three months from the start, not chained', () => {
  it('31 January 2026 extended → 30 April 2026 (chaining would give 28 April or later from a rolled date)', () => {
    const r = uk({ received: '2026-01-31', extended: true })
    expect(r).toMatchObject({ unadjusted: '2026-04-30', due: '2026-04-30' })
    expect(r.steps.join('\n')).toContain('three months from the day the clock started')
  })

  it('runs from a later clock start and adds pauses', () => {
    const r = uk({
      received: '2026-03-02',
      identityReceived: '2026-03-03',
      extended: true,
      clarifications: [{ requested: '2026-03-10', received: '2026-03-11' }]
    })
    expect(r).toMatchObject({ start: '2026-03-03', unadjusted: '2026-06-05', due: '2026-06-05' })
  })

  it('the extension notice is due at the end of the first month', () => {
    const notice = computeDeadline({ regime: 'UK-GDPR', action: 'extension-notice', received: '2026-01-31', extended: true })
    expect(notice).toMatchObject({ unadjusted: '2026-02-28', due: '2026-03-02' })
    expect(notice.steps.join('\n')).toContain('within the first period')
  })
})

describe('DPA 2018 s.164A: acknowledging a complaint', () => {
  it('30 days beginning the day after receipt, rolled', () => {
    const r = computeDeadline({ regime: 'UK-GDPR', action: 'complaint-acknowledge', received: '2026-06-19' })
    expect(r).toMatchObject({ start: '2026-06-19', unadjusted: '2026-07-19', due: '2026-07-20' })
    expect(r.citation).toBe('DPA 2018 s.164A')
  })

  it('does not apply to complaints received before 19 June 2026: the engine refuses, naming the date received', () => {
    expect(() => computeDeadline({ regime: 'UK-GDPR', action: 'complaint-acknowledge', received: '2026-06-18' })).toThrow(
      expect.objectContaining({ field: 'received', message: expect.stringContaining('19 June 2026') })
    )
    expect(() => computeDeadline({ regime: 'UK-GDPR', action: 'complaint-acknowledge', received: '2026-06-18' })).toThrow(
      DeadlineInputError
    )
  })
})
