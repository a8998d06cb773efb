import { burn, type Entry } from '@kenjiuno/msgreader/lib/Burner'
import { TypeEnum } from '@kenjiuno/msgreader/lib/Reader'

/** A property of a test message: fixed-size ones go in the property stream, others in their own stream. */
export type TestProperty =
  | { id: number; type: 'ansi'; bytes: Uint8Array }
  | { id: number; type: 'unicode'; text: string }
  | { id: number; type: 'long'; value: number }
  | { id: number; type: 'time'; iso: string }

export const PROP = {
  messageClass: 0x001a,
  subject: 0x0037,
  clientSubmitTime: 0x0039,
  senderName: 0x0c1a,
  senderAddressType: 0x0c1e,
  senderEmail: 0x0c1f,
  body: 0x1000,
  messageFlags: 0x0e07,
  messageCodepage: 0x3ffd
} as const

const hex4 = (n: number) => n.toString(16).toUpperCase().padStart(4, '0')

function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2)
  for (let i = 0; i < text.length; i++) {
    out[2 * i] = text.charCodeAt(i) & 0xff
    out[2 * i + 1] = text.charCodeAt(i) >> 8
  }
  return out
}

/** Writes an Outlook .msg (a compound file) with msgreader's own writer, for tests only. */
export function buildMsg(properties: TestProperty[]): Uint8Array {
  const fixed = properties.filter((p) => p.type === 'long' || p.type === 'time')
  const stream = new Uint8Array(32 + 16 * fixed.length)
  const view = new DataView(stream.buffer)
  fixed.forEach((p, i) => {
    const at = 32 + 16 * i
    if (p.type === 'long') {
      view.setUint32(at, (p.id << 16) | 0x0003, true)
      view.setUint32(at + 8, p.value, true)
    } else if (p.type === 'time') {
      view.setUint32(at, ((p.id << 16) | 0x0040) >>> 0, true)
      const fileTime = BigInt(Date.parse(p.iso) + 11_644_473_600_000) * 10_000n
      view.setBigUint64(at + 8, fileTime, true)
    }
    view.setUint32(at + 4, 0x6, true)
  })
  const entries: Entry[] = [{ name: 'Root Entry', type: TypeEnum.ROOT, children: [], length: 0 }]
  const add = (name: string, bytes: Uint8Array) => {
    entries[0]!.children!.push(entries.length)
    entries.push({ name, type: TypeEnum.DOCUMENT, length: bytes.length, binaryProvider: () => bytes })
  }
  add('__properties_version1.0', stream)
  for (const p of properties) {
    if (p.type === 'ansi') add(`__substg1.0_${hex4(p.id)}001E`, p.bytes)
    if (p.type === 'unicode') add(`__substg1.0_${hex4(p.id)}001F`, utf16le(p.text))
  }
  return burn(entries)
}

/** The sector size and the byte offset of a sector, in a compound file with 512-byte sectors. */
export const sectorOffset = (sector: number) => (sector + 1) * 512

export function int32At(bytes: Uint8Array, offset: number): number {
  return new DataView(bytes.buffer, bytes.byteOffset).getInt32(offset, true)
}

export function setInt32At(bytes: Uint8Array, offset: number, value: number): void {
  new DataView(bytes.buffer, bytes.byteOffset).setInt32(offset, value, true)
}
