import { existsSync, readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { _electron, type ElectronApplication } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const projectRoot = resolve(import.meta.dirname, '../..')
const electronPackage = join(projectRoot, 'node_modules', 'electron')

/**
 * The Electron executable, if it is installed. Found the way electron's own
 * index.js does, without requiring it: requiring it starts a download when
 * the binary is missing.
 */
function findElectronBinary(): string | undefined {
  const pathFile = join(electronPackage, 'path.txt')
  if (!existsSync(pathFile)) return undefined
  const relativePath = readFileSync(pathFile, 'utf8').trim()
  const distFolder = process.env.ELECTRON_OVERRIDE_DIST_PATH || join(electronPackage, 'dist')
  const binary = join(distFolder, relativePath)
  return existsSync(binary) ? binary : undefined
}

const electronBinary = findElectronBinary()
if (!electronBinary) {
  console.warn(
    'Skipping the Electron smoke test: the Electron binary is not installed ' +
      '(node_modules/electron/path.txt or its dist/ folder is missing; it cannot be downloaded on this machine). ' +
      'The same app is tested in Chromium through the browser harness.'
  )
}

describe.skipIf(!electronBinary)('the app in Electron (skipped when the Electron binary is absent)', () => {
  let app: ElectronApplication
  let profile: string

  beforeAll(async () => {
    const mainBundle = join(projectRoot, 'out', 'main', 'index.js')
    if (!existsSync(mainBundle)) throw new Error(`${mainBundle} is missing: run "npm run build" first.`)
    profile = await mkdtemp(join(tmpdir(), 'casebook-electron-'))
    const rootNeedsNoSandbox = process.platform === 'linux' && process.getuid?.() === 0 ? ['--no-sandbox'] : []
    app = await _electron.launch({
      executablePath: electronBinary!,
      args: [...rootNeedsNoSandbox, projectRoot],
      cwd: projectRoot,
      env: { ...(process.env as Record<string, string>), CASEBOOK_USER_DATA_DIR: profile }
    })
  })

  afterAll(async () => {
    await app?.close()
    if (profile) await rm(profile, { recursive: true, force: true })
  })

  it('opens one window on app://casebook titled Privacy Casebook, with window.api and no Node', async () => {
    const appWindow = await app.firstWindow()
    await appWindow.waitForLoadState('domcontentloaded')
    expect(await appWindow.title()).toMatch(/Privacy Casebook/)
    expect(appWindow.url().startsWith('app://casebook/')).toBe(true)

    const globals = await appWindow.evaluate(() => {
      const page = globalThis as unknown as { api?: object; require?: unknown; process?: unknown }
      return { api: Object.keys(page.api ?? {}), require: typeof page.require, process: typeof page.process }
    })
    expect(globals.api).toContain('getAppInfo')
    expect(globals.require).toBe('undefined')
    expect(globals.process).toBe('undefined')

    const info = await appWindow.evaluate(() =>
      (globalThis as unknown as { api: { getAppInfo(): Promise<unknown> } }).api.getAppInfo()
    )
    expect(info).toMatchObject({ ok: true, value: { dataFolder: profile } })

    const windowCount = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)
    expect(windowCount).toBe(1)
  })
})
