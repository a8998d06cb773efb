import { z } from 'zod'
import { base64ToBytes } from './base64'

/**
 * A password-protected backup (docs/backup-format.md): one line of JSON
 * saying how the key was derived and the nonce, then the AES-256-GCM
 * ciphertext of the plain backup file, then the 16-byte authentication tag.
 * The first line, line break included, is the additional authenticated
 * data, so changing it makes decryption fail. The cryptography runs in main.
 */
export const ENCRYPTED_FORMAT = 'privacy-casebook-encrypted-backup'
export const ENCRYPTED_FORMAT_VERSION = 1
export const TAG_BYTES = 16
/** OWASP's scrypt parameters (2^17, 8, 1): 128 MiB and well under a second per try. */
export const SCRYPT_DEFAULTS = { N: 2 ** 17, r: 8, p: 1 } as const
const START = new TextEncoder().encode(`{"format":"${ENCRYPTED_FORMAT}"`)
const MAX_HEADER = 1024

const base64Of = (length: number) =>
  z
    .string()
    .max(64)
    .refine((s) => base64ToBytes(s)?.byteLength === length, { message: `must be ${length} bytes in base64` })

export const envelopeHeaderSchema = z.strictObject({
  format: z.literal(ENCRYPTED_FORMAT),
  formatVersion: z.number().int().min(1),
  cipher: z.literal('aes-256-gcm'),
  kdf: z.strictObject({
    name: z.literal('scrypt'),
    // Bounded so that a crafted file cannot make the app spend gigabytes deriving a key.
    N: z
      .number()
      .int()
      .min(2 ** 14)
      .max(2 ** 20)
      .refine((n) => (n & (n - 1)) === 0, { message: 'must be a power of two' }),
    r: z.number().int().min(1).max(32),
    p: z.number().int().min(1).max(16),
    salt: base64Of(16)
  }).refine((kdf) => 128 * kdf.N * kdf.r <= 256 * 1024 * 1024, { message: 'would need more than 256 MiB of memory' }),
  iv: base64Of(12)
})
export type EnvelopeHeader = z.output<typeof envelopeHeaderSchema>

/** True when the bytes begin like a password-protected backup (it may still be damaged). */
export function isEncryptedBackup(bytes: Uint8Array): boolean {
  return bytes.length >= START.length && START.every((b, i) => bytes[i] === b)
}

export function formatEnvelopeHeader(header: EnvelopeHeader): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(header) + '\n')
}

/** The header, its bytes (the authenticated data) and where the ciphertext starts; undefined when unreadable. */
export function readEnvelope(
  bytes: Uint8Array
): { header: EnvelopeHeader; headerBytes: Uint8Array; ciphertext: Uint8Array; tag: Uint8Array } | undefined {
  if (!isEncryptedBackup(bytes)) return undefined
  const end = bytes.subarray(0, MAX_HEADER).indexOf(0x0a)
  if (end === -1 || bytes.byteLength < end + 1 + TAG_BYTES) return undefined
  let json: unknown
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end)))
  } catch {
    return undefined
  }
  const header = envelopeHeaderSchema.safeParse(json)
  if (!header.success) return undefined
  return {
    header: header.data,
    headerBytes: bytes.subarray(0, end + 1),
    ciphertext: bytes.subarray(end + 1, bytes.byteLength - TAG_BYTES),
    tag: bytes.subarray(bytes.byteLength - TAG_BYTES)
  }
}
