import type { CasebookDb } from '../db/database'

/**
 * Opens the database, asks the browser to keep it (never evicted under
 * storage pressure), and turns the failures a user can meet into sentences.
 */
export async function openDatabase(db: CasebookDb): Promise<void> {
  try {
    await db.open()
  } catch (error) {
    const name = error instanceof Error ? error.name : ''
    if (name === 'VersionError')
      throw new Error(
        'This case database was written by a newer version of Privacy Casebook. Install the newer version to open it; nothing has been changed.',
        { cause: error }
      )
    throw new Error(`The case database could not be opened: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error
    })
  }
  db.on('versionchange', () => {
    db.close()
    document.documentElement.dataset.appState = 'closed'
    alert('Privacy Casebook was updated in another window. Close this window and reopen the app to carry on; nothing has been lost.')
    return false
  })
  if (navigator.storage?.persist) await navigator.storage.persist().catch(() => false)
}
