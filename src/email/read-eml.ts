import PostalMime, { type Address, type Attachment, type Email } from 'postal-mime'
import { attachmentMimeType, attachmentName } from './attachment-names'
import { htmlToText } from './html-text'
import { DAMAGED_MESSAGE, EMAIL_LIMITS, EmailImportError, tooManyAttachments, type EmailAttachment, type ReadEmail } from './imported-email'
import { parseMailDate } from './mail-date'

/** Reads an RFC 5322 message (.eml) with postal-mime, within the import's limits. */
export async function readEml(bytes: Uint8Array): Promise<ReadEmail> {
  let email: Email
  try {
    email = await PostalMime.parse(bytes, {
      maxHeadersSize: EMAIL_LIMITS.headerBytes,
      maxNestingDepth: EMAIL_LIMITS.mimeNesting,
      maxRfc822NestingDepth: EMAIL_LIMITS.nestedMessages,
      attachmentEncoding: 'arraybuffer'
    })
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : ''
    if (/header size/i.test(reason)) {
      throw new EmailImportError(
        'The email’s headers are over 512 KB, far larger than any real email’s: the file is damaged or was made to harm. It was not imported.',
        { cause }
      )
    }
    if (/nesting depth/i.test(reason)) {
      throw new EmailImportError(
        `The email has parts nested more than ${EMAIL_LIMITS.mimeNesting} deep: the file is damaged or was made to harm. It was not imported.`,
        { cause }
      )
    }
    throw new EmailImportError(DAMAGED_MESSAGE, { cause })
  }
  if (email.attachments.length > EMAIL_LIMITS.attachments) throw tooManyAttachments(email.attachments.length)

  const sender = firstMailbox(email.from) ?? firstMailbox(email.sender)
  const text = email.text ?? ''
  return {
    fromName: sender?.name ?? '',
    fromEmail: sender?.address ?? '',
    subject: email.subject ?? '',
    sentAt: parseMailDate(email.headers.find((h) => h.key === 'date')?.value),
    body: text.trim() || !email.html ? text : htmlToText(email.html),
    attachments: email.attachments.map(toAttachment)
  }
}

function firstMailbox(address: Address | undefined): { name: string; address: string } | undefined {
  if (!address) return undefined
  const mailbox = address.group ? address.group[0] : address
  return mailbox ? { name: mailbox.name ?? '', address: mailbox.address ?? '' } : undefined
}

function toAttachment(part: Attachment, index: number): EmailAttachment {
  const { content } = part
  const bytes =
    typeof content === 'string'
      ? new TextEncoder().encode(content)
      : ArrayBuffer.isView(content)
        ? new Uint8Array(content.buffer.slice(content.byteOffset, content.byteOffset + content.byteLength))
        : new Uint8Array(content)
  const name = attachmentName(part.filename, part.mimeType, index + 1)
  return { name, mimeType: attachmentMimeType(part.mimeType, name), bytes }
}
