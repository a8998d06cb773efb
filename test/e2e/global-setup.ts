import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { startHarness } from '../../scripts/harness/server'

declare module 'vitest' {
  export interface ProvidedContext {
    harnessUrl: string
    harnessSaveDir: string
    harnessDataDir: string
  }
}

/** One harness for the run; every test gets its own browser profile, so its own empty database. */
export default async function setup(project: TestProject) {
  if (!existsSync('out/renderer/index.html')) {
    throw new Error('The renderer is not built: run `npm run build` first (npm test does).')
  }
  const dir = mkdtempSync(join(tmpdir(), 'casebook-e2e-'))
  const saveDir = join(dir, 'saved')
  const harness = await startHarness({ port: 0, dataDir: dir, saveDir })
  project.provide('harnessUrl', harness.url)
  project.provide('harnessSaveDir', saveDir)
  project.provide('harnessDataDir', dir)
  return async () => {
    await harness.close()
    rmSync(dir, { recursive: true, force: true })
  }
}
