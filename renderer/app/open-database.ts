import { SCHEMA_VERSION, type CasebookDb } from '../db/database'

const NEWER_DATABASE =
  'This case database was written by a newer version of Privacy Casebook. Install the newer version to open it; nothing has been changed.'

/**
 * Opens the database, asks the browser to keep it (never evicted under
 * storage pressure), and turns the failures a user can meet into sentences.
 */
export async function openDatabase(db: CasebookDb, onClosedElsewhere: (message: string) => void): Promise<void> {
  try {
    await db.open()
  } catch (error) {
    const name = error instanceof Error ? error.name : ''
    if (name === 'VersionError')
      throw new Error(NEWER_DATABASE, { cause: error })
    throw new Error(`The case database could not be opened: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error
    })
  }
  // Dexie opens a database of a higher version as it is; this build must not write into a schema it does not know.
  // (Dexie stores version n as IndexedDB version n × 10.)
  if (db.backendDB().version > SCHEMA_VERSION * 10) {
    db.close()
    throw new Error(NEWER_DATABASE)
  }
  // Another window (or a newer version of the app) needs the database: step aside rather than block it or write stale data.
  db.on('versionchange', () => {
    db.close()
    document.documentElement.dataset.appState = 'closed'
    onClosedElsewhere(
      'Privacy Casebook was opened in another window or updated there, so this window has stopped using the case database. Close this window and carry on in the other one; everything saved is kept.'
    )
    return false
  })
  if (navigator.storage?.persist) await navigator.storage.persist().catch(() => false)
}
