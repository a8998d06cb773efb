import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import Papa from 'papaparse'
import type { Page } from 'playwright-core'
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest'
import { expectAccessible, openApp, screenshot, setUpOffice, type OpenApp } from './support/app'
import { logRequest } from './support/intake'

let app: OpenApp
beforeEach(async () => {
  app = await openApp()
  await setUpOffice(app.page)
})
afterEach(async () => {
  await app?.close()
})

const SAVED = () => join(inject('harnessSaveDir'), 'case-log-2026-12-01.csv')

/** The saved file as a spreadsheet would read it: the raw bytes checked, then each row by its column names. */
function readSavedLog(): Record<string, string>[] {
  const bytes = readFileSync(SAVED())
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  const text = bytes.toString('utf8').slice(1)
  // Every record ends in CRLF; a bare LF appears only inside a quoted cell.
  expect(text.endsWith('\r\n')).toBe(true)
  expect(text.replace(/"(?:[^"]|"")*"/g, '').replace(/,/g, '')).toMatch(/^(\r\n)+$/)
  const { data, errors } = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true })
  expect(errors).toEqual([])
  return data
}

async function exportFromDialog(page: Page, prepare?: () => Promise<void>): Promise<string> {
  await page.getByRole('button', { name: 'Export these cases (CSV)…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Export the case log (CSV)' })
  await dialog.waitFor()
  await prepare?.()
  await dialog.getByRole('button', { name: 'Export…' }).click()
  const saved = dialog.getByText(/was saved to/)
  await saved.waitFor()
  return (await saved.textContent()) ?? ''
}

describe('exporting the case log', () => {
  it('exports the filtered list as a safe CSV, and all cases for a date range', async () => {
    const { page } = app
    const formula = '=HYPERLINK("http://x","y")'
    const a = await logRequest(page, { channel: 'Email', received: '2026-11-20', name: formula, email: 'a@example.com', rights: ['Access (copy of data)'] })
    const b = await logRequest(page, { channel: 'Post', received: '2026-11-10', name: 'Agnieszka Wąsowska', address: 'ul. Długa 5\nGdańsk', rights: ['Access (copy of data)'] })
    const c = await logRequest(page, { channel: 'Email', received: '2026-03-05', name: '王小明', email: 'wang@example.cn', rights: ['Erasure (delete data)'] })
    const reason = '-1 reason, with "quotes"\n@second line'
    await page.getByLabel('What happened', { exact: true }).selectOption({ label: 'Close the case' })
    await page.getByLabel('Outcome').selectOption({ label: 'Refused' })
    await page.getByLabel('Reason for the refusal').fill(reason)
    await page.getByRole('button', { name: 'Record', exact: true }).click()
    await page.getByText(/^Recorded: /).waitFor()

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Cases' }).click()
    const refs = () => page.locator('.case-table tbody a.reference').allTextContents()
    await page.getByLabel('Channel').selectOption({ label: 'Email' })
    await expect.poll(refs).toEqual([a, c])

    const message = await exportFromDialog(page, async () => {
      const dialog = page.getByRole('dialog')
      expect(await dialog.getByRole('radio', { name: /The cases the list shows \(channel: Email\)/ }).isChecked()).toBe(true)
      await screenshot(page, 'export-dialog')
      await expectAccessible(page, 'the export dialog')
    })
    expect(message).toContain('The case log of 2 cases was saved to')
    expect(message).toContain(SAVED())
    await screenshot(page, 'export-saved')
    await expectAccessible(page, 'the export dialog after saving')

    const rows = readSavedLog()
    expect(rows.map((r) => r.Reference)).toEqual([a, c])
    const [first, second] = rows as [Record<string, string>, Record<string, string>]
    expect(first['Requester name']).toBe(`'${formula}`)
    expect(first.Channel).toBe('Email')
    expect(first.Received).toBe('2026-11-20')
    expect(first.Status).toBe('Received')
    expect(first['Respond: on time']).toBe('open')
    expect(first['Respond: due']).toMatch(/^2026-12-\d{2}$/)
    expect(first['Closed on']).toBe('')
    expect(second['Requester name']).toBe('王小明')
    expect(second.Rights).toBe('Erasure')
    expect(second.Regime).toBe('UK GDPR (United Kingdom)')
    expect(second.Jurisdiction).toBe('England and Wales')
    expect(second.Status).toBe('Closed')
    expect(second.Outcome).toBe('Refused')
    expect(second['Refusal reason']).toBe(`'${reason}`)
    expect(second['Closed on']).toBe('2026-12-01')
    expect(second['Days taken']).toBe('271')
    expect(second['Respond: done on']).toBe('2026-12-01')
    expect(second['Respond: on time']).toBe('no')
    for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r\n＝＋－＠]/u)

    await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click()
    await page.getByRole('dialog').waitFor({ state: 'hidden' })
    await exportFromDialog(page, async () => {
      const dialog = page.getByRole('dialog')
      await dialog.getByRole('radio', { name: 'All cases' }).check()
      await dialog.getByLabel('From').fill('2026-11-01')
      await dialog.getByLabel('To').fill('2026-11-30')
    })
    const all = readSavedLog()
    expect(all.map((r) => r.Reference)).toEqual([b, a])
    expect(all[0]!['Requester name']).toBe('Agnieszka Wąsowska')
  })

  it('shows its progress on a large log and exports every case', async () => {
    const { page } = app
    await logRequest(page, { channel: 'Email', received: '2026-11-20', name: 'Seed Person', email: 'seed@example.com', rights: ['Access (copy of data)'] })
    const copies = 6000
    // Copies of the logged case, written straight to IndexedDB: the form would take far too long for thousands.
    await page.evaluate(
      (n) =>
        new Promise<void>((done, fail) => {
          const open = indexedDB.open('privacy-casebook')
          open.onsuccess = () => {
            const db = open.result
            const tx = db.transaction('cases', 'readwrite')
            const store = tx.objectStore('cases')
            const get = store.get(1)
            get.onsuccess = () => {
              const { id: _id, ...seed } = get.result
              for (let i = 1; i <= n; i++) {
                const day = String((i % 28) + 1).padStart(2, '0')
                store.add({ ...seed, reference: `PR-2025-${String(i).padStart(5, '0')}`, received: `2025-06-${day}` })
              }
            }
            tx.oncomplete = () => {
              db.close()
              done()
            }
            tx.onerror = () => fail(tx.error)
          }
        }),
      copies
    )
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Cases' }).click()
    await page.getByRole('button', { name: 'Export these cases (CSV)…' }).waitFor()
    // Every value the progress bar takes, as the page draws it.
    await page.evaluate(() => {
      const seen: string[] = []
      Object.assign(window, { progressSeen: seen })
      new MutationObserver(() => {
        const bar = document.querySelector('progress')
        if (bar) seen.push(`${bar.getAttribute('value')}/${bar.getAttribute('max')}`)
      }).observe(document.body, { subtree: true, childList: true, attributes: true })
    })
    const message = await exportFromDialog(page)
    const seen = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen)
    const total = copies + 1
    const midway = seen.map((s) => s.split('/').map(Number) as [number, number]).filter(([v, max]) => max === total && v > 0 && v < total)
    expect(midway.length).toBeGreaterThan(0)
    expect(message).toContain(`The case log of ${(copies + 1).toLocaleString('en-GB')} cases was saved to`)
    const dialog = page.getByRole('dialog')
    expect(await dialog.getByText(`${(copies + 1).toLocaleString('en-GB')} cases exported.`).count()).toBe(1)
    const progress = dialog.getByRole('progressbar', { name: 'Export progress' })
    expect(await progress.getAttribute('value')).toBe(await progress.getAttribute('max'))
    await screenshot(page, 'export-large')
    const rows = readSavedLog()
    expect(rows).toHaveLength(copies + 1)
    expect(new Set(rows.map((r) => r.Reference)).size).toBe(copies + 1)
  })
})
