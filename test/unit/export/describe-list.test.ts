import { describe, expect, it } from 'vitest'
import { describeListQuery } from '../../../renderer/features/exports/describe-list'

describe('describeListQuery', () => {
  it('names every filter of the list, so the user knows which cases the export holds', () => {
    expect(describeListQuery({ sort: 'received-desc' })).toBe('')
    expect(
      describeListQuery(
        { sort: 'name-asc', status: 'open', right: 'erasure', channel: 'email', regime: 'CCPA', kind: 'complaint', escalatedTo: 'ico', escalationOutcome: 'pending', search: 'smith' },
        "Information Commissioner's Office"
      )
    ).toBe(
      "status: open (not closed); right: Erasure; channel: Email; regime: CCPA/CPRA (California); complaints only; escalated to Information Commissioner's Office; escalation outcome: awaited; search: “smith”"
    )
    expect(describeListQuery({ sort: 'received-desc', escalatedTo: 'any', escalationOutcome: 'no-infringement', kind: 'request' })).toBe(
      'requests only; escalated to any body; escalation outcome: No infringement'
    )
  })
})
