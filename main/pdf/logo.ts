/** The letterhead logo: a PNG or JPEG of at most 2 MB. */
export const LOGO_MAX_BYTES = 2 * 1024 * 1024

export type LogoFormat = 'png' | 'jpeg'

export class LogoError extends Error {
  override name = 'LogoError'
}

/** Checks the bytes are a PNG or JPEG within the size limit; throws a LogoError that says what is wrong. */
export function checkLogo(bytes: Uint8Array): LogoFormat {
  if (bytes.length === 0) throw new LogoError('The logo file is empty. Choose a PNG or JPEG image.')
  if (bytes.length > LOGO_MAX_BYTES) {
    const mb = (bytes.length / (1024 * 1024)).toFixed(1)
    throw new LogoError(`The logo is ${mb} MB; the limit is 2 MB. Choose a smaller PNG or JPEG image.`)
  }
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
  if (png.every((b, i) => bytes[i] === b)) return 'png'
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg'
  throw new LogoError('The logo must be a PNG or JPEG image; this file is neither. Save it as PNG or JPEG and choose it again.')
}
