import { z } from 'zod'
import { describe, expect, it } from 'vitest'
import type { ServiceContext, ServiceTable } from '../../../src/ipc/service'
import { apiNameOfChannel, runCall, runService } from '../../../main/ipc/run-service'
import { ServiceError } from '../../../main/services/service-error'

const ctx: ServiceContext = {
  appVersion: '1.2.3',
  dataFolder: '/data',
  backupsFolder: '/backups',
  chooseSavePath: async () => undefined,
  chooseOpenPath: async () => undefined,
  notify: async () => false,
  print: async () => false
}

const working: ServiceTable = {
  getAppInfo: async (_input, c) => ({ version: c.appVersion, dataFolder: c.dataFolder, backupsFolder: c.backupsFolder }),
  showNotification: async (input, c) => ({ shown: await c.notify(input.title, input.body) }),
  saveFile: async () => ({ saved: false }),
  checkLetterLogo: async () => ({ format: 'png' }),
  renderLetter: async () => ({ bytes: new Uint8Array(), missingCharacters: [] }),
  renderLetters: async () => ({ files: [], missingCharacters: [] }),
  renderCombinedLetters: async () => ({ bytes: new Uint8Array() }),
  printLetter: async (_input, c) => ({ printed: await c.print(new Uint8Array()) }),
  renderReport: async () => ({ bytes: new Uint8Array() }),
  writeBackup: async () => ({ written: false }),
  listBackups: async () => ({ folder: '', backups: [] }),
  readBackup: async () => ({ name: '', bytes: new Uint8Array() }),
  openBackupFile: async () => ({ opened: false }),
  unlockBackup: async () => ({ bytes: new Uint8Array() }),
  saveBackupAs: async () => ({ saved: false, encrypted: false })
}

function throwing(error: unknown): ServiceTable {
  const fail = async (): Promise<never> => {
    throw error
  }
  return {
    getAppInfo: fail,
    showNotification: fail,
    saveFile: fail,
    checkLetterLogo: fail,
    renderLetter: fail,
    renderLetters: fail,
    renderCombinedLetters: fail,
    printLetter: fail,
    renderReport: fail,
    writeBackup: fail,
    listBackups: fail,
    readBackup: fail,
    openBackupFile: fail,
    unlockBackup: fail,
    saveBackupAs: fail
  }
}

const invalid = { ok: false, error: { code: 'invalid-argument', message: expect.stringMatching(/\w/) } }

describe('runService', () => {
  it('returns the service’s value, checked against the contract', async () => {
    expect(await runService('getAppInfo', undefined, working, ctx)).toEqual({
      ok: true,
      value: { version: '1.2.3', dataFolder: '/data', backupsFolder: '/backups' }
    })
  })

  it.each([
    ['a wrong type', 42],
    ['an object where none is expected', { extra: true }],
    ['a huge string', 'x'.repeat(5_000_000)],
    ['a __proto__ payload', JSON.parse('{"__proto__": {"polluted": true}}')],
    ['null', null]
  ])('refuses %s with a message', async (_why, input) => {
    expect(await runService('getAppInfo', input, working, ctx)).toEqual(invalid)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it.each(['noSuchCall', '__proto__', 'toString', 'constructor', ''])('knows no call named %j', async (name) => {
    expect(await runService(name, undefined, working, ctx)).toEqual({
      ok: false,
      error: { code: 'not-found', message: expect.stringMatching(/no operation/) }
    })
  })

  it('turns a thrown error into its message, never its stack', async () => {
    const error = new Error('The backups folder is not writable.')
    const result = await runService('getAppInfo', undefined, throwing(error), ctx)
    expect(result).toEqual({ ok: false, error: { code: 'failed', message: 'The backups folder is not writable.' } })
    expect(JSON.stringify(result)).not.toContain('at ')
  })

  it.each([
    ['undefined', undefined],
    ['an error with no message', new Error('')],
    ['a plain object', { secret: 'internals' }],
    ['a number', 7]
  ])('still gives a readable message when %s is thrown', async (_why, thrown) => {
    const result = await runService('getAppInfo', undefined, throwing(thrown), ctx)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe('failed')
    expect(result.error.message).toMatch(/\w{3}/)
    expect(result.error.message).not.toContain('internals')
  })

  it('keeps the code a service chose', async () => {
    const result = await runService('getAppInfo', undefined, throwing(new ServiceError('cancelled', 'Nothing was saved.')), ctx)
    expect(result).toEqual({ ok: false, error: { code: 'cancelled', message: 'Nothing was saved.' } })
  })

  it('shortens a message too long to show', async () => {
    const result = await runService('getAppInfo', undefined, throwing(new Error('y'.repeat(10_000))), ctx)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.message.length).toBeLessThanOrEqual(500)
  })

  it('refuses a service result that breaks the contract', async () => {
    const broken = { getAppInfo: async () => ({ version: 3 }) } as unknown as ServiceTable
    const result = await runService('getAppInfo', undefined, broken, ctx)
    expect(result).toMatchObject({ ok: false, error: { code: 'failed' } })
  })
})

describe('runCall with an object argument', () => {
  const spec = {
    input: z.strictObject({ reference: z.string().max(20) }),
    output: z.object({ found: z.boolean() })
  }
  const service = async (input: { reference: string }) => ({ found: input.reference === 'PR-2026-0042' })
  const run = (input: unknown) => runCall(spec, service as never, input, ctx)

  it('passes the parsed argument to the service', async () => {
    expect(await run({ reference: 'PR-2026-0042' })).toEqual({ ok: true, value: { found: true } })
  })

  it.each([
    ['an extra field', { reference: 'PR-2026-0042', admin: true }],
    ['a __proto__ field', JSON.parse('{"reference": "PR-2026-0042", "__proto__": {"admin": true}}')],
    ['a huge string', { reference: 'P'.repeat(1_000_000) }],
    ['a wrong type', { reference: 42 }],
    ['a missing field', {}]
  ])('refuses %s, naming what is wrong', async (_why, input) => {
    const result = await run(input)
    expect(result).toEqual(invalid)
  })
})

describe('apiNameOfChannel', () => {
  it('finds the call of a channel, and nothing for an unknown one', () => {
    expect(apiNameOfChannel('app:info')).toBe('getAppInfo')
    expect(apiNameOfChannel('app:quit')).toBeUndefined()
  })
})

describe('showNotification', () => {
  it('passes a valid notification to the context and refuses extra fields or an empty title', async () => {
    const shown: string[] = []
    const context: ServiceContext = { ...ctx, notify: async (title, body) => (shown.push(`${title}|${body}`), true) }
    expect(await runService('showNotification', { title: 'Deadlines', body: '2 cases overdue' }, working, context)).toEqual({ ok: true, value: { shown: true } })
    expect(shown).toEqual(['Deadlines|2 cases overdue'])
    expect((await runService('showNotification', { title: 'x', body: 'y', icon: 'file:///etc/passwd' }, working, context)).ok).toBe(false)
    expect((await runService('showNotification', { title: '', body: 'y' }, working, context)).ok).toBe(false)
    expect(shown).toHaveLength(1)
  })
})
