import { beforeEach, describe, expect, it, vi } from 'vitest'
import { contract, SUBSCRIPTIONS } from '../../../src/ipc/contract'
import { fakeElectron, resetFakeElectron } from './fake-electron'

async function loadPreload(): Promise<Record<string, unknown>> {
  vi.resetModules()
  await import('../../../main/preload')
  const calls = fakeElectron.contextBridge.exposeInMainWorld.mock.calls
  expect(calls).toHaveLength(1)
  const [key, api] = calls[0]!
  expect(key).toBe('api')
  return api as Record<string, unknown>
}

describe('the preload', () => {
  beforeEach(resetFakeElectron)

  it('exposes exactly one named method per call of the contract, nothing generic', async () => {
    const api = await loadPreload()
    expect(Object.keys(api).sort()).toEqual([...Object.keys(contract), ...Object.keys(SUBSCRIPTIONS)].sort())
    for (const method of Object.values(api)) expect(typeof method).toBe('function')
    for (const forbidden of ['invoke', 'send', 'on', 'ipcRenderer', 'require']) expect(api).not.toHaveProperty(forbidden)
  })

  it('sends each call on its own channel', async () => {
    const api = await loadPreload()
    fakeElectron.ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: 'answer' })
    await expect((api.getAppInfo as () => Promise<unknown>)()).resolves.toEqual({ ok: true, value: 'answer' })
    expect(fakeElectron.ipcRenderer.invoke).toHaveBeenCalledWith('app:info', undefined)
  })
})
