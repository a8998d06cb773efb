import { describe, expect, it } from 'vitest'
import { parseEmailFile } from '../../../src/email'
import { text } from './fixtures'

const TZ = { timeZone: 'Europe/London' }
const read = (source: string) => parseEmailFile({ name: 'message.eml', bytes: text(source.replace(/\n/g, '\r\n')) }, TZ)

describe('reading .eml files the fixtures do not cover', () => {
  it('takes the body from the HTML when there is no text part, with scripts and styles gone', async () => {
    const email = await read(
      'From: jo@example.org\nSubject: Request\nDate: Mon, 02 Mar 2026 10:00:00 +0000\nContent-Type: text/html; charset=utf-8\n\n' +
        '<style>p{color:red}</style><p>Please send me a copy of my personal data.</p><p>Caf&eacute; &amp; co</p><script>steal()</script>'
    )
    expect(email.body).toBe('Please send me a copy of my personal data.\n\nCafé & co')
    expect(email.suggestedRights).toEqual(['access'])
  })

  it('decodes an RFC 2047 attachment name and keeps only its last path segment', async () => {
    const email = await read(
      'From: jo@example.org\nSubject: ID\nContent-Type: multipart/mixed; boundary=x\n\n' +
        '--x\nContent-Type: text/plain\n\nAttached.\n' +
        '--x\nContent-Type: application/pdf; name="=?UTF-8?B?UGHFhHN0d28ucGRm?="\nContent-Disposition: attachment; filename="=?UTF-8?B?UGHFhHN0d28ucGRm?="\nContent-Transfer-Encoding: base64\n\nJVBERi0xLjQK\n' +
        '--x\nContent-Type: application/octet-stream\nContent-Disposition: attachment; filename="../../etc/passwd"\n\nroot\n' +
        '--x--\n'
    )
    expect(email.attachments.map((a) => [a.name, a.mimeType])).toEqual([
      ['Państwo.pdf', 'application/pdf'],
      ['passwd', 'application/octet-stream']
    ])
    expect(new TextDecoder().decode(email.attachments[0]!.bytes)).toBe('%PDF-1.4\n')
  })

  it('removes control characters from the name, subject and body, and turns CRLF into LF', async () => {
    const email = await read('From: "Jo\u0007 Bloggs" <jo@example.org>\nSubject: Hello\u0001 there\nDate: Mon, 02 Mar 2026 10:00:00 +0000\n\nline one\u0000\nline\ttwo\u001b\n')
    expect(email.fromName).toBe('Jo Bloggs')
    expect(email.subject).toBe('Hello there')
    expect(email.body).toBe('line one\nline\ttwo')
  })

  it('leaves out a sender address that is not an email address, and a name that is only the address', async () => {
    const noAddress = await read('From: Jo Bloggs <not-an-address>\nSubject: x\n\nhi')
    expect(noAddress.fromEmail).toBe('')
    expect(noAddress.missing).toEqual(['sender', 'date'])
    const addressAsName = await read('From: "jo@example.org" <jo@example.org>\nSubject: x\n\nhi')
    expect(addressAsName.fromName).toBe('')
    expect(addressAsName.fromEmail).toBe('jo@example.org')
  })

  it('treats a Date header that does not parse as missing', async () => {
    const email = await read('From: jo@example.org\nSubject: x\nDate: sometime last week\n\nhi')
    expect(email.sentAt).toBe('')
    expect(email.received).toBe('')
    expect(email.missing).toEqual(['date'])
  })

  it('rejects an unknown time zone as the program’s error, not the file’s', async () => {
    await expect(parseEmailFile({ name: 'a.eml', bytes: text('From: a@example.org\r\n\r\nhi') }, { timeZone: 'Mars/Olympus' })).rejects.toThrow(RangeError)
  })
})
