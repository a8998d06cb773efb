import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses'
import { applyFuses } from '../../../scripts/packaging/fuses'

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'casebook-fuses-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

/** A stand-in for Electron's binary: junk around a fuse wire of version 1 with 9 fuses, all at Electron's defaults. */
function fakeElectron(): string {
  const path = join(dir, 'electron')
  // Electron's own defaults: running as Node, NODE_OPTIONS and --inspect on; asar-only and integrity off.
  const defaults = '101100000'
  writeFileSync(path, Buffer.concat([Buffer.alloc(4096, 7), Buffer.from(SENTINEL), Buffer.from([1, 9]), Buffer.from(defaults), Buffer.alloc(4096, 7)]))
  return path
}

describe('the packaged build fuses', () => {
  it('turn off running as Node, NODE_OPTIONS and CLI inspect, and turn on asar-only loading with integrity', async () => {
    const binary = fakeElectron()
    await applyFuses(binary)
    const wire = await getCurrentFuseWire(binary)
    const state = (fuse: FuseV1Options) => (wire as unknown as Record<number, number>)[fuse]
    expect(state(FuseV1Options.RunAsNode)).toBe(FuseState.DISABLE)
    expect(state(FuseV1Options.EnableNodeOptionsEnvironmentVariable)).toBe(FuseState.DISABLE)
    expect(state(FuseV1Options.EnableNodeCliInspectArguments)).toBe(FuseState.DISABLE)
    expect(state(FuseV1Options.OnlyLoadAppFromAsar)).toBe(FuseState.ENABLE)
    expect(state(FuseV1Options.EnableEmbeddedAsarIntegrityValidation)).toBe(FuseState.ENABLE)
    expect(state(FuseV1Options.GrantFileProtocolExtraPrivileges)).toBe(FuseState.DISABLE)
  })
})
