import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parseEmailFile, type ImportedEmail } from '../../../src/email'

const FIXTURES = fileURLToPath(new URL('../../fixtures/email/', import.meta.url))

export function fixture(name: string): { name: string; bytes: Uint8Array } {
  return { name, bytes: new Uint8Array(readFileSync(FIXTURES + name)) }
}

export function importFixture(name: string, timeZone = 'Europe/London'): Promise<ImportedEmail> {
  return parseEmailFile(fixture(name), { timeZone })
}

/** The error a rejected import gives, for asserting on its type and message. */
export async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise
  } catch (error) {
    return error as Error
  }
  throw new Error('expected the import to be refused, but it succeeded')
}

export function text(s: string): Uint8Array {
  return new TextEncoder().encode(s)
}
