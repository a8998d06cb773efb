import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runService } from '../../../main/ipc/run-service'
import { services } from '../../../main/services'
import { createNodeContext } from '../../../main/services/node-context'
import type { ServiceContext } from '../../../src/ipc/service'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'casebook-save-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

function contextSavingTo(path: string | undefined): ServiceContext {
  return { ...createNodeContext(dir), chooseSavePath: async () => path }
}

describe('saveFile', () => {
  it('writes the bytes where the user chose, leaving no temporary file', async () => {
    const target = join(dir, 'Letter.pdf')
    const bytes = new Uint8Array([37, 80, 68, 70])
    const result = await runService('saveFile', { defaultName: 'Letter.pdf', kind: 'pdf', bytes }, services, contextSavingTo(target))
    expect(result).toEqual({ ok: true, value: { saved: true, path: target } })
    expect([...readFileSync(target)]).toEqual([37, 80, 68, 70])
    expect(readdirSync(dir)).toEqual(['Letter.pdf'])
  })

  it('replaces an existing file whole', async () => {
    const target = join(dir, 'log.csv')
    writeFileSync(target, 'old contents that are longer')
    await runService('saveFile', { defaultName: 'log.csv', kind: 'csv', bytes: new TextEncoder().encode('new') }, services, contextSavingTo(target))
    expect(readFileSync(target, 'utf8')).toBe('new')
  })

  it('says nothing was saved when the user cancels', async () => {
    const result = await runService('saveFile', { defaultName: 'a.pdf', kind: 'pdf', bytes: new Uint8Array(1) }, services, contextSavingTo(undefined))
    expect(result).toEqual({ ok: true, value: { saved: false } })
  })

  it('tells the user the folder cannot be used, and what to do', async () => {
    const blocker = join(dir, 'not-a-folder')
    writeFileSync(blocker, 'x')
    const result = await runService('saveFile', { defaultName: 'a.pdf', kind: 'pdf', bytes: new Uint8Array(1) }, services, contextSavingTo(join(blocker, 'a.pdf')))
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.message).toMatch(/^The file was not saved in .*not-a-folder: .* Choose another folder and try again; nothing was lost\.$/)
    const missing = await runService('saveFile', { defaultName: 'a.pdf', kind: 'pdf', bytes: new Uint8Array(1) }, services, contextSavingTo(join(dir, 'gone', 'a.pdf')))
    expect(missing.ok || missing.error.message).toMatch(/the folder does not exist/)
  })

  it('refuses what is not bytes, an unknown kind, or an extra field', async () => {
    const ctx = contextSavingTo(join(dir, 'x'))
    for (const input of [
      { defaultName: 'a.pdf', kind: 'pdf', bytes: 'text' },
      { defaultName: 'a.pdf', kind: 'exe', bytes: new Uint8Array(1) },
      { defaultName: 'a.pdf', kind: 'pdf', bytes: new Uint8Array(1), path: '/etc/passwd' },
      { defaultName: '', kind: 'pdf', bytes: new Uint8Array(1) }
    ]) {
      const result = await runService('saveFile', input, services, ctx)
      expect(result.ok ? 'accepted' : result.error.code).toBe('invalid-argument')
    }
    expect(readdirSync(dir)).toEqual([])
  })
})
