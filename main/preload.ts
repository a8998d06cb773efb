import { contextBridge, ipcRenderer } from 'electron'
import { buildApi, events, type DesktopApi } from '../src/ipc/contract'

// The page gets one object with one named method per call of the contract,
// and one named subscription per event main sends (onBackupRequested).
// Never ipcRenderer itself, nor a generic invoke(channel, ...) or on(channel, ...).
function onBackupRequested(callback: () => void): () => void {
  const { channel, payload } = events.backupRequested
  const listener = (_event: unknown, message: unknown) => {
    if (payload.safeParse(message).success) callback()
  }
  ipcRenderer.on(channel, listener)
  return () => {
    ipcRenderer.removeListener(channel, listener)
  }
}

const api = { ...buildApi((channel, input) => ipcRenderer.invoke(channel, input)), onBackupRequested } satisfies DesktopApi

contextBridge.exposeInMainWorld('api', api)
