import { createHash } from 'node:crypto'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { deflateSync } from 'node:zlib'
import type { Page } from 'playwright-core'
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest'
import { expectAccessible, openApp, screenshot, setUpOffice, type OpenApp } from './support/app'
import { logRequest } from './support/intake'

// Every test runs on Tuesday 1 December 2026 (see TEST_NOW).
let app: OpenApp
beforeEach(async () => {
  app = await openApp()
  await setUpOffice(app.page)
  await setUpLetters(app.page)
})
afterEach(async () => {
  await app?.close()
})

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')
const printedFolder = () => join(inject('harnessDataDir'), 'data', 'printed')
const printedFiles = () => (existsSync(printedFolder()) ? readdirSync(printedFolder()).sort() : [])

/** A real PNG: a navy block, as a letterhead logo. */
function png(width: number, height: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    return c >>> 0
  })
  const crc = (b: Buffer) => {
    let c = 0xffffffff
    for (const x of b) c = crcTable[(c ^ x) & 0xff]! ^ (c >>> 8)
    return (c ^ 0xffffffff) >>> 0
  }
  const chunk = (type: string, data: Buffer) => {
    const head = Buffer.alloc(8)
    head.writeUInt32BE(data.length, 0)
    head.write(type, 4, 'ascii')
    const tail = Buffer.alloc(4)
    tail.writeUInt32BE(crc(Buffer.concat([head.subarray(4), data])), 0)
    return Buffer.concat([head, data, tail])
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0)
  ihdr.writeUInt32BE(height, 4)
  ihdr.set([8, 2, 0, 0, 0], 8)
  const raw = Buffer.alloc((width * 3 + 1) * height)
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) raw.set([31, 58, 95], y * (width * 3 + 1) + 1 + x * 3)
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))])
}

async function setUpLetters(page: Page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click()
  await page.getByLabel('Signatory’s name').fill('Margaret Ashworth')
  await page.getByLabel('Signatory’s title').fill('Data Protection Officer')
  await page.getByLabel('Office telephone').fill('+44 20 7946 0000')
  await page.getByRole('button', { name: 'Save settings' }).click()
  await page.getByText('Settings saved.').waitFor()
}

/** Every issued letter, read straight from IndexedDB: what the app keeps, not what it shows. */
async function storedLetters(page: Page): Promise<{ caseId: number; templateId: string; sha256: string; pdf: number[]; batchId?: string; sentBy: string }[]> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('privacy-casebook')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          const all = db.transaction('letters').objectStore('letters').getAll()
          all.onsuccess = () => {
            resolve(all.result.map((r) => ({ ...r, pdf: Array.from(r.pdf as Uint8Array), content: undefined })))
            db.close()
          }
          all.onerror = () => reject(all.error)
        }
      })
  )
}

/**
 * The PDF main rendered for a preview, as it crossed to the page (the app's CSP lets no
 * script read a blob: URL back, so the test reads the harness's answer instead).
 */
async function renderedPdf(page: Page, click: () => Promise<void>): Promise<Buffer> {
  const [response] = await Promise.all([page.waitForResponse((r) => r.url().endsWith('/api/letters%3Arender')), click()])
  const answer = (await response.json()) as { ok: boolean; value: { bytes: { $bytes: string } } }
  expect(answer.ok).toBe(true)
  return Buffer.from(answer.value.bytes.$bytes, 'base64')
}

/** The preview is the browser's PDF viewer on a blob: URL of the app's own origin. */
async function expectBlobPreview(frame: ReturnType<Page['locator']>) {
  await frame.waitFor()
  expect(await frame.getAttribute('src')).toMatch(/^blob:http:\/\/127\.0\.0\.1:\d+\/[0-9a-f-]+$/)
}

function pdfPages(file: string): number {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1])
}

/** With SCREENSHOTS set, each page of the PDF as a PNG next to the screenshots, to look at. */
function pagesAsPng(file: string, name: string) {
  if (!process.env.SCREENSHOTS) return
  mkdirSync(process.env.SCREENSHOTS, { recursive: true })
  execFileSync('pdftoppm', ['-png', '-r', '70', file, join(process.env.SCREENSHOTS, name)])
}

async function chooseLetter(page: Page, title: string) {
  await page.getByLabel('Letter', { exact: true }).selectOption({ label: title })
}

describe('the letterhead logo', () => {
  it('takes a PNG checked by main, and refuses a file that is not PNG or JPEG with its message', async () => {
    const { page } = app
    const input = page.getByLabel('Choose a logo')
    await input.setInputFiles({ name: 'logo.gif', mimeType: 'image/gif', buffer: Buffer.from('GIF89a\x01\x00\x01\x00') })
    await page.getByText(/The logo was not used: The logo must be a PNG or JPEG image/).waitFor()
    await page.getByLabel('Choose a logo').setInputFiles({ name: 'northwind.png', mimeType: 'image/png', buffer: png(300, 90) })
    await page.getByText('The logo northwind.png will head every letter.').waitFor()
    await page.getByRole('img', { name: /letterhead logo \(northwind\.png\)/ }).waitFor()
    await screenshot(page, 'letters-settings')
    await expectAccessible(page, 'the settings with the letter settings and the logo')
  })
})

describe('a letter from a case', () => {
  it('is composed, edited, previewed and issued, then listed on the case with a history entry; saved and reprinted byte for byte', async () => {
    const { page } = app
    const reference = await logRequest(page, {
      received: '2026-11-25',
      name: 'Ελένη Παπαδοπούλου',
      address: 'Flat 4, Kingsley Court\n27 Lansdowne Road\nManchester M20 2PL',
      rights: ['Access (copy of data)']
    })
    const letters = page.getByRole('region', { name: 'Letters' })
    await letters.getByText('No letter has been issued on this case yet.').waitFor()
    await letters.getByText(/^Suggested for this case: Acknowledgement of a request/).waitFor()
    await chooseLetter(page, 'Acknowledgement of a request')
    await letters.getByText(/When used:.*On receipt of a rights request/).waitFor()
    await letters.getByRole('button', { name: 'Compose letter' }).click()
    await letters.getByRole('heading', { name: 'Check and edit: Acknowledgement of a request' }).waitFor()
    expect(await page.getByLabel('Subject').inputValue()).toBe('Acknowledgement of your request of 25 November 2026')
    const second = page.getByLabel('Paragraph 2', { exact: true })
    expect(await second.inputValue()).toContain(reference)
    await second.fill(`${await second.inputValue()} We have also noted your new address.`)
    expect(await page.getByLabel('Paragraph 3', { exact: true }).inputValue()).toContain('by 29 December 2026')
    await expectAccessible(page, 'the composed letter in its editor')

    const previewed = await renderedPdf(page, () => letters.getByRole('button', { name: 'Preview PDF' }).click())
    await expectBlobPreview(letters.locator('.pdf-preview iframe'))
    expect(previewed.subarray(0, 5).toString()).toBe('%PDF-')
    const previewFile = join(inject('harnessDataDir'), `preview-${reference}.pdf`)
    writeFileSync(previewFile, previewed)
    const text = execFileSync('pdftotext', [previewFile, '-'], { encoding: 'utf8' })
    expect(text).toContain('Ελένη Παπαδοπούλου')
    expect(text).toContain('We have also noted your new address.')
    expect(text).toContain('Margaret Ashworth')
    await screenshot(page, 'letters-composed-preview')
    await expectAccessible(page, 'the letter with its preview')

    await page.getByRole('radio', { name: 'Post' }).check()
    await letters.getByRole('button', { name: 'Issue letter' }).click()
    await letters.getByText(/^Issued: Acknowledgement of a request, dated 1 December 2026, sent by post\.$/).waitFor()
    const row = letters.locator('table.issued-letters tbody tr')
    await expect.poll(() => row.count()).toBe(1)
    expect(await row.textContent()).toMatch(/Acknowledgement of a request.*1 December 2026.*Post.*Priya Shah/)
    const history = page.getByRole('region', { name: 'History' })
    await expect.poll(() => history.textContent()).toContain('Letter issued: Acknowledgement of a request')
    expect(await history.textContent()).toContain('PDF SHA-256')
    await screenshot(page, 'letters-issued')
    await expectAccessible(page, 'the case page with its letter issued')

    const [stored] = await storedLetters(page)
    const storedPdf = Buffer.from(stored!.pdf)
    expect(sha256(storedPdf)).toBe(stored!.sha256)
    expect(stored).toMatchObject({ templateId: 'acknowledgement', sentBy: 'post' })

    // Reopened: the very PDF that was issued.
    await row.getByRole('button', { name: /^Open/ }).click()
    await letters.getByText(stored!.sha256).waitFor()
    await expectBlobPreview(letters.locator('.preview-block .pdf-preview iframe'))

    // Saved again: byte-identical to the record.
    await row.getByRole('button', { name: /^Save PDF/ }).click()
    const name = `${reference} Acknowledgement of a request 2026-12-01.pdf`
    await letters.getByText(`Saved to ${join(inject('harnessSaveDir'), name)}.`).waitFor()
    const saved = readFileSync(join(inject('harnessSaveDir'), name))
    expect(sha256(saved)).toBe(stored!.sha256)
    pagesAsPng(join(inject('harnessSaveDir'), name), 'letter-acknowledgement')

    // Reprinted: the harness "prints" into data/printed, byte for byte.
    const before = printedFiles()
    await row.getByRole('button', { name: /^Print/ }).click()
    await letters.getByText('Sent to the printer.').waitFor()
    const added = printedFiles().filter((f) => !before.includes(f))
    expect(added).toHaveLength(1)
    expect(sha256(readFileSync(join(printedFolder(), added[0]!)))).toBe(stored!.sha256)
    expect(app.errors).toEqual([])
  })

  it('prefills an extension notice from the case, and marks its deadline done when issued', async () => {
    const { page } = app
    await logRequest(page, { received: '2026-11-02', name: 'Agnieszka Wąsowska', address: '1 High Street\nLondon', rights: ['Access (copy of data)'] })
    await page.getByLabel('What happened', { exact: true }).selectOption({ label: 'Extend the period (complex or numerous requests)' })
    await page.getByLabel('On', { exact: true }).fill('2026-11-20')
    await page.getByLabel(/Reasons for the extension/).fill('Your request covers twelve years of records held in four systems.')
    await page.getByRole('button', { name: 'Record', exact: true }).click()
    await page.getByText(/^Recorded: /).waitFor()

    const letters = page.getByRole('region', { name: 'Letters' })
    await letters.getByText(/^Suggested for this case: Extension of the time to respond/).waitFor()
    await chooseLetter(page, 'Extension of the time to respond')
    expect(await page.getByRole('textbox', { name: 'Reasons', exact: true }).inputValue()).toBe('Your request covers twelve years of records held in four systems.')
    await letters.getByRole('button', { name: 'Compose letter' }).click()
    const text = (await letters.locator('.letter-paragraphs textarea').evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value))).join('\n')
    expect(text).toContain('our response is due by 2 December 2026')
    expect(text).toContain('We will now respond by 2 February 2027')
    expect(text).toContain('Your request covers twelve years of records held in four systems.')
    expect(text).toContain("Information Commissioner's Office (ICO), Churchill House, 17 Churchill Way, Cardiff CF10 2HH")
    const mark = page.getByLabel(/This letter meets the deadline “Send the extension notice”/)
    expect(await mark.isChecked()).toBe(true)
    await page.getByRole('radio', { name: 'Email' }).check()
    await letters.getByRole('button', { name: 'Issue letter' }).click()
    await letters.getByText(/sent by email; “Send the extension notice” marked done\.$/).waitFor()
    await expect.poll(() => page.locator('[data-deadline="extension-notice"] .deadline-left').textContent()).toBe('Done on 1 December 2026')
    const history = await page.getByRole('region', { name: 'History' }).textContent()
    expect(history).toContain('Letter issued: Extension of the time to respond')
    expect(history).toContain('Deadline met: Send the extension notice')
  })

  it('blocks a letter with a missing field, naming it, until it is filled or edited out', async () => {
    const { page } = app
    await logRequest(page, { received: '2026-11-25', name: 'Дмитрий Иванов', address: '4 Admiralty Way\nLondon', rights: ['Access (copy of data)'] })
    const letters = page.getByRole('region', { name: 'Letters' })
    await chooseLetter(page, 'Request for proof of identity')
    await letters.getByRole('button', { name: 'Compose letter' }).click()
    const missing = letters.locator('.missing-fields')
    await missing.waitFor()
    expect(await missing.textContent()).toContain('2 fields are missing')
    expect(await missing.locator('[data-missing-field="identity.reason"]').textContent()).toContain("Why the requester's identity is in doubt")
    expect(await missing.locator('[data-missing-field="identity.evidence"]').textContent()).toContain('The proof of identity we ask for')
    const issue = letters.getByRole('button', { name: 'Issue letter' })
    expect(await issue.isDisabled()).toBe(true)
    await letters.getByText('Fill the missing fields first.').waitFor()
    await screenshot(page, 'letters-missing-fields')
    await expectAccessible(page, 'a letter with missing fields')

    // Filled in the form: one field left.
    await page.getByLabel('Proof of identity needed').fill('a copy of your passport; and\na recent utility bill showing your address.')
    await letters.getByRole('button', { name: 'Compose again from the form' }).click()
    await expect.poll(() => missing.locator('li').count()).toBe(1)
    expect(await missing.locator('li').getAttribute('data-missing-field')).toBe('identity.reason')
    expect(await issue.isDisabled()).toBe(true)

    // Edited out of the wording: the letter may go.
    const holed = letters.locator('.letter-paragraphs textarea').filter({ hasText: '[[identity.reason]]' })
    const text = await holed.inputValue()
    await holed.fill(text.replace('[[identity.reason]]', 'the signature on your letter does not match our records'))
    await expect.poll(() => missing.count()).toBe(0)
    await issue.click()
    await letters.getByText(/^Issued: Request for proof of identity/).waitFor()
    const [stored] = await storedLetters(page)
    expect(stored!.templateId).toBe('identity-verification')
  })
})

describe('a batch of letters', () => {
  it('issues one template to the cases chosen, with progress, one combined PDF and a record per case, skipping a letter with a hole', async () => {
    const { page } = app
    const names = ['Ann Lee', 'Agnieszka Wąsowska', 'Ελένη Παπαδοπούλου']
    const refs: string[] = []
    for (const [i, name] of names.entries()) {
      refs.push(await logRequest(page, { received: `2026-11-2${i + 3}`, name, address: `${i + 1} High Street\nLondon`, rights: ['Access (copy of data)'] }))
    }
    // A case under "Other" has no statutory period the acknowledgement could state.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'New request' }).click()
    await page.getByLabel('Full name').fill('Kofi Mensah')
    await page.getByLabel('Postal address').fill('9 Ring Road\nAccra')
    await page.getByRole('checkbox', { name: 'Access (copy of data)' }).check()
    await page.getByLabel('Regime that applies').selectOption({ label: 'Other' })
    await page.getByLabel('Law or country').fill('Ghana Data Protection Act 2012')
    await page.getByRole('button', { name: 'Save request' }).click()
    const other = (await page.locator('#case-title .reference').textContent()) ?? ''

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Letters' }).click()
    await page.getByRole('heading', { name: 'Letters in a batch' }).waitFor()
    await page.getByLabel('Letter', { exact: true }).selectOption({ label: 'Acknowledgement of a request' })
    await page.getByLabel('Show', { exact: true }).selectOption({ label: 'New requests (status Received)' })
    await expect.poll(() => page.locator('.batch-table tbody tr').count()).toBe(4)
    await page.getByLabel('Select every case shown').check()
    await page.getByText('4 cases selected').waitFor()
    await page.getByRole('button', { name: 'Check the letters' }).click()
    await page.getByText('3 letters are ready to issue.').waitFor()
    const skipped = page.locator(`[data-skipped="${other}"]`)
    expect(await skipped.textContent()).toContain('[[law.responsePeriod]]')
    await screenshot(page, 'letters-batch-checked')
    await expectAccessible(page, 'the batch, checked')

    // Slow each render so that the progress can be seen moving.
    let release = () => {}
    const held = new Promise<void>((r) => (release = r))
    await page.route('**/api/letters%3Arender-each', async (route) => {
      await held
      await route.continue()
    })
    await page.getByRole('button', { name: 'Issue 3 letters' }).click()
    const bar = page.locator('#batch-progress-bar')
    await bar.waitFor()
    expect(await bar.getAttribute('max')).toBe('3')
    expect(await bar.getAttribute('value')).toBe('0')
    await page.getByText('Rendering the letters: 0 of 3').waitFor()
    await expectAccessible(page, 'the batch in progress')
    release()
    await page.getByText(/^Issued 3 letters: each is kept with its case, with a history entry\. 1 case was skipped\.$/).waitFor()

    const stored = await storedLetters(page)
    expect(stored).toHaveLength(3)
    expect(new Set(stored.map((l) => l.batchId)).size).toBe(1)
    for (const l of stored) expect(sha256(Buffer.from(l.pdf))).toBe(l.sha256)

    await page.getByRole('button', { name: 'Save the combined PDF' }).click()
    const savedText = (await page.getByText(/^Saved to /).textContent()) ?? ''
    const combined = savedText.replace(/^Saved to /, '').replace(/\.$/, '')
    expect(combined).toContain('Acknowledgement of a request – 3 letters 2026-12-01.pdf')
    const recordFiles = stored.map((l, i) => {
      const file = join(inject('harnessDataDir'), `batch-record-${i}.pdf`)
      writeFileSync(file, Buffer.from(l.pdf))
      return file
    })
    expect(pdfPages(combined)).toBe(recordFiles.map(pdfPages).reduce((a, b) => a + b, 0))
    const text = execFileSync('pdftotext', [combined, '-'], { encoding: 'utf8' })
    for (const name of names) expect(text).toContain(name)
    expect(text).not.toContain('Kofi Mensah')
    pagesAsPng(combined, 'letters-batch')
    await screenshot(page, 'letters-batch-issued')
    await expectAccessible(page, 'the batch, issued')

    const before = printedFiles().length
    await page.getByRole('button', { name: 'Print all 3' }).click()
    await page.getByText('Sent to the printer.').waitFor()
    expect(printedFiles().length).toBe(before + 1)

    // The cases sent it drop out of the list; shown again, they say when.
    await expect.poll(() => page.locator('.batch-table tbody tr').count()).toBe(1)
    await page.getByLabel('Leave out cases already sent this letter').uncheck()
    await expect.poll(() => page.locator('.batch-table tbody tr').count()).toBe(4)
    expect(await page.locator('.batch-table tbody tr', { hasText: refs[1]! }).textContent()).toContain('1 December 2026')

    // Each case keeps its own letter.
    await page.locator('.batch-table a.reference', { hasText: refs[1]! }).click()
    const letters = page.getByRole('region', { name: 'Letters' })
    await expect.poll(() => letters.locator('table.issued-letters tbody tr').count()).toBe(1)
    expect(await page.getByRole('region', { name: 'History' }).textContent()).toContain('Letter issued: Acknowledgement of a request')
  })

  it('stops between chunks on Cancel, issuing nothing', async () => {
    const { page } = app
    for (const name of ['Ann Lee', 'Bea Kim']) await logRequest(page, { received: '2026-11-25', name, address: '1 High Street\nLondon', rights: ['Access (copy of data)'] })
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Letters' }).click()
    await page.getByLabel('Select every case shown').check()
    await page.getByRole('button', { name: 'Check the letters' }).click()
    let release = () => {}
    const held = new Promise<void>((r) => (release = r))
    await page.route('**/api/letters%3Arender-each', async (route) => {
      await held
      await route.continue()
    })
    await page.getByRole('button', { name: 'Issue 2 letters' }).click()
    await page.locator('#batch-progress-bar').waitFor()
    await page.getByRole('button', { name: 'Cancel' }).click()
    release()
    await page.getByText('Cancelled: no letter was issued.').waitFor()
    expect(await storedLetters(page)).toEqual([])
  })
})
