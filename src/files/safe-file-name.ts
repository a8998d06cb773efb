/**
 * A file name that every system accepts and that can never lead out of the
 * folder it is written into: no separators or characters Windows refuses, no
 * control characters, no device names (CON, NUL.txt…), no trailing dots or
 * spaces, and at most 200 bytes of UTF-8 with its extension kept.
 */
const MAX_BYTES = 200
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i

function utf8Length(s: string): number {
  return new TextEncoder().encode(s).length
}

function cutToBytes(s: string, max: number): string {
  let out = ''
  for (const ch of s) {
    if (utf8Length(out + ch) > max) break
    out += ch
  }
  return out
}

export function safeFileName(suggested: string, fallback = 'untitled'): string {
  let name = suggested
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, '')
    .replace(/[/\\<>:"|?*]/g, '-')
    .replace(/^[\s.]+|[\s.]+$/g, '')
  if (name === '' || /^-+$/.test(name)) name = fallback
  if (RESERVED.test(name)) name = `_${name}`
  if (utf8Length(name) > MAX_BYTES) {
    const dot = name.lastIndexOf('.')
    const extension = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : ''
    name = cutToBytes(name.slice(0, name.length - extension.length), MAX_BYTES - utf8Length(extension)).replace(/[\s.]+$/g, '') + extension
  }
  return name
}
