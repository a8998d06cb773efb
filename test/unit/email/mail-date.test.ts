import { describe, expect, it } from 'vitest'
import { parseMailDate } from '../../../src/email/mail-date'

const iso = (value: string) => parseMailDate(value)?.toISOString()

describe('parseMailDate', () => {
  it('reads RFC 5322 dates with numeric zones', () => {
    expect(iso('Fri, 20 Nov 2026 09:05:00 -0800')).toBe('2026-11-20T17:05:00.000Z')
    expect(iso('Fri, 06 Mar 2026 17:42:00 +0100')).toBe('2026-03-06T16:42:00.000Z')
    expect(iso('23 Oct 2003 23:28:34 -0700')).toBe('2003-10-24T06:28:34.000Z')
    expect(iso('Mon, 10 Oct 2022 01:37:22 -0400 (EDT)')).toBe('2022-10-10T05:37:22.000Z')
  })

  it('reads obsolete zone names, two-digit years and no seconds', () => {
    expect(iso('Tue, 1 Jul 2003 10:52 EDT')).toBe('2003-07-01T14:52:00.000Z')
    expect(iso('Wed, 01 Nov 2023 00:48:31 GMT')).toBe('2023-11-01T00:48:31.000Z')
    expect(iso('1 Jan 99 12:00:00 +0000')).toBe('1999-01-01T12:00:00.000Z')
  })

  it('reads a date without a zone as UTC, whatever the computer’s zone', () => {
    expect(iso('Fri, 06 Mar 2026 17:42:00')).toBe('2026-03-06T17:42:00.000Z')
  })

  it('reads ISO 8601 with an offset', () => {
    expect(iso('2026-03-06T17:42:00+01:00')).toBe('2026-03-06T16:42:00.000Z')
  })

  it('gives nothing for a date that is not one', () => {
    for (const value of ['', 'yesterday', '31 Feb 2026 10:00:00 +0000', '06 Mar 2026 25:00:00 +0000', '06 Foo 2026 10:00 +0000', '2026-03-06']) {
      expect(parseMailDate(value)).toBeUndefined()
    }
  })
})
