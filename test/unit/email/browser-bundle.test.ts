import { resolve } from 'node:path'
import vm from 'node:vm'
import { build, createLogger, type Rolldown } from 'vite'
import { describe, expect, it } from 'vitest'
import { parseEmailFile, type ImportedEmail } from '../../../src/email'
import { buildMsg, PROP } from './build-msg'
import { fixture } from './fixtures'

type Parse = typeof parseEmailFile

/**
 * Bundles src/email for the browser as the renderer's Vite config must
 * (with 'iconv-lite' aliased to the shim) and runs it in a realm with the web
 * platform's globals and none of Node's: no Buffer, process or require.
 */
async function browserBundle(): Promise<{ code: string; warnings: string[] }> {
  const warnings: string[] = []
  const logger = createLogger('warn', { allowClearScreen: false })
  logger.warn = (msg) => void warnings.push(msg)
  logger.warnOnce = (msg) => void warnings.push(msg)
  const output = (await build({
    configFile: false,
    root: resolve('.'),
    customLogger: logger,
    logLevel: 'warn',
    resolve: { alias: { 'iconv-lite': resolve('src/email/iconv-lite-browser.ts') } },
    build: {
      write: false,
      minify: false,
      lib: { entry: resolve('src/email/index.ts'), formats: ['iife'], name: 'EmailImport', fileName: 'email' }
    }
  })) as Rolldown.RolldownOutput[]
  const chunk = output[0]!.output.find((o) => o.type === 'chunk')!
  return { code: chunk.code, warnings }
}

function browserLikeRealm(code: string) {
  const context = vm.createContext({
    TextDecoder, TextEncoder, Blob, ReadableStream, atob, btoa, console, queueMicrotask, setTimeout, clearTimeout
  })
  vm.runInContext(code, context)
  const parse = vm.runInContext('EmailImport.parseEmailFile', context) as Parse
  const bytesInRealm = vm.runInContext('(array) => Uint8Array.from(array)', context) as (a: number[]) => Uint8Array
  const hasNode = vm.runInContext("typeof Buffer + typeof process + typeof require", context) as string
  return { parse, bytesInRealm, hasNode }
}

const comparable = (email: ImportedEmail) =>
  JSON.stringify({ ...email, attachments: email.attachments.map((a) => [a.name, a.mimeType, Array.from(a.bytes)]) })

describe('the email import in a browser bundle', () => {
  it('bundles without Node built-ins and reads .eml and .msg files as it does in Node', async () => {
    const { code, warnings } = await browserBundle()
    expect(warnings.filter((w) => /externalized for browser compatibility/.test(w))).toEqual([])
    expect(code).not.toMatch(/__vite-browser-external|node_modules\/safer-buffer|require\(["']buffer["']\)/)

    const realm = browserLikeRealm(code)
    expect(realm.hasNode).toBe('undefinedundefinedundefined')
    const polish = buildMsg([
      { id: PROP.messageClass, type: 'ansi', bytes: new TextEncoder().encode('IPM.Note') },
      { id: PROP.subject, type: 'ansi', bytes: new Uint8Array([0x50, 0xb3, 0x6f, 0x63, 0x6b]) }, // "Płock" in windows-1250
      { id: PROP.messageCodepage, type: 'long', value: 1250 }
    ])
    const files = [fixture('sar-unicode-with-attachment.eml'), fixture('attachments.msg'), fixture('cjk.msg'), { name: 'polish.msg', bytes: polish }]
    for (const file of files) {
      const inNode = await parseEmailFile(file, { timeZone: 'Asia/Tokyo' })
      const inBrowser = await realm.parse({ name: file.name, bytes: realm.bytesInRealm(Array.from(file.bytes)) }, { timeZone: 'Asia/Tokyo' })
      expect(comparable(inBrowser)).toBe(comparable(inNode))
    }
    expect((await realm.parse({ name: 'polish.msg', bytes: realm.bytesInRealm(Array.from(polish)) }, { timeZone: 'UTC' })).subject).toBe('Płock')
  }, 60_000)

  it('refuses a bad file there with the same message', async () => {
    const realm = browserLikeRealm((await browserBundle()).code)
    const error = await realm.parse({ name: 'x.msg', bytes: realm.bytesInRealm(Array.from(fixture('simple.msg').bytes.subarray(0, 1000))) }, { timeZone: 'UTC' }).then(
      () => undefined,
      (e: Error) => e
    )
    expect(error?.name).toBe('EmailImportError')
    expect(error?.message).toMatch(/damaged or incomplete/)
  }, 60_000)
})
