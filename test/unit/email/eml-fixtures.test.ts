import { describe, expect, it } from 'vitest'
import { detectIcoCaseLetter } from '../../../src/email'
import { importFixture } from './fixtures'

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

describe('importing the .eml fixtures written for this project', () => {
  it('reads the Polish subject access request: RFC 2047 sender, quoted-printable body, a PNG with a non-ASCII name', async () => {
    const email = await importFixture('sar-unicode-with-attachment.eml')
    expect(email.format).toBe('eml')
    expect(email.fromName).toBe('Agnieszka Wąsowska-Ørsted')
    expect(email.fromEmail).toBe('a.wasowska@example.pl')
    expect(email.subject).toBe('Wniosek o dostęp do danych / Subject access request')
    expect(email.sentAt).toBe('2026-03-06T16:42:00.000Z')
    expect(email.received).toBe('2026-03-06')
    expect(email.suggestedRights).toEqual(['access'])
    expect(email.missing).toEqual([])
    expect(email.body).toContain('ul. Świętokrzyska 12/4, 00-916 Warszawa')
    expect(email.body).toContain('Z poważaniem,\nAgnieszka Wąsowska-Ørsted')
    expect(email.body).not.toMatch(/\r|=C4=85/)
    expect(email.attachments).toHaveLength(1)
    const [scan] = email.attachments
    expect(scan!.name).toBe('dowód osobisty.png')
    expect(scan!.mimeType).toBe('image/png')
    expect([...scan!.bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE)
  })

  it('reads the Californian opt-out: two rights and the CCPA', async () => {
    const email = await importFixture('opt-out-california.eml')
    expect(email.fromName).toBe('Jordan Lee')
    expect(email.fromEmail).toBe('jordan.lee@example.org')
    expect(email.subject).toBe('unsubscribe')
    expect(email.suggestedRights).toEqual(['marketing-opt-out', 'sale-sharing-opt-out'])
    expect(email.suggestedRegime).toBe('CCPA')
    expect(email.body).toBe(
      'Please stop sending me marketing emails and do not sell or share my information. I live in San Diego, CA.\n\nJordan'
    )
  })

  it('dates the opt-out by the office’s calendar: sent 09:05 −08:00 on 20 Nov is still 20 Nov in London, 21 Nov in Tokyo', async () => {
    const london = await importFixture('opt-out-california.eml', 'Europe/London')
    expect(london.sentAt).toBe('2026-11-20T17:05:00.000Z')
    expect(london.received).toBe('2026-11-20')
    expect((await importFixture('opt-out-california.eml', 'Asia/Tokyo')).received).toBe('2026-11-21')
    expect((await importFixture('opt-out-california.eml', 'America/Los_Angeles')).received).toBe('2026-11-20')
  })

  it('recognises the ICO case officer’s letter, its references and its reply date', async () => {
    const email = await importFixture('ico-case-officer-letter.eml')
    expect(email.fromName).toBe('Case Officer, Information Commissioner’s Office')
    expect(email.fromEmail).toBe('casework@ico.example')
    expect(email.received).toBe('2026-05-12')
    expect(detectIcoCaseLetter(email)).toEqual({
      icoReference: 'IC-123456-A1B2',
      ourReference: 'PR-2026-0042',
      replyBy: '2026-06-09'
    })
  })

  it('does not take a requester’s email for an ICO letter', async () => {
    expect(detectIcoCaseLetter(await importFixture('sar-unicode-with-attachment.eml'))).toBeUndefined()
    expect(detectIcoCaseLetter(await importFixture('opt-out-california.eml'))).toBeUndefined()
  })
})

describe('importing the public .eml fixtures', () => {
  it('asks for the sender, the date and the subject when mixed.eml has none, and keeps its text', async () => {
    const email = await importFixture('mixed.eml')
    expect(email.missing).toEqual(['sender', 'date', 'subject'])
    expect(email.fromName).toBe('')
    expect(email.fromEmail).toBe('')
    expect(email.sentAt).toBe('')
    expect(email.received).toBe('')
    expect(email.body).toContain('Good Morning;')
    expect(email.suggestedRights).toEqual([])
    expect(email.suggestedRegime).toBeUndefined()
  })

  it('parses the MIME torture test, naming every attachment, even the unnamed ones', async () => {
    const email = await importFixture('mime-torture.eml')
    expect(email.fromEmail).toBe('rfinnie@domain.dom')
    expect(email.subject).toBe("Ryan Finnie's MIME Torture Test v1.0")
    expect(email.sentAt).toBe('2003-10-24T06:28:34.000Z')
    expect(email.body.startsWith("Welcome to Ryan Finnie's MIME torture test.")).toBe(true)
    expect(email.attachments.map((a) => a.name)).toEqual([
      'foo.gz', 'blah.gz', 'blah1.gz', 'attachment 4.gz', 'htmlfile.html', 'smiley-3.png', 'dot.gif', 'signature.asc', 'attachment 9.gif'
    ])
    for (const a of email.attachments) expect(a.bytes.length).toBeGreaterThan(0)
  })

  it('reads a delivery failure report, keeping the report and the returned message as attachments', async () => {
    const email = await importFixture('bounce.eml')
    expect(email.fromName).toBe('Mail Delivery System')
    expect(email.subject).toBe('Undelivered Mail Returned to Sender')
    expect(email.body).toContain('your message could not\nbe delivered')
    expect(email.attachments.map((a) => [a.name, a.mimeType])).toEqual([
      ['attachment 1.txt', 'message/delivery-status'],
      ['attachment 2.eml', 'message/rfc822']
    ])
  })

  it('keeps only new lines and tabs of the control characters', async () => {
    for (const name of ['sar-unicode-with-attachment.eml', 'mime-torture.eml', 'bounce.eml', 'mixed.eml']) {
      const email = await importFixture(name)
      expect(email.body).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/)
      expect(email.subject + email.fromName).not.toMatch(/[\u0000-\u001F\u007F-\u009F]/)
    }
  })
})
