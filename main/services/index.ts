import type { ServiceTable } from '../../src/ipc/service'
import { getAppInfo } from './app-info'
import { showNotification } from './notifications'
import { saveFile } from './save-file'
import { listBackups, openBackupFile, readBackup, saveBackupAs, unlockBackup, writeBackup } from './backups'
import { checkLetterLogo, printLetter, renderCombinedLetters, renderLetter, renderLetters } from './letters'
import { renderReport } from './reports'

/**
 * Every main-process service, one per contract entry. Plain functions with no
 * Electron import: Electron's IPC and the browser harness both run this table.
 */
export const services: ServiceTable = {
  getAppInfo,
  showNotification,
  saveFile,
  checkLetterLogo,
  renderLetter,
  renderLetters,
  renderCombinedLetters,
  printLetter,
  renderReport,
  writeBackup,
  listBackups,
  readBackup,
  openBackupFile,
  unlockBackup,
  saveBackupAs
}
