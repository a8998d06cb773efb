import { join } from 'node:path'
import { app, BrowserWindow, ipcMain, Menu, protocol, session, type IpcMainInvokeEvent } from 'electron'
import { RENDERER_ROOT } from './built-paths'
import { registerIpc } from './ipc/register'
import { applicationMenuTemplate } from './menu'
import { APP_SCHEME_PRIVILEGES, serveRenderer } from './protocol'
import { guardSession, installSecurityGuards } from './security'
import { createElectronContext } from './services/electron-context'
import { services } from './services/index'
import { createMainWindow, focusWindow, isAppWindowContents } from './window'
import { guardQuitForBackup } from './backup/quit-backup'

// The data folder is pinned by name, not derived from package.json or from how
// the app was started: the case database (IndexedDB) lives inside it.
// CASEBOOK_USER_DATA_DIR gives a test run its own fresh profile.
app.setPath('userData', process.env.CASEBOOK_USER_DATA_DIR || join(app.getPath('appData'), 'Privacy Casebook'))

app.enableSandbox()
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES])
installSecurityGuards(app)
// Quitting, or closing the window, first asks the renderer for a final backup (it holds the data).
const finalBackup = guardQuitForBackup(app, { windows: () => BrowserWindow.getAllWindows() })

let mainWindow: BrowserWindow | undefined

function openMainWindow(): void {
  mainWindow = createMainWindow()
  finalBackup.watch(mainWindow)
  mainWindow.on('closed', () => {
    mainWindow = undefined
  })
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => {
    if (mainWindow) focusWindow(mainWindow)
    else if (app.isReady()) openMainWindow()
  })

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openMainWindow()
  })

  void app.whenReady().then(() => {
    Menu.setApplicationMenu(buildMenu())
    guardSession(session.defaultSession)
    serveRenderer(RENDERER_ROOT)
    registerIpc<IpcMainInvokeEvent>(ipcMain, services, {
      isAppWindow: isAppWindowContents,
      contextFor: (event) => createElectronContext(BrowserWindow.fromWebContents(event.sender))
    })
    openMainWindow()
  })
}

function buildMenu(): Menu | null {
  const template = applicationMenuTemplate(process.platform)
  return template ? Menu.buildFromTemplate(template) : null
}
