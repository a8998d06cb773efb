import { describe, expect, it } from 'vitest'
import { detectIcoCaseLetter, type ImportedEmail } from '../../../src/email'

function email(overrides: Partial<ImportedEmail>): ImportedEmail {
  return {
    format: 'eml', fromName: '', fromEmail: '', subject: '', sentAt: '', received: '', body: '',
    attachments: [], missing: [], suggestedRights: [], ...overrides
  }
}

describe('detectIcoCaseLetter', () => {
  it('reads a letter from an ico.org.uk address, with the date written month first', () => {
    const letter = detectIcoCaseLetter(
      email({ fromEmail: 'casework@ico.org.uk', subject: 'Case IC-987654-Z9Y8', body: 'Please respond no later than June 30, 2026.' })
    )
    expect(letter).toEqual({ icoReference: 'IC-987654-Z9Y8', replyBy: '2026-06-30' })
  })

  it('takes the first reply date, and skips a date that does not exist', () => {
    const body = 'Information Commissioner’s Office. Ref IC-123456-A1B2. Reply by 31 June 2026, or at the latest by 2 July 2026.'
    expect(detectIcoCaseLetter(email({ body }))?.replyBy).toBe('2026-07-02')
  })

  it('does not take an IC- reference from someone else for an ICO letter', () => {
    expect(detectIcoCaseLetter(email({ fromEmail: 'jo@example.org', body: 'My ICO case is IC-123456-A1B2.' }))).toBeUndefined()
  })

  it('does not take a letter from the ICO without a case reference for a case letter', () => {
    expect(detectIcoCaseLetter(email({ fromEmail: 'news@ico.org.uk', body: 'Our newsletter, by 9 June 2026.' }))).toBeUndefined()
  })
})
