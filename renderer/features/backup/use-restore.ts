import { useState } from 'react'
import type { CasebookDb } from '../../db/database'
import { checkBackup, countCases, makeBackup, restoreBackup } from '../../repositories/backup'
import { isEncryptedBackup, type CheckedBackup } from '../../../src/backup'
import { desktopApi } from '../../api'
import { appVersion } from './app-version'
import { restoreFailure } from './backup-words'

/** Where the backup being restored came from, in words: "the backup of 1 December 2026 at 10:00" or a file name. */
export type RestoreState =
  | { step: 'idle' }
  | { step: 'working'; what: string }
  | { step: 'password'; source: string; bytes: Uint8Array<ArrayBuffer>; error?: string }
  | { step: 'confirm'; source: string; backup: CheckedBackup; currentCases: number }
  | { step: 'done'; message: string }
  | { step: 'failed'; message: string }

/**
 * A restore, step by step: read the file, ask for its password if it has
 * one, check it completely, ask the user to confirm, back up the current
 * data, then replace it in one transaction.
 */
export function useRestore(db: CasebookDb, onRestored: () => void) {
  const [state, setState] = useState<RestoreState>({ step: 'idle' })
  const api = desktopApi()

  async function check(source: string, bytes: Uint8Array<ArrayBuffer>) {
    if (isEncryptedBackup(bytes)) {
      setState({ step: 'password', source, bytes })
      return
    }
    setState({ step: 'working', what: `Checking ${source}…` })
    try {
      const backup = await checkBackup(db, bytes)
      setState({ step: 'confirm', source, backup, currentCases: await countCases(db) })
    } catch (error) {
      setState({ step: 'failed', message: restoreFailure(error) })
    }
  }

  async function run(what: string, read: () => Promise<{ source: string; bytes: Uint8Array<ArrayBuffer> } | undefined>) {
    setState({ step: 'working', what })
    try {
      const file = await read()
      if (file) await check(file.source, file.bytes)
      else setState({ step: 'idle' })
    } catch (error) {
      setState({ step: 'failed', message: restoreFailure(error) })
    }
  }

  const fail = (message: string): never => {
    throw new Error(message)
  }

  return {
    state,
    cancel: () => setState({ step: 'idle' }),
    fromList: (name: string, source: string) =>
      run(`Reading ${source}…`, async () => {
        const result = await api.readBackup({ name })
        return result.ok ? { source, bytes: result.value.bytes } : fail(result.error.message)
      }),
    fromFile: () =>
      run('Opening the file…', async () => {
        const result = await api.openBackupFile()
        if (!result.ok) return fail(result.error.message)
        return result.value.opened && result.value.bytes ? { source: `the backup file ${result.value.name ?? ''}`.trim(), bytes: result.value.bytes } : undefined
      }),
    async unlock(password: string) {
      if (state.step !== 'password') return
      const { source, bytes } = state
      setState({ step: 'working', what: 'Opening the protected backup…' })
      const result = await api.unlockBackup({ bytes, password })
      if (!result.ok) setState({ step: 'password', source, bytes, error: result.error.message })
      else await check(source, result.value.bytes)
    },
    async confirm() {
      if (state.step !== 'confirm') return
      const { backup, source } = state
      setState({ step: 'working', what: 'Backing up the current data first…' })
      try {
        const safety = await api.writeBackup({ reason: 'before-restore', bytes: await makeBackup(db, await appVersion()) })
        if (!safety.ok) {
          setState({ step: 'failed', message: `The current data could not be backed up first, so nothing was restored: ${safety.error.message}` })
          return
        }
        setState({ step: 'working', what: 'Restoring…' })
        await restoreBackup(db, backup)
        const cases = backup.tables.find((t) => t.name === 'cases')?.rows.length ?? 0
        setState({
          step: 'done',
          message: `Restored ${source}: the app now holds its ${cases === 1 ? '1 case' : `${cases} cases`}.${safety.value.written ? ' The data it replaced was backed up first (“Before a restore” in the list).' : ''}`
        })
        onRestored()
      } catch (error) {
        setState({ step: 'failed', message: restoreFailure(error) })
      }
    }
  }
}
