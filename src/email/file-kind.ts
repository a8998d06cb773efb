import { EMAIL_LIMITS, EmailImportError } from './imported-email'

export type EmailFormat = 'eml' | 'msg'

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]
const HOW_TO_SAVE =
  'Import a .eml file, or an Outlook .msg file (drag the email out of Outlook, or use File › Save As).'

// Headers almost every message carries; a text file without one of them near its start is not an email.
const MAIL_HEADERS = new Set([
  'from', 'to', 'cc', 'subject', 'date', 'received', 'content-type', 'mime-version',
  'message-id', 'return-path', 'sender', 'reply-to', 'delivered-to'
])

export function isCompoundFile(bytes: Uint8Array): boolean {
  return bytes.length >= OLE_MAGIC.length && OLE_MAGIC.every((b, i) => bytes[i] === b)
}

/** Decides how to read the file from its name and its first bytes, or says why it cannot be imported. */
export function emailFormatOf(file: { name: string; bytes: Uint8Array }): EmailFormat {
  const { bytes } = file
  const extension = /\.([^./\\]+)$/.exec(file.name)?.[1]?.toLowerCase() ?? ''
  if (bytes.length === 0) {
    throw new EmailImportError('The file is empty (0 bytes). Save the email again from your mail program and import the new file.')
  }
  if (bytes.length > EMAIL_LIMITS.fileBytes) {
    const mb = (bytes.length / (1024 * 1024)).toFixed(1)
    throw new EmailImportError(
      `The file is ${mb} MB, over the 25 MB limit for an imported email. Save the email without its largest attachments and import it again.`
    )
  }
  if (extension !== 'eml' && extension !== 'msg') {
    const what = otherKindOf(bytes)
    throw new EmailImportError(`${what ? `This is ${what}, not an email. ` : 'Only email files can be imported. '}${HOW_TO_SAVE}`)
  }
  if (isCompoundFile(bytes)) return 'msg'
  if (looksLikeMailHeaders(bytes)) return 'eml'
  const what = otherKindOf(bytes)
  if (what) throw new EmailImportError(`This .${extension} file is ${what}, not an email. ${HOW_TO_SAVE}`)
  throw new EmailImportError(
    extension === 'msg'
      ? 'This .msg file is not in Outlook’s format: it may be damaged, or another kind of file renamed. Save the email again from Outlook and import the new file.'
      : 'This .eml file does not start with mail headers (such as From: and Subject:): it may be damaged, or another kind of file renamed. Save the email again from your mail program and import the new file.'
  )
}

function otherKindOf(bytes: Uint8Array): string | undefined {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b)
  if (starts(0x25, 0x50, 0x44, 0x46)) return 'a PDF document'
  if (starts(0x50, 0x4b, 0x03, 0x04)) return 'a ZIP archive or an Office document'
  if (starts(0x89, 0x50, 0x4e, 0x47)) return 'a PNG image'
  if (starts(0xff, 0xd8, 0xff)) return 'a JPEG image'
  if (starts(0x7b, 0x5c, 0x72, 0x74, 0x66)) return 'an RTF document'
  return undefined
}

/** The file starts with RFC 5322 header lines, one of them a header every email has. */
function looksLikeMailHeaders(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 64 * 1024)
  const text = new TextDecoder('utf-8').decode(head).replace(/^\uFEFF/, '').replace(/^[\r\n]+/, '')
  const lines = text.split(/\r?\n/)
  // the last line may be cut short where the sample ends
  if (bytes.length > head.length) lines.pop()
  // mbox exports put a "From sender date" line before the headers
  if (lines[0]?.startsWith('From ')) lines.shift()
  let sawMailHeader = false
  for (const [index, line] of lines.entries()) {
    if (line === '') break
    // a NUL in the headers means binary data, not a message
    if (line.includes('\u0000')) return false
    if (index > 0 && /^[ \t]/.test(line)) continue
    const name = /^([\x21-\x39\x3b-\x7e]+)[ \t]*:/.exec(line)?.[1]
    if (!name) return false
    if (MAIL_HEADERS.has(name.toLowerCase())) sawMailHeader = true
  }
  return sawMailHeader
}
