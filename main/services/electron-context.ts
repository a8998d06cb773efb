import { join } from 'node:path'
import { app, dialog, Notification, type BrowserWindow } from 'electron'
import type { ServiceContext } from '../../src/ipc/service'
import { defaultFileName } from './default-file-name'
import { printPdf } from '../print/print-window'

/** Backups live in the user's documents, outside Chromium's folders, so clearing app data never takes them. */
export function backupsFolderIn(documentsFolder: string): string {
  return join(documentsFolder, 'Privacy Casebook', 'Backups')
}

/** The context services run with inside Electron; dialogs are attached to `owner` when given. */
export function createElectronContext(owner?: BrowserWindow | null): ServiceContext {
  return {
    appVersion: app.getVersion(),
    dataFolder: app.getPath('userData'),
    backupsFolder: backupsFolderIn(app.getPath('documents')),
    async chooseSavePath(defaultName, filters) {
      const options = { defaultPath: join(app.getPath('documents'), defaultFileName(defaultName)), filters }
      const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options)
      return choice.canceled || !choice.filePath ? undefined : choice.filePath
    },
    async chooseOpenPath(filters) {
      const options = { defaultPath: backupsFolderIn(app.getPath('documents')), filters, properties: ['openFile' as const] }
      const choice = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options)
      return choice.canceled || !choice.filePaths[0] ? undefined : choice.filePaths[0]
    },
    async notify(title, body) {
      if (!Notification.isSupported()) return false
      const notification = new Notification({ title, body, silent: false })
      notification.on('click', () => {
        if (owner && !owner.isDestroyed()) owner.show()
      })
      notification.show()
      return true
    },
    async print(pdf) {
      return printPdf(pdf, { owner, tempFolder: app.getPath('temp') })
    }
  }
}
