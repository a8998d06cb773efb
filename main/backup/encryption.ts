import { createCipheriv, createDecipheriv, randomBytes, scrypt, type ScryptOptions } from 'node:crypto'
import {
  ENCRYPTED_FORMAT,
  ENCRYPTED_FORMAT_VERSION,
  formatEnvelopeHeader,
  isEncryptedBackup,
  readEnvelope,
  SCRYPT_DEFAULTS,
  TAG_BYTES,
  type EnvelopeHeader
} from '../../src/backup/encrypted-envelope'
import { ServiceError } from '../services/service-error'

const KEY_BYTES = 32
const NOTHING_CHANGED = 'Your current data has not been changed.'

function deriveKey(password: string, salt: Uint8Array, kdf: { N: number; r: number; p: number }): Promise<Buffer> {
  // The same password typed on another system may arrive in another Unicode form.
  const options: ScryptOptions = { N: kdf.N, r: kdf.r, p: kdf.p, maxmem: 128 * kdf.N * kdf.r + 64 * 1024 * 1024 }
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, KEY_BYTES, options, (error, key) => (error ? reject(error) : resolve(key)))
  )
}

function plain(buffer: Buffer): Uint8Array<ArrayBuffer> {
  return new Uint8Array(buffer.buffer as ArrayBuffer, buffer.byteOffset, buffer.byteLength)
}

/** A backup file protected by a password: AES-256-GCM with a key from scrypt and a random salt and nonce. */
export async function encryptBackup(bytes: Uint8Array, password: string, kdf: { N: number; r: number; p: number } = SCRYPT_DEFAULTS): Promise<Uint8Array> {
  const salt = randomBytes(16)
  const iv = randomBytes(12)
  const header: EnvelopeHeader = {
    format: ENCRYPTED_FORMAT,
    formatVersion: ENCRYPTED_FORMAT_VERSION,
    cipher: 'aes-256-gcm',
    kdf: { name: 'scrypt', ...kdf, salt: salt.toString('base64') },
    iv: iv.toString('base64')
  }
  const headerBytes = formatEnvelopeHeader(header)
  const cipher = createCipheriv('aes-256-gcm', await deriveKey(password, salt, kdf), iv, { authTagLength: TAG_BYTES })
  cipher.setAAD(headerBytes)
  return plain(Buffer.concat([headerBytes, cipher.update(bytes), cipher.final(), cipher.getAuthTag()]))
}

/** The plain backup inside a password-protected one; a wrong password or any damage fails with a message. */
export async function decryptBackup(bytes: Uint8Array, password: string): Promise<Uint8Array<ArrayBuffer>> {
  if (!isEncryptedBackup(bytes)) {
    throw new ServiceError('invalid-argument', `This backup is not protected by a password, so none is needed. ${NOTHING_CHANGED}`)
  }
  const envelope = readEnvelope(bytes)
  if (!envelope) {
    throw new ServiceError('failed', `This password-protected backup is damaged: its first line cannot be read. Restore another backup. ${NOTHING_CHANGED}`)
  }
  const { header } = envelope
  if (header.formatVersion > ENCRYPTED_FORMAT_VERSION) {
    throw new ServiceError('failed', `This backup was protected by a newer version of Privacy Casebook. Install the newer version of Privacy Casebook to restore it. ${NOTHING_CHANGED}`)
  }
  const key = await deriveKey(password, Buffer.from(header.kdf.salt, 'base64'), header.kdf)
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(header.iv, 'base64'), { authTagLength: TAG_BYTES })
  decipher.setAAD(envelope.headerBytes)
  decipher.setAuthTag(envelope.tag)
  try {
    return plain(Buffer.concat([decipher.update(envelope.ciphertext), decipher.final()]))
  } catch {
    throw new ServiceError(
      'invalid-argument',
      `The password is not the one this backup was saved with, or the file is damaged. Check the password (capital letters count) and try again. ${NOTHING_CHANGED}`
    )
  }
}
