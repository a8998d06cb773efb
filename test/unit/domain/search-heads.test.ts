import { describe, expect, it } from 'vitest'
import { facetHeads, headOf, searchHeads } from '../../../src/domain/search-heads'

describe('search heads', () => {
  it('keep the first three characters of each token, once each, with the date received and the name key', () => {
    expect(searchHeads(['anne murphy', 'anne', 'murphy', 'murray', 'a1'], '2026-11-30', 'anne murphy')).toEqual([
      ['received', 'ann', '2026-11-30'],
      ['name', 'ann', 'anne murphy'],
      ['received', 'mur', '2026-11-30'],
      ['name', 'mur', 'anne murphy']
    ])
  })

  it('count characters, not UTF-16 units, so no character is cut in half', () => {
    expect(headOf('𠀋𡈁𡌛𡑮')).toBe('𠀋𡈁𡌛')
    expect(headOf('王小明')).toBe('王小明')
    expect(headOf('王小')).toBeUndefined()
    expect(headOf('παπαδο')).toBe('παπ')
  })

  it('give each list filter a case passes its own head, longer than any token head', () => {
    const open = facetHeads({ rights: ['access', 'erasure'], channel: 'post', regime: 'UK-GDPR', kind: 'request', status: 'extended' })
    expect(open).toEqual(['right=access', 'right=erasure', 'channel=post', 'regime=UK-GDPR', 'kind=request', 'status=extended', 'open'])
    expect(facetHeads({ rights: [], channel: 'email', regime: 'CCPA', kind: 'complaint', status: 'closed' })).not.toContain('open')
    expect(open.every((f) => Array.from(f).length > 3)).toBe(true)
    expect(searchHeads(['ann'], '2026-11-30', 'ann', ['open'])).toEqual([
      ['received', 'open', '2026-11-30'],
      ['name', 'open', 'ann'],
      ['received', 'ann', '2026-11-30'],
      ['name', 'ann', 'ann']
    ])
  })
})
