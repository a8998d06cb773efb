import { describe, expect, it } from 'vitest'
import { computeDeadline, DeadlineInputError, type DeadlineQuery } from '../../../src/deadlines'

function errorFor(query: DeadlineQuery): DeadlineInputError {
  try {
    computeDeadline(query)
  } catch (e) {
    expect(e).toBeInstanceOf(DeadlineInputError)
    return e as DeadlineInputError
  }
  throw new Error('expected computeDeadline to throw')
}

const base: DeadlineQuery = { regime: 'UK-GDPR', action: 'respond', received: '2026-03-02' }

describe('wrong facts are refused, naming the field and what to fix', () => {
  it('an unknown regime', () => {
    const e = errorFor({ ...base, regime: 'GDPR-XX' as DeadlineQuery['regime'] })
    expect(e.field).toBe('regime')
    expect(e.message).toContain("'GDPR-XX'")
    expect(e.message).toContain('UK-GDPR')
  })

  it('an action the regime does not have', () => {
    const e = errorFor({ ...base, regime: 'LGPD', action: 'acknowledge' })
    expect(e.field).toBe('action')
    expect(e.message).toContain('respond')
    expect(errorFor({ ...base, regime: 'APP', action: 'extension-notice' }).field).toBe('action')
    expect(errorFor({ ...base, action: 'nonsense' as DeadlineQuery['action'] }).field).toBe('action')
  })

  it('an impossible date', () => {
    const e = errorFor({ ...base, received: '2026-02-30' })
    expect(e.field).toBe('received')
    expect(e.message).toContain('date received')
    expect(e.message).toContain('2026-02-30')
    expect(errorFor({ ...base, received: '30/03/2026' }).field).toBe('received')
    expect(errorFor({ ...base, received: '' }).message).toContain('missing')
    expect(errorFor({ ...base, identityReceived: '2026-13-01' }).field).toBe('identityReceived')
  })

  it('a clock start before receipt', () => {
    const identity = errorFor({ ...base, identityReceived: '2026-03-01' })
    expect(identity.field).toBe('identityReceived')
    expect(identity.message).toContain('before the request was received')
    expect(errorFor({ ...base, feePaid: '2026-02-27' }).field).toBe('feePaid')
  })

  it('a pause that ends before it starts, or starts before receipt', () => {
    const e = errorFor({ ...base, clarifications: [{ requested: '2026-03-10', received: '2026-03-09' }] })
    expect(e.field).toBe('clarifications[0].received')
    expect(e.message).toContain('cannot end before it starts')
    const second = errorFor({
      ...base,
      clarifications: [
        { requested: '2026-03-04', received: '2026-03-05' },
        { requested: '2026-03-01', received: '2026-03-05' }
      ]
    })
    expect(second.field).toBe('clarifications[1].requested')
    expect(errorFor({ ...base, clarifications: [{ requested: '2026-03-04', received: '2026-02-31' }] }).field).toBe(
      'clarifications[0].received'
    )
  })

  it('an extension where the law allows none', () => {
    expect(errorFor({ ...base, regime: 'LGPD', extended: true }).field).toBe('extended')
  })
})
