import { describe, expect, it } from 'vitest'
import { EmailImportError, parseEmailFile } from '../../../src/email'
import { buildMsg, PROP } from './build-msg'
import { importFixture, rejection } from './fixtures'

describe('importing the Outlook .msg fixtures', () => {
  it('reads a draft with no sender and no sending date, and asks for both', async () => {
    const email = await importFixture('simple.msg')
    expect(email.format).toBe('msg')
    expect(email.subject).toBe('Simple')
    expect(email.body).toBe('Simple')
    expect(email.fromEmail).toBe('')
    expect(email.sentAt).toBe('')
    expect(email.missing).toEqual(['sender', 'date'])
  })

  it('keeps a Unicode subject as Outlook stored it', async () => {
    const email = await importFixture('unicode.msg')
    expect(email.subject).toBe('畑㵲応ｲ瑤㵨㠱')
    expect(email.body).toBe('The subject having “畑㵲応イ瑤㵨㠱” text.')
    expect(email.missing).toContain('sender')
  })

  it('keeps Chinese, Japanese and Korean text', async () => {
    const email = await importFixture('cjk.msg')
    expect(email.subject).toBe('Hello +CJK')
    expect(email.body).toBe('Hello\nC 你好\nJ こんにちは\nK 안녕하세요')
  })

  it('reads a received message: sender, sending time and its three attachments', async () => {
    const email = await importFixture('attachments.msg', 'Asia/Tokyo')
    expect(email.fromName).toBe('hmailuser')
    expect(email.fromEmail).toBe('hmailuser@hmailserver.test')
    expect(email.sentAt).toBe('2023-11-01T00:48:31.000Z')
    expect(email.received).toBe('2023-11-01')
    expect(email.missing).toEqual([])
    expect(email.attachments.map((a) => [a.name, a.mimeType, a.bytes.length])).toEqual([
      ['jpg.jpg', 'image/jpeg', 726],
      ['png.png', 'image/png', 134],
      ['tif.tif', 'image/tiff', 664]
    ])
    expect([...email.attachments[0]!.bytes.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff])
  })

  it('keeps a real attachment and an inline image', async () => {
    const email = await importFixture('attach-and-inline.msg')
    expect(email.attachments.map((a) => a.name)).toEqual(['attach.png', 'image001.png'])
    expect(email.missing).toContain('sender')
  })

  it('keeps an attached message as a .msg that can itself be imported', async () => {
    const email = await importFixture('msg-in-msg.msg')
    expect(email.subject).toBe('I have attachments!')
    expect(email.attachments.map((a) => [a.name, a.mimeType])).toEqual([
      ['Microsoft Outlook テスト メッセージ.msg', 'application/vnd.ms-outlook'],
      ['green.png', 'image/png']
    ])
    const inner = await parseEmailFile(
      { name: email.attachments[0]!.name, bytes: email.attachments[0]!.bytes },
      { timeZone: 'Europe/London' }
    )
    expect(inner.subject).toBe('Microsoft Outlook テスト メッセージ')
  })

  it('reads the body of a new-Outlook message from its HTML', async () => {
    const email = await importFixture('new-outlook.msg')
    expect(email.fromName).toBe('Microsoft Outlook')
    expect(email.fromEmail).toBe('ku@digitaldolphins.jp')
    expect(email.sentAt).toBe('2025-09-26T01:43:11.000Z')
    expect(email.body).toContain('Microsoft Outlook から自動送信されたものです。')
    expect(email.body).not.toMatch(/<|&[a-z]+;/)
  })

  it('reads a non-Unicode message', async () => {
    const email = await importFixture('non-unicode.msg')
    expect(email.subject).toBe('Non Unicode mail subject')
    expect(email.body).toBe('Non Unicode mail body!')
  })

  it('decodes 8-bit text in the message’s code page (windows-1250 for Polish)', async () => {
    const wasowska1250 = new Uint8Array([0x57, 0xb9, 0x73, 0x6f, 0x77, 0x73, 0x6b, 0x61])
    const bytes = buildMsg([
      { id: PROP.messageClass, type: 'ansi', bytes: new TextEncoder().encode('IPM.Note') },
      { id: PROP.subject, type: 'ansi', bytes: new TextEncoder().encode('Prosba o usuniecie danych') },
      { id: PROP.senderName, type: 'ansi', bytes: wasowska1250 },
      { id: PROP.senderAddressType, type: 'ansi', bytes: new TextEncoder().encode('SMTP') },
      { id: PROP.senderEmail, type: 'ansi', bytes: new TextEncoder().encode('a.wasowska@example.pl') },
      { id: PROP.messageCodepage, type: 'long', value: 1250 },
      { id: PROP.clientSubmitTime, type: 'time', iso: '2026-03-06T23:30:00Z' }
    ])
    const email = await parseEmailFile({ name: 'polish.msg', bytes }, { timeZone: 'Europe/Warsaw' })
    expect(email.fromName).toBe('Wąsowska')
    expect(email.fromEmail).toBe('a.wasowska@example.pl')
    expect(email.received).toBe('2026-03-07')
  })

  it('leaves an Exchange X.500 sender address out, keeping the name', async () => {
    const bytes = buildMsg([
      { id: PROP.messageClass, type: 'unicode', text: 'IPM.Note' },
      { id: PROP.subject, type: 'unicode', text: 'Delete my data' },
      { id: PROP.senderName, type: 'unicode', text: 'Dmitri Ivanov' },
      { id: PROP.senderAddressType, type: 'unicode', text: 'EX' },
      { id: PROP.senderEmail, type: 'unicode', text: '/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=a1-ivanov' }
    ])
    const email = await parseEmailFile({ name: 'x500.msg', bytes }, { timeZone: 'Europe/London' })
    expect(email.fromName).toBe('Dmitri Ivanov')
    expect(email.fromEmail).toBe('')
    expect(email.missing).toContain('sender')
    expect(email.suggestedRights).toEqual(['erasure'])
  })
})

describe('refusing Outlook items that are not emails', () => {
  it('refuses a contact, saying what it is and what to do', async () => {
    const error = await rejection(importFixture('not-an-email-contact.msg'))
    expect(error).toBeInstanceOf(EmailImportError)
    expect(error.message).toMatch(/^This Outlook file is a contact, not an email\./)
    expect(error.message).toMatch(/Save As/)
  })

  it('refuses an appointment', async () => {
    const error = await rejection(importFixture('not-an-email-appointment.msg'))
    expect(error).toBeInstanceOf(EmailImportError)
    expect(error.message).toMatch(/^This Outlook file is a calendar appointment, not an email\./)
  })
})
