import { contextBridge, ipcRenderer } from 'electron'
import { buildApi, type DesktopApi } from '../src/ipc/contract'

// The page gets one object with one named method per call of the contract.
// Never ipcRenderer itself, nor a generic invoke(channel, ...).
const api = buildApi((channel, input) => ipcRenderer.invoke(channel, input)) satisfies DesktopApi

contextBridge.exposeInMainWorld('api', api)
