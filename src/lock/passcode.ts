import { scryptAsync } from '@noble/hashes/scrypt.js'
import { bytesToHex, hexToBytes, utf8ToBytes } from '@noble/hashes/utils.js'

/** What is stored of an app-lock passcode: only its scrypt hash, with the salt and cost. */
export interface PasscodeHash {
  algorithm: 'scrypt'
  N: number
  r: number
  p: number
  salt: string
  hash: string
}

// 2^15 × 8 × 1: about 32 MB and a fraction of a second per check.
const COST = { N: 2 ** 15, r: 8, p: 1, dkLen: 32 } as const
export const PASSCODE_MIN_LENGTH = 6

export function passcodeProblem(passcode: string, confirmation: string): string | undefined {
  if (passcode.length < PASSCODE_MIN_LENGTH) return `Choose a passcode of at least ${PASSCODE_MIN_LENGTH} characters.`
  if (passcode.length > 200) return 'Keep the passcode to 200 characters or fewer.'
  if (passcode !== confirmation) return 'The two passcodes differ: type the same passcode twice.'
  return undefined
}

export async function hashPasscode(passcode: string, salt: Uint8Array): Promise<PasscodeHash> {
  const derived = await scryptAsync(utf8ToBytes(passcode.normalize('NFC')), salt, COST)
  return { algorithm: 'scrypt', N: COST.N, r: COST.r, p: COST.p, salt: bytesToHex(salt), hash: bytesToHex(derived) }
}

export async function passcodeMatches(passcode: string, stored: PasscodeHash): Promise<boolean> {
  const derived = await scryptAsync(utf8ToBytes(passcode.normalize('NFC')), hexToBytes(stored.salt), {
    N: stored.N,
    r: stored.r,
    p: stored.p,
    dkLen: 32
  })
  const expected = hexToBytes(stored.hash)
  // Constant time: compare every byte whatever the first difference.
  let difference = derived.length ^ expected.length
  for (let i = 0; i < Math.min(derived.length, expected.length); i++) difference |= derived[i]! ^ expected[i]!
  return difference === 0
}
