import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { deflateSync } from 'node:zlib'

export const workFolder = mkdtempSync(join(tmpdir(), 'letters-'))
let count = 0

/** Writes the PDF to a temporary file and returns its path, for the poppler tools. */
export function save(bytes: Uint8Array, name = `letter-${++count}`): string {
  const file = join(workFolder, `${name}.pdf`)
  writeFileSync(file, bytes)
  return file
}

const run = (tool: string, args: string[]) => execFileSync(tool, args, { encoding: 'utf8' })

export function pdftotext(file: string, page?: number): string {
  const range = page ? ['-f', String(page), '-l', String(page)] : []
  return run('pdftotext', [...range, file, '-'])
}

export function pdfinfo(file: string): Record<string, string> {
  const info: Record<string, string> = {}
  for (const line of run('pdfinfo', [file]).split('\n')) {
    const m = /^([^:]+):\s*(.*)$/.exec(line)
    if (m) info[m[1]!.trim()] = m[2]!.trim()
  }
  return info
}

export function xmpMetadata(file: string): string {
  return run('pdfinfo', ['-meta', file])
}

/** pdffonts' table: one row per font with its name, type and whether it is embedded. */
export function pdffonts(file: string): { name: string; embedded: boolean }[] {
  return run('pdffonts', [file])
    .split('\n')
    .slice(2)
    .filter((l) => l.trim())
    .map((line) => {
      const cols = line.trim().split(/\s+/)
      // name type... encoding emb sub uni objectId gen
      return { name: cols[0]!, embedded: cols[cols.length - 5] === 'yes' }
    })
}

export function qpdfCheck(file: string): string {
  return run('qpdf', ['--check', file])
}

/** Every word's box on every page, from pdftotext -bbox. */
export function wordBoxes(file: string): { page: number; xMin: number; yMin: number; xMax: number; yMax: number; word: string }[] {
  const html = run('pdftotext', ['-bbox', file, '-'])
  const words: { page: number; xMin: number; yMin: number; xMax: number; yMax: number; word: string }[] = []
  let page = 0
  for (const line of html.split('\n')) {
    if (line.includes('<page ')) page++
    const m = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(line)
    if (m) words.push({ page, xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]), word: m[5]! })
  }
  return words
}

export function toJpeg(pdfFile: string): Uint8Array {
  const out = join(workFolder, `jpeg-${++count}`)
  execFileSync('pdftoppm', ['-jpeg', '-r', '20', '-singlefile', pdfFile, out])
  return new Uint8Array(readFileSync(`${out}.jpg`))
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}
function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(data.length, 0)
  head.write(type, 4, 'ascii')
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0)
  return Buffer.concat([head, data, crc])
}

/** A real RGBA PNG: a dark blue rectangle with a transparent border. */
export function makePng(width: number, height: number): Uint8Array {
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0)
  ihdr.writeUInt32BE(height, 4)
  ihdr.set([8, 6, 0, 0, 0], 8)
  const raw = Buffer.alloc((width * 4 + 1) * height)
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const inside = x > 2 && y > 2 && x < width - 3 && y < height - 3
      raw.set(inside ? [20, 40, 110, 255] : [0, 0, 0, 0], y * (width * 4 + 1) + 1 + x * 4)
    }
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))])
}

/** pdfimages -list: one row per image, with its type ("image", "smask"...). */
export function pdfimages(file: string): { page: number; type: string }[] {
  return run('pdfimages', ['-list', file])
    .split('\n')
    .slice(2)
    .filter((l) => l.trim())
    .map((line) => {
      const cols = line.trim().split(/\s+/)
      return { page: Number(cols[0]), type: cols[2]! }
    })
}
