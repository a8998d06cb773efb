import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import packageJson from '../../../package.json' with { type: 'json' }
import { runService } from '../../../main/ipc/run-service'
import { createElectronContext } from '../../../main/services/electron-context'
import { services } from '../../../main/services/index'
import { createNodeContext } from '../../../main/services/node-context'
import { fakeElectron, resetFakeElectron } from './fake-electron'

let dir: string

beforeEach(async () => {
  resetFakeElectron()
  dir = await mkdtemp(join(tmpdir(), 'casebook-services-'))
})

afterEach(async () => {
  vi.unstubAllEnvs()
  await rm(dir, { recursive: true, force: true })
})

const isInside = (folder: string, path: string) => !relative(folder, path).startsWith('..')

describe('getAppInfo', () => {
  it('tells the version and the folders of the context it runs in', async () => {
    const result = await runService('getAppInfo', undefined, services, createNodeContext(dir))
    expect(result).toEqual({
      ok: true,
      value: { version: packageJson.version, dataFolder: join(dir, 'data'), backupsFolder: join(dir, 'backups') }
    })
  })
})

describe('createNodeContext', () => {
  it('saves into dir/saved by default, keeping only the file name', async () => {
    const ctx = createNodeContext(dir)
    expect(await ctx.chooseSavePath('Letter PR-2026-0042.pdf', [])).toBe(join(dir, 'saved', 'Letter PR-2026-0042.pdf'))
    for (const name of ['../../escape.pdf', '..', '/etc/passwd', 'a\\..\\..\\b.pdf', '']) {
      const path = await ctx.chooseSavePath(name, [])
      expect(path, name).toBeDefined()
      expect(isInside(join(dir, 'saved'), path!), name).toBe(true)
      expect(path, name).not.toBe(join(dir, 'saved'))
    }
  })

  it('saves into HARNESS_SAVE_DIR when it is set', async () => {
    const saveDir = join(dir, 'elsewhere')
    vi.stubEnv('HARNESS_SAVE_DIR', saveDir)
    expect(await createNodeContext(dir).chooseSavePath('log.csv', [])).toBe(join(saveDir, 'log.csv'))
  })
})

describe('createElectronContext', () => {
  it('keeps data in userData and backups in Documents, outside Chromium’s folders', () => {
    const ctx = createElectronContext()
    expect(ctx.appVersion).toBe('9.8.7')
    expect(ctx.dataFolder).toBe('/fake/userData')
    expect(ctx.backupsFolder).toBe(join('/fake/documents', 'Privacy Casebook', 'Backups'))
    expect(isInside(ctx.dataFolder, ctx.backupsFolder)).toBe(false)
  })

  it('asks where to save with a dialog attached to the window, and answers undefined on cancel', async () => {
    const owner = { id: 'window' }
    const ctx = createElectronContext(owner as never)
    const filters = [{ name: 'PDF', extensions: ['pdf'] }]
    expect(await ctx.chooseSavePath('../Letter.pdf', filters)).toBeUndefined()
    expect(fakeElectron.dialog.showSaveDialog).toHaveBeenCalledWith(owner, {
      defaultPath: join('/fake/documents', 'Letter.pdf'),
      filters
    })

    fakeElectron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/home/dpo/Letter.pdf' })
    expect(await ctx.chooseSavePath('Letter.pdf', filters)).toBe('/home/dpo/Letter.pdf')
  })
})
