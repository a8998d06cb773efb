import { describe, expect, it } from 'vitest'
import type { Case } from '../../../src/domain/case'
import { liftLegalHold, placeLegalHold } from '../../../src/retention/legal-hold'

const base = { id: 1, reference: 'PR-2026-0001', status: 'closed', closedOn: '2022-01-01' } as Case

describe('legal hold', () => {
  it('records who placed it, when, and why, and says so for the history', () => {
    const { next, action, changes } = placeLegalHold(base, ' Litigation: Smith v Northwind ', '2026-12-01', 'Priya Shah')
    expect(next.legalHold).toEqual({ since: '2026-12-01', reason: 'Litigation: Smith v Northwind', by: 'Priya Shah' })
    expect(action).toBe('Legal hold placed')
    expect(changes).toEqual([{ field: 'legalHold', label: 'Legal hold', from: '', to: 'Since 2026-12-01: Litigation: Smith v Northwind' }])
    expect(base.legalHold).toBeUndefined()
  })

  it('refuses a hold without a reason, a second hold, or lifting a hold that is not there', () => {
    expect(() => placeLegalHold(base, '  ', '2026-12-01', 'P')).toThrow(/Give the reason/)
    expect(() => placeLegalHold(base, 'x'.repeat(1001), '2026-12-01', 'P')).toThrow(/1,000 characters/)
    const held = placeLegalHold(base, 'Inquiry', '2026-12-01', 'P').next
    expect(() => placeLegalHold(held, 'Again', '2026-12-02', 'P')).toThrow(/already on legal hold since 2026-12-01/)
    expect(() => liftLegalHold(base)).toThrow(/not on legal hold/)
  })

  it('lifts the hold entirely, with the old hold in the history', () => {
    const held = placeLegalHold(base, 'Inquiry', '2026-12-01', 'P').next
    const { next, action, changes } = liftLegalHold(held)
    expect('legalHold' in next).toBe(false)
    expect(action).toBe('Legal hold lifted')
    expect(changes[0]).toMatchObject({ from: 'Since 2026-12-01: Inquiry', to: '' })
  })
})
