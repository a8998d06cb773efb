import { stripControlCharacters } from '../domain/text'

const EXTENSION_BY_TYPE: Record<string, string> = {
  'message/rfc822': '.eml',
  'message/delivery-status': '.txt',
  'message/disposition-notification': '.txt',
  'text/plain': '.txt',
  'text/html': '.html',
  'text/calendar': '.ics',
  'application/pdf': '.pdf',
  'application/zip': '.zip',
  'application/x-gzip': '.gz',
  'application/gzip': '.gz',
  'application/msword': '.doc',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': '.docx',
  'application/vnd.ms-outlook': '.msg',
  'application/pgp-signature': '.asc',
  'application/pkcs7-signature': '.p7s',
  'application/pkcs7-mime': '.p7m',
  'image/png': '.png',
  'image/jpeg': '.jpg',
  'image/gif': '.gif',
  'image/tiff': '.tif',
  'image/bmp': '.bmp',
  'image/webp': '.webp',
  'image/heic': '.heic'
}
const TYPE_BY_EXTENSION: Record<string, string> = {
  ...Object.fromEntries(Object.entries(EXTENSION_BY_TYPE).map(([type, ext]) => [ext, type])),
  '.txt': 'text/plain',
  '.jpeg': 'image/jpeg',
  '.tiff': 'image/tiff',
  '.htm': 'text/html',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.xls': 'application/vnd.ms-excel',
  '.csv': 'text/csv',
  '.rtf': 'application/rtf'
}

const MIME_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/

/** A lower-case MIME type, from the part's own or from the file name's extension. */
export function attachmentMimeType(declared: string | undefined, name: string): string {
  const type = (declared ?? '').trim().toLowerCase()
  if (MIME_TYPE.test(type) && type !== 'application/octet-stream') return type
  const extension = /\.[^.]+$/.exec(name)?.[0]?.toLowerCase() ?? ''
  return TYPE_BY_EXTENSION[extension] ?? (MIME_TYPE.test(type) ? type : 'application/octet-stream')
}

/**
 * A file name safe to show and to save: the last path segment, one line, at most
 * 200 characters with its extension kept; unnamed parts are called "attachment N".
 */
export function attachmentName(declared: string | null | undefined, mimeType: string, position: number): string {
  const base = stripControlCharacters(declared ?? '')
    .split(/[\\/]/)
    .pop()!
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+$/, '')
  if (!base) return `attachment ${position}${EXTENSION_BY_TYPE[mimeType.toLowerCase()] ?? ''}`
  const chars = [...base]
  if (chars.length <= 200) return base
  const extension = /\.[^.]{1,16}$/.exec(base)?.[0] ?? ''
  return chars.slice(0, 200 - extension.length).join('') + extension
}
