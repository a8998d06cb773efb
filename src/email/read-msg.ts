import type MsgReaderClass from '@kenjiuno/msgreader'
import type { FieldsData } from '@kenjiuno/msgreader'
import { addressParser, decodeWords } from 'postal-mime'
import { attachmentMimeType, attachmentName } from './attachment-names'
import { ansiEncodingOf, codePageLabel, decodeText } from './codepages'
import { checkCompoundFile, DamagedCompoundFile } from './compound-file'
import { htmlToText } from './html-text'
import { DAMAGED_MESSAGE, EMAIL_LIMITS, EmailImportError, tooManyAttachments, type EmailAttachment, type ReadEmail } from './imported-email'
import { parseMailDate } from './mail-date'

type MsgReader = MsgReaderClass

/**
 * msgreader is loaded when the first .msg is read, so that an .eml import never
 * waits for it. In a browser bundle it needs 'iconv-lite' aliased to
 * ./iconv-lite-browser.ts (see that file); without the alias it fails to load.
 */
export async function loadMsgReader(): Promise<typeof MsgReaderClass> {
  let loaded: { default: unknown }
  try {
    loaded = await import('@kenjiuno/msgreader')
  } catch (cause) {
    throw new Error(
      "The Outlook .msg reader failed to load. In a browser bundle, alias 'iconv-lite' to src/email/iconv-lite-browser.ts.",
      { cause }
    )
  }
  // Node's ESM loader hands over the CommonJS exports object, a bundler its `default`.
  const exported = loaded.default as { default?: typeof MsgReaderClass } & typeof MsgReaderClass
  return exported.default ?? exported
}

const MSGFLAG_UNSENT = 0x8

const NOT_AN_EMAIL: [RegExp, string][] = [
  [/^ipm\.contact/, 'a contact'],
  [/^ipm\.distlist/, 'a contact group'],
  [/^ipm\.appointment/, 'a calendar appointment'],
  [/^ipm\.schedule\.meeting/, 'a meeting invitation'],
  [/^ipm\.task/, 'a task'],
  [/^ipm\.stickynote/, 'a note'],
  [/^ipm\.activity/, 'a journal entry']
]

/** Reads an Outlook item (.msg) and refuses one that is not an email. */
export function readMsg(bytes: Uint8Array, MsgReader: typeof MsgReaderClass): ReadEmail {
  let hasAnsiStrings: boolean
  try {
    hasAnsiStrings = checkCompoundFile(bytes).hasAnsiStrings
  } catch (cause) {
    if (cause instanceof DamagedCompoundFile) throw new EmailImportError(DAMAGED_MESSAGE, { cause })
    throw cause
  }
  // a copy made in this realm: msgreader checks `instanceof ArrayBuffer`
  const buffer = new Uint8Array(bytes).buffer
  let reader = new MsgReader(buffer)
  let data = reader.getFileData()
  if (data.error || data.dataType !== 'msg') throw new EmailImportError(DAMAGED_MESSAGE)
  if (hasAnsiStrings) {
    // 8-bit text is in the message's code page, which only the first reading tells
    reader = new MsgReader(buffer)
    reader.parserConfig = { ansiEncoding: ansiEncodingOf(data) }
    data = reader.getFileData()
  }
  refuseIfNotAnEmail(data.messageClass)
  const attachments = data.attachments ?? []
  if (attachments.length > EMAIL_LIMITS.attachments) throw tooManyAttachments(attachments.length)

  const headers = unfoldedHeaders(data.headers ?? '')
  const fromHeader = headers.get('from') ? addressParser(headers.get('from')!, { flatten: true })[0] : undefined
  const unsent = ((data.messageFlags ?? 0) & MSGFLAG_UNSENT) !== 0
  const senderIsSmtp = !data.senderAddressType || data.senderAddressType.toUpperCase() === 'SMTP'
  return {
    fromName: fromHeader?.name || data.senderName || '',
    fromEmail:
      [fromHeader?.address, data.sentRepresentingSmtpAddress, data.senderSmtpAddress, senderIsSmtp ? data.senderEmail : undefined]
        .map((a) => a?.trim() ?? '')
        .find((a) => a.includes('@')) ?? '',
    subject: data.subject ?? decodeWords(headers.get('subject') ?? ''),
    sentAt:
      parseMailDate(data.clientSubmitTime) ??
      parseMailDate(headers.get('date')) ??
      (unsent ? undefined : parseMailDate(data.messageDeliveryTime)),
    body: bodyOf(data),
    attachments: attachments.flatMap((attachment, index) => attachmentOf(reader, attachment, index + 1))
  }
}

function refuseIfNotAnEmail(messageClass: string | undefined): void {
  const cls = (messageClass ?? '').toLowerCase()
  if (cls === '' || cls.startsWith('ipm.note') || cls.startsWith('report.ipm.note') || cls.startsWith('ipm.post')) return
  const what = NOT_AN_EMAIL.find(([pattern]) => pattern.test(cls))?.[1]
  throw new EmailImportError(
    `This Outlook file is ${what ?? `an Outlook item of type “${messageClass}”`}, not an email. ` +
      'Import the email itself: drag it out of Outlook’s mail folder, or open it and use File › Save As.'
  )
}

function bodyOf(data: FieldsData): string {
  if (data.body?.trim()) return data.body
  if (data.bodyHtml?.trim()) return htmlToText(data.bodyHtml)
  if (data.html?.length) {
    const head = new TextDecoder('latin1').decode(data.html.subarray(0, 2048))
    const declared = /<meta[^>]+charset=["']?([\w.:-]+)/i.exec(head)?.[1]
    return htmlToText(decodeText(data.html, declared ?? codePageLabel(data.internetCodepage)))
  }
  return data.body ?? ''
}

function attachmentOf(reader: MsgReader, attachment: FieldsData, position: number): EmailAttachment[] {
  if (attachment.innerMsgContent) {
    const { content } = reader.getAttachment(attachment)
    const name = attachmentName(`${attachment.name || 'attached message'}.msg`, 'application/vnd.ms-outlook', position)
    return [{ name, mimeType: 'application/vnd.ms-outlook', bytes: content }]
  }
  // an attachment by reference, or an OLE object, carries no file to keep
  if (typeof attachment.dataId !== 'number') return []
  const { content } = reader.getAttachment(attachment)
  const declared = attachment.fileName || attachment.fileNameShort || attachment.name
  const name = attachmentName(declared, attachment.attachMimeTag ?? '', position)
  return [{ name, mimeType: attachmentMimeType(attachment.attachMimeTag, name), bytes: new Uint8Array(content) }]
}

/** The transport headers a received .msg keeps, unfolded, first occurrence of each name. */
function unfoldedHeaders(raw: string): Map<string, string> {
  const headers = new Map<string, string>()
  const block = raw.slice(0, EMAIL_LIMITS.headerBytes).split(/\r?\n\r?\n/)[0] ?? ''
  for (const line of block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':')
    if (colon <= 0) continue
    const name = line.slice(0, colon).trim().toLowerCase()
    if (!headers.has(name)) headers.set(name, line.slice(colon + 1).trim())
  }
  return headers
}
