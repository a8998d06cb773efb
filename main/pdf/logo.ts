import { inflateSync } from 'node:zlib'

/** The letterhead logo: a PNG or JPEG of at most 2 MB. */
export const LOGO_MAX_BYTES = 2 * 1024 * 1024

export type LogoFormat = 'png' | 'jpeg'

export class LogoError extends Error {
  override name = 'LogoError'
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
const DAMAGED = 'The logo could not be read: the file is damaged or is not a valid PNG or JPEG image.'

/**
 * Checks the bytes are a PNG or JPEG within the size limit; throws a LogoError that says
 * what is wrong. A PNG's image data is decompressed here, because pdfkit decompresses it
 * later in a callback, where a damaged file would crash the process instead of failing.
 */
export function checkLogo(bytes: Uint8Array): LogoFormat {
  if (bytes.length === 0) throw new LogoError('The logo file is empty. Choose a PNG or JPEG image.')
  if (bytes.length > LOGO_MAX_BYTES) {
    const mb = (bytes.length / (1024 * 1024)).toFixed(1)
    throw new LogoError(`The logo is ${mb} MB; the limit is 2 MB. Choose a smaller PNG or JPEG image.`)
  }
  if (PNG_SIGNATURE.every((b, i) => bytes[i] === b)) {
    checkPng(bytes)
    return 'png'
  }
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg'
  throw new LogoError('The logo must be a PNG or JPEG image; this file is neither. Save it as PNG or JPEG and choose it again.')
}

function checkPng(bytes: Uint8Array): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const data: Uint8Array[] = []
  let header: { width: number; height: number; bitDepth: number; colorType: number; interlace: number } | undefined
  let offset = 8
  let ended = false
  while (offset + 8 <= bytes.length && !ended) {
    const length = view.getUint32(offset)
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8))
    const start = offset + 8
    if (start + length + 4 > bytes.length) throw new LogoError(DAMAGED)
    if (type === 'IHDR' && length >= 13) {
      header = {
        width: view.getUint32(start),
        height: view.getUint32(start + 4),
        bitDepth: bytes[start + 8]!,
        colorType: bytes[start + 9]!,
        interlace: bytes[start + 12]!
      }
    }
    if (type === 'IDAT') data.push(bytes.subarray(start, start + length))
    ended = type === 'IEND'
    offset = start + length + 4
  }
  if (!header || !ended || data.length === 0 || header.width === 0 || header.height === 0) throw new LogoError(DAMAGED)
  let pixels: Uint8Array
  try {
    pixels = inflateSync(Buffer.concat(data))
  } catch {
    throw new LogoError(DAMAGED)
  }
  const channels = ({ 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 } as Record<number, number>)[header.colorType]
  if (!channels) throw new LogoError(DAMAGED)
  const rowBytes = Math.ceil((header.width * channels * header.bitDepth) / 8)
  if (header.interlace === 0 && pixels.length < header.height * (rowBytes + 1)) throw new LogoError(DAMAGED)
}
