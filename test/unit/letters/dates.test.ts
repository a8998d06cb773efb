import { describe, expect, it } from 'vitest'
import { formatLetterDate } from '../../../src/letters'

describe('dates in letters', () => {
  it('are written out in full, day first in British English and month first in American English', () => {
    expect(formatLetterDate('2026-10-03', 'en-GB')).toBe('3 October 2026')
    expect(formatLetterDate('2026-10-03', 'en-US')).toBe('October 3, 2026')
    expect(formatLetterDate('2028-02-29', 'en-GB')).toBe('29 February 2028')
  })

  it('are absent when the date is missing or not a real date', () => {
    expect(formatLetterDate(undefined, 'en-GB')).toBeUndefined()
    expect(formatLetterDate('2026-02-30', 'en-GB')).toBeUndefined()
    expect(formatLetterDate('3/10/2026', 'en-US')).toBeUndefined()
  })
})
