import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runService } from '../../../main/ipc/run-service'
import { services } from '../../../main/services'
import { createNodeContext } from '../../../main/services/node-context'
import { composeLetter, type ComposedLetter } from '../../../src/letters'
import { sampleFacts } from '../../../src/letters/samples'
import { makePng, pdfinfo, pdftotext, save } from '../letters/pdf-tools'

const dir = mkdtempSync(join(tmpdir(), 'letters-services-'))
const ctx = createNodeContext(dir)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function letter(name: string, reference = 'PR-2026-0042'): ComposedLetter {
  const facts = sampleFacts('acknowledgement', 'uk')
  facts.requester.name = name
  facts.reference = reference
  return composeLetter('acknowledgement', facts)
}

async function call<T>(name: Parameters<typeof runService>[0], input: unknown): Promise<T> {
  const result = await runService(name, input, services, ctx)
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.value as T
}

const isPdf = (bytes: Uint8Array) => new TextDecoder().decode(bytes.subarray(0, 5)) === '%PDF-'

describe('letters:render', () => {
  it('renders a letter composed in the renderer as PDF bytes, the name in any script exactly as typed', async () => {
    for (const name of ['Ελένη Παπαδοπούλου', 'Дмитрий Иванов', 'Agnieszka Wąsowska', 'Şükrü Öztürk']) {
      const { bytes } = await call<{ bytes: Uint8Array }>('renderLetter', { letter: letter(name), pageSize: 'A4' })
      expect(bytes.constructor).toBe(Uint8Array)
      expect(isPdf(bytes)).toBe(true)
      const text = pdftotext(save(bytes))
      expect(text).toContain(name)
      expect(text).toContain('PR-2026-0042')
    }
  })

  it('names the characters the letter font cannot print, so that no name goes out with letters missing', async () => {
    const fine = await call<{ missingCharacters: string[] }>('renderLetter', { letter: letter('Ελένη Παπαδοπούλου'), pageSize: 'A4' })
    expect(fine.missingCharacters).toEqual([])
    const chinese = await call<{ bytes: Uint8Array; missingCharacters: string[] }>('renderLetter', { letter: letter('王秀英'), pageSize: 'A4' })
    expect(chinese.missingCharacters).toEqual([])
    expect(pdftotext(save(chinese.bytes))).toContain('王秀英')
    const korean = await call<{ bytes: Uint8Array; missingCharacters: string[] }>('renderLetter', { letter: letter('김민준'), pageSize: 'A4' })
    expect(korean.missingCharacters).toEqual([])
    expect(pdftotext(save(korean.bytes))).toContain('김민준')
    const ethiopic = await call<{ bytes: Uint8Array; missingCharacters: string[] }>('renderLetter', { letter: letter('ሰላም'), pageSize: 'A4' })
    expect(ethiopic.missingCharacters).toEqual(['ሰ', 'ላ', 'ም'])
    expect(pdftotext(save(ethiopic.bytes))).not.toContain('ሰላም')
  })

  it('gives the same bytes for the same letter, on US Letter when asked', async () => {
    const first = await call<{ bytes: Uint8Array }>('renderLetter', { letter: letter('Ελένη Παπαδοπούλου'), pageSize: 'LETTER' })
    const again = await call<{ bytes: Uint8Array }>('renderLetter', { letter: letter('Ελένη Παπαδοπούλου'), pageSize: 'LETTER' })
    expect(Buffer.from(again.bytes).equals(Buffer.from(first.bytes))).toBe(true)
    expect(pdfinfo(save(first.bytes))['Page size']).toMatch(/612 x 792/)
  })

  it('puts the letterhead logo on the letter, and refuses one that is not an image with a message', async () => {
    const logo = makePng(240, 80)
    const withLogo = await call<{ bytes: Uint8Array }>('renderLetter', { letter: letter('Ann Lee'), pageSize: 'A4', logo })
    const without = await call<{ bytes: Uint8Array }>('renderLetter', { letter: letter('Ann Lee'), pageSize: 'A4' })
    expect(withLogo.bytes.length).toBeGreaterThan(without.bytes.length)
    const refused = await runService('renderLetter', { letter: letter('Ann Lee'), pageSize: 'A4', logo: new TextEncoder().encode('GIF89a not a logo') }, services, ctx)
    expect(refused).toEqual({ ok: false, error: { code: 'invalid-argument', message: expect.stringMatching(/PNG or JPEG.*Settings/) } })
  })

  it('refuses a letter that is not a composed letter', async () => {
    const bad = { ...letter('Ann Lee'), templateId: 'love-letter' }
    expect(await runService('renderLetter', { letter: bad, pageSize: 'A4' }, services, ctx)).toMatchObject({ ok: false, error: { code: 'invalid-argument' } })
    const extra = { ...letter('Ann Lee'), script: 'alert(1)' }
    expect(await runService('renderLetter', { letter: extra, pageSize: 'A4' }, services, ctx)).toMatchObject({ ok: false, error: { code: 'invalid-argument' } })
  })
})

describe('a batch', () => {
  const letters = [letter('Ann Lee', 'PR-2026-0001'), letter('Дмитрий Иванов', 'PR-2026-0002'), letter('Ελένη Παπαδοπούλου', 'PR-2026-0003')]

  it('renders each letter of a chunk as its own PDF, byte for byte what it renders alone', async () => {
    const { files, missingCharacters } = await call<{ files: Uint8Array[]; missingCharacters: string[][] }>('renderLetters', {
      letters: [...letters, letter('ሰላም', 'PR-2026-0004')],
      pageSize: 'A4'
    })
    expect(files).toHaveLength(4)
    expect(missingCharacters).toEqual([[], [], [], ['ሰ', 'ላ', 'ም']])
    const alone = await call<{ bytes: Uint8Array }>('renderLetter', { letter: letters[1], pageSize: 'A4' })
    expect(Buffer.from(files[1]!).equals(Buffer.from(alone.bytes))).toBe(true)
    expect(pdftotext(save(files[2]!))).toContain('Ελένη Παπαδοπούλου')
  })

  it('takes at most 25 letters a chunk', async () => {
    const many = Array.from({ length: 26 }, (_, i) => letter('Ann Lee', `PR-2026-${String(i + 1).padStart(4, '0')}`))
    expect(await runService('renderLetters', { letters: many, pageSize: 'A4' }, services, ctx)).toMatchObject({ ok: false, error: { code: 'invalid-argument' } })
  })

  it('combines the letters into one PDF for printing, each on its own pages', async () => {
    const { files } = await call<{ files: Uint8Array[] }>('renderLetters', { letters, pageSize: 'A4' })
    const pagesEach = files.map((f) => Number(pdfinfo(save(f)).Pages))
    const { bytes } = await call<{ bytes: Uint8Array }>('renderCombinedLetters', { letters, pageSize: 'A4' })
    const file = save(bytes)
    expect(Number(pdfinfo(file).Pages)).toBe(pagesEach.reduce((a, b) => a + b, 0))
    const text = pdftotext(file)
    for (const name of ['Ann Lee', 'Дмитрий Иванов', 'Ελένη Παπαδοπούλου']) expect(text).toContain(name)
  })
})

describe('letters:print in the harness', () => {
  it('"prints" by writing the PDF, byte for byte, into the printed folder', async () => {
    const { bytes } = await call<{ bytes: Uint8Array }>('renderLetter', { letter: letter('Ann Lee'), pageSize: 'A4' })
    expect(await call('printLetter', { bytes })).toEqual({ printed: true })
    expect(await call('printLetter', { bytes })).toEqual({ printed: true })
    const folder = join(dir, 'data', 'printed')
    expect(readdirSync(folder).sort()).toEqual(['print-0001.pdf', 'print-0002.pdf'])
    expect(readFileSync(join(folder, 'print-0002.pdf')).equals(Buffer.from(bytes))).toBe(true)
  })

  it('prints only a PDF', async () => {
    const result = await runService('printLetter', { bytes: new TextEncoder().encode('<html>') }, services, ctx)
    expect(result).toEqual({ ok: false, error: { code: 'invalid-argument', message: expect.stringMatching(/not a PDF/) } })
  })
})

describe('letters:check-logo', () => {
  it('accepts a PNG and names its format', async () => {
    expect(await call('checkLetterLogo', { bytes: makePng(120, 40) })).toEqual({ format: 'png' })
  })

  it('refuses a file that is not PNG or JPEG, and one over 2 MB, saying why', async () => {
    const gif = await runService('checkLetterLogo', { bytes: new TextEncoder().encode('GIF89a…') }, services, ctx)
    expect(gif).toEqual({ ok: false, error: { code: 'invalid-argument', message: expect.stringMatching(/must be a PNG or JPEG/) } })
    const big = new Uint8Array(3 * 1024 * 1024)
    big.set([0xff, 0xd8, 0xff])
    const large = await runService('checkLetterLogo', { bytes: big }, services, ctx)
    expect(large).toEqual({ ok: false, error: { code: 'invalid-argument', message: expect.stringMatching(/3\.0 MB; the limit is 2 MB/) } })
  })
})
