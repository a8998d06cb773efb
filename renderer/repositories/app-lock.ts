import type { CasebookDb } from '../db/database'
import { hashPasscode, type PasscodeHash } from '../../src/lock/passcode'

const KEY = 'app-lock'

export interface AppLock {
  passcode: PasscodeHash
  idleMinutes: number
}

export async function getAppLock(db: CasebookDb): Promise<AppLock | undefined> {
  return (await db.settings.get(KEY))?.value as AppLock | undefined
}

export async function enableAppLock(db: CasebookDb, passcode: string, idleMinutes: number): Promise<void> {
  const salt = crypto.getRandomValues(new Uint8Array(16))
  await db.settings.put({ key: KEY, value: { passcode: await hashPasscode(passcode, salt), idleMinutes } satisfies AppLock })
}

export async function disableAppLock(db: CasebookDb): Promise<void> {
  await db.settings.delete(KEY)
}
