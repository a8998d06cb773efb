import { afterEach, describe, expect, it } from 'vitest'
import Holidays from 'date-holidays'
import { computeDeadline, DeadlineInputError, getHolidayOverrides, listHolidays, setHolidayOverrides } from '../../../src/deadlines'
import { easterSunday } from '../../../src/deadlines/canada-holidays'
import { addDays, weekday } from '../../../src/deadlines/calendar-date'

const weekdaysOnly = (code: string, year: number) =>
  listHolidays(code, year)
    .map((h) => h.date)
    .filter((d) => weekday(d) !== 0 && weekday(d) !== 6)

afterEach(() => setHolidayOverrides([]))

describe('UK bank holidays', () => {
  it('are the England and Wales 2026 list', () => {
    expect(weekdaysOnly('GB-ENG', 2026)).toEqual([
      '2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28'
    ])
  })

  it('differ in Scotland: 2 January, no Easter Monday, August, St Andrew\'s Day', () => {
    expect(weekdaysOnly('GB-SCT', 2026)).toEqual([
      '2026-01-01', '2026-01-02', '2026-04-03', '2026-05-04', '2026-05-25', '2026-08-03', '2026-11-30', '2026-12-25', '2026-12-28'
    ])
  })

  it('add St Patrick\'s Day and the Twelfth (substitute Monday) in Northern Ireland', () => {
    const ni = weekdaysOnly('GB-NIR', 2026)
    expect(ni).toContain('2026-03-17')
    expect(ni).toContain('2026-07-13')
    expect(weekdaysOnly('GB-ENG', 2026)).not.toContain('2026-07-13')
  })

  it('include the substitute days of 2027 and 2028', () => {
    expect(weekdaysOnly('GB-ENG', 2027)).toEqual([
      '2027-01-01', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-08-30', '2027-12-27', '2027-12-28'
    ])
    expect(weekdaysOnly('GB-ENG', 2028)).toContain('2028-01-03')
    expect(weekdaysOnly('GB-SCT', 2028).slice(0, 2)).toEqual(['2028-01-03', '2028-01-04'])
  })
})

describe('US federal holidays (OPM observed dates)', () => {
  it('are the OPM lists for 2026, 2027 and 2028', () => {
    expect(weekdaysOnly('US', 2026)).toEqual([
      '2026-01-01', '2026-01-19', '2026-02-16', '2026-05-25', '2026-06-19', '2026-07-03',
      '2026-09-07', '2026-10-12', '2026-11-11', '2026-11-26', '2026-12-25'
    ])
    expect(weekdaysOnly('US', 2027)).toEqual([
      '2027-01-01', '2027-01-18', '2027-02-15', '2027-05-31', '2027-06-18', '2027-07-05',
      '2027-09-06', '2027-10-11', '2027-11-11', '2027-11-25', '2027-12-24', '2027-12-31'
    ])
    expect(weekdaysOnly('US', 2028)).toEqual([
      '2028-01-17', '2028-02-21', '2028-05-29', '2028-06-19', '2028-07-04',
      '2028-09-04', '2028-10-09', '2028-11-10', '2028-11-23', '2028-12-25'
    ])
  })

  it('observe every weekend holiday on the Friday before or the Monday after, 2020 to 2045', () => {
    for (let year = 2020; year <= 2045; year++) {
      const dates = new Set([year - 1, year, year + 1].flatMap((y) => listHolidays('US', y).map((h) => h.date)))
      for (const h of listHolidays('US', year)) {
        if (weekday(h.date) === 6) expect(dates, `${h.name} ${h.date}`).toContain(addDays(h.date, -1))
        if (weekday(h.date) === 0) expect(dates, `${h.name} ${h.date}`).toContain(addDays(h.date, 1))
      }
    }
  })

  it('leave out observances and optional days such as Christmas Eve and the day after Thanksgiving', () => {
    const dates = listHolidays('US', 2026).map((h) => h.date)
    expect(dates).not.toContain('2026-12-24')
    expect(dates).not.toContain('2026-11-27')
    expect(dates).not.toContain('2026-02-14')
  })
})

describe('Canada (Interpretation Act s.35)', () => {
  it('is its own list, not date-holidays\' national CA list', () => {
    expect(listHolidays('CA', 2026).map((h) => h.date)).toEqual([
      '2026-01-01', '2026-04-03', '2026-04-06', '2026-05-18', '2026-07-01', '2026-09-07',
      '2026-09-30', '2026-10-12', '2026-11-11', '2026-12-25', '2026-12-26'
    ])
    const library = new Holidays('CA').getHolidays(2026).filter((h) => h.type === 'public').map((h) => h.date.slice(0, 10))
    expect(library).not.toContain('2026-04-06')
  })

  it('moves Canada Day to 2 July when 1 July is a Sunday, and adds the Monday after a Sunday New Year\'s or Remembrance Day', () => {
    const dates2029 = listHolidays('CA', 2029).map((h) => h.date)
    expect(dates2029).toContain('2029-07-02')
    expect(dates2029).not.toContain('2029-07-01')
    expect(dates2029).toContain('2029-11-12')
    expect(listHolidays('CA', 2023).map((h) => h.date)).toContain('2023-01-02')
  })

  it('has Victoria Day on the Monday before 25 May and Easter from the computus', () => {
    expect(listHolidays('CA', 2027).map((h) => h.date)).toContain('2027-05-24')
    expect(listHolidays('CA', 2028).map((h) => h.date)).toContain('2028-05-22')
    for (let year = 2000; year <= 2099; year++) {
      const goodFriday = new Holidays('GB', 'ENG').getHolidays(year).find((h) => h.name === 'Good Friday')
      expect(addDays(easterSunday(year), -2)).toBe(goodFriday?.date.slice(0, 10))
    }
  })

  it('has no National Day for Truth and Reconciliation before 2021', () => {
    expect(listHolidays('CA', 2020).map((h) => h.date)).not.toContain('2020-09-30')
    expect(listHolidays('CA', 2021).map((h) => h.date)).toContain('2021-09-30')
  })
})

describe('other calendars', () => {
  it('count only legal public holidays, not days banks close', () => {
    expect(listHolidays('DE', 2026).map((h) => h.date)).not.toContain('2026-12-24')
    expect(listHolidays('DE', 2026).map((h) => h.date)).not.toContain('2026-12-31')
    expect(listHolidays('IE', 2026).map((h) => h.date)).not.toContain('2026-04-03')
    expect(listHolidays('BR', 2027).map((h) => h.date)).not.toContain('2027-02-08')
    expect(listHolidays('BR', 2027).map((h) => h.date)).toContain('2027-04-21')
  })

  it('keep no substitute days for EU member states, but keep South Africa\'s', () => {
    expect(listHolidays('IE', 2027).map((h) => h.date)).not.toContain('2027-12-27')
    expect(listHolidays('ZA', 2027).map((h) => h.date)).toContain('2027-03-22')
  })

  it('reject an unknown calendar, naming the field', () => {
    expect(() => listHolidays('XX', 2026)).toThrow(DeadlineInputError)
    expect(() => computeDeadline({ regime: 'EU-GDPR', action: 'respond', received: '2026-03-02', calendar: 'ZZ' })).toThrow(
      expect.objectContaining({ field: 'calendar', message: expect.stringContaining("'ZZ'") })
    )
    expect(listHolidays('DE-BY', 2026).map((h) => h.date)).toContain('2026-01-06')
  })
})

describe('the office\'s own holiday changes', () => {
  it('add a proclaimed bank holiday at once, also after the year was cached', () => {
    const before = computeDeadline({ regime: 'UK-GDPR', action: 'respond', received: '2026-09-03' })
    expect(before.due).toBe('2026-10-05')
    setHolidayOverrides([{ calendar: 'GB-ENG', date: '2026-10-05', name: 'Proclaimed bank holiday', kind: 'add' }])
    const after = computeDeadline({ regime: 'UK-GDPR', action: 'respond', received: '2026-09-03' })
    expect(after.due).toBe('2026-10-06')
    expect(after.steps.join('\n')).toContain("Proclaimed bank holiday, a holiday added in the office's settings")
    const scotland = computeDeadline({ regime: 'UK-GDPR', action: 'respond', received: '2026-09-03', calendar: 'GB-SCT' })
    expect(scotland.due).toBe('2026-10-05')
  })

  it('remove a holiday', () => {
    expect(computeDeadline({ regime: 'UK-GDPR', action: 'respond', received: '2026-11-25' }).due).toBe('2026-12-29')
    setHolidayOverrides([{ calendar: 'GB-ENG', date: '2026-12-28', name: '', kind: 'remove' }])
    expect(computeDeadline({ regime: 'UK-GDPR', action: 'respond', received: '2026-11-25' }).due).toBe('2026-12-28')
    expect(listHolidays('GB-ENG', 2026).map((h) => h.date)).not.toContain('2026-12-28')
  })

  it('count in business days too', () => {
    setHolidayOverrides([{ calendar: 'US', date: '2026-12-24', name: 'Executive order: federal offices closed', kind: 'add' }])
    expect(computeDeadline({ regime: 'CCPA', action: 'acknowledge', received: '2026-12-18' }).due).toBe('2027-01-06')
  })

  it('reject a bad entry, naming it, and keep the previous list in force', () => {
    const good = { calendar: 'GB-ENG', date: '2026-10-05', name: 'Proclaimed', kind: 'add' as const }
    setHolidayOverrides([good])
    expect(() => setHolidayOverrides([good, { ...good, date: '2026-02-30' }])).toThrow(
      expect.objectContaining({ field: 'overrides[1].date' })
    )
    expect(() => setHolidayOverrides([{ ...good, calendar: 'XX' }])).toThrow(expect.objectContaining({ field: 'overrides[0].calendar' }))
    expect(() => setHolidayOverrides([{ ...good, name: ' ' }])).toThrow(expect.objectContaining({ field: 'overrides[0].name' }))
    expect(() => setHolidayOverrides([good, { ...good, kind: 'remove' }])).toThrow(expect.objectContaining({ field: 'overrides[1].kind' }))
    expect(getHolidayOverrides()).toEqual([good])
  })
})
