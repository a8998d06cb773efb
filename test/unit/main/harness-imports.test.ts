import { describe, expect, it, vi } from 'vitest'

// The browser harness runs the service table in plain Node, where 'electron'
// cannot be imported. Everything it needs must load without it.
vi.mock('electron', () => {
  throw new Error('this module imported electron')
})

describe('what the browser harness imports', () => {
  it.each(['../../../main/ipc/run-service', '../../../main/services/index', '../../../main/services/node-context'])(
    '%s loads without Electron',
    async (path) => {
      await expect(import(path)).resolves.toBeDefined()
    }
  )

  it('and this check does notice a module that needs Electron', async () => {
    await expect(import('../../../main/services/electron-context')).rejects.toThrow(/error when mocking a module/)
  })
})
