import type { Page } from 'playwright-core'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
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

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click()

async function closeAsWithdrawn(page: Page): Promise<void> {
  await page.getByLabel('What happened', { exact: true }).selectOption({ label: 'Close the case' })
  await page.getByLabel('Outcome').selectOption({ label: 'Withdrawn' })
  await page.getByRole('button', { name: 'Record', exact: true }).click()
  await page.getByText(/^Recorded: /).waitFor()
}

/** Every record of every object store in the app's IndexedDB, as text (bytes decoded), read in the page. */
function dumpDatabase(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((done, fail) => {
        const open = indexedDB.open('privacy-casebook')
        open.onerror = () => fail(open.error)
        open.onsuccess = () => {
          const db = open.result
          const names = Array.from(db.objectStoreNames)
          const tx = db.transaction(names, 'readonly')
          const parts: string[] = []
          for (const name of names) {
            const all = tx.objectStore(name).getAll()
            all.onsuccess = () => {
              parts.push(name, JSON.stringify(all.result, (_k, v: unknown) => (v instanceof Uint8Array ? new TextDecoder().decode(v) : v)))
            }
          }
          tx.oncomplete = () => {
            db.close()
            done(parts.join('\n'))
          }
        }
      })
  )
}

describe('retention', () => {
  it('lists a case closed long ago as due for deletion, purges it on confirmation, and keeps one on legal hold', async () => {
    const { page } = app
    const canary = 'Qz8Canary3x'
    const old = await logRequest(page, { received: '2022-03-10', name: `Olga ${canary}`, address: '1 Old Road', rights: ['Access (copy of data)'], summary: `Asked by ${canary}` })
    await closeAsWithdrawn(page)
    const held = await logRequest(page, { received: '2022-04-01', name: 'Harriet Held', address: '2 Held Road', rights: ['Access (copy of data)'] })
    await closeAsWithdrawn(page)
    const hold = page.getByRole('region', { name: 'Legal hold' })
    await hold.getByRole('button', { name: 'Put on legal hold…' }).click()
    await hold.getByLabel('Reason for the legal hold').fill('Litigation: Held v Northwind')
    await screenshot(page, 'legal-hold-form')
    await expectAccessible(page, 'the legal hold form')
    await hold.getByRole('button', { name: 'Put on legal hold', exact: true }).click()
    await hold.getByText('The case is on legal hold, recorded in the history.').waitFor()
    expect(await hold.textContent()).toContain('Litigation: Held v Northwind')
    await page.getByRole('region', { name: 'History' }).locator('li', { hasText: 'Legal hold placed' }).waitFor()
    const open = await logRequest(page, { received: '2026-11-20', name: 'Otto Open', address: '3 Open Road', rights: ['Access (copy of data)'] })

    // Today both cases were closed only just: nothing is due.
    await nav(page, 'Due for deletion')
    await page.getByText('No case is due for deletion today.').waitFor()

    // Three years and more later (closing recorded 1 December 2026, kept until 1 December 2029).
    await page.clock.setFixedTime(new Date('2030-01-15T10:00:00Z'))
    await app.reload()
    await nav(page, 'Due for deletion')
    await page.getByRole('heading', { name: '1 case past the retention period' }).waitFor()
    const dueRefs = () => page.locator('form table a.reference').allTextContents()
    expect(await dueRefs()).toEqual([old])
    const heldRegion = page.getByRole('region', { name: 'Kept on legal hold' })
    expect(await heldRegion.locator('a.reference').allTextContents()).toEqual([held])
    expect(await page.locator('form table').textContent()).toContain('1 December 2029')
    await screenshot(page, 'due-for-deletion')
    await expectAccessible(page, 'the due-for-deletion page')

    // A longer period in Settings keeps the case: closed 1 December 2026, five years run to 2031.
    const setYears = async (years: string) => {
      await nav(page, 'Settings')
      await page.getByLabel('Keep closed cases for (years)').fill(years)
      await page.getByRole('button', { name: 'Save settings' }).click()
      await page.getByText('Settings saved.').waitFor()
      await nav(page, 'Due for deletion')
    }
    await setYears('5')
    await page.getByText('No case is due for deletion today.').waitFor()
    expect(await page.getByText('5 years after closing').count()).toBe(1)
    await setYears('3')
    await page.getByRole('heading', { name: '1 case past the retention period' }).waitFor()

    await page.getByRole('checkbox', { name: 'Select every case due for deletion' }).check()
    expect(await page.getByRole('checkbox', { name: `Select ${old}` }).isChecked()).toBe(true)
    await page.getByRole('button', { name: 'Delete 1 case…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Delete 1 case for good?' })
    await dialog.waitFor()
    expect(await dialog.textContent()).toContain('history, letters and attachments')
    await screenshot(page, 'confirm-purge')
    await expectAccessible(page, 'the purge confirmation')
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    await dialog.waitFor({ state: 'hidden' })
    expect(await dueRefs()).toEqual([old])

    await page.getByRole('button', { name: 'Delete 1 case…' }).click()
    await dialog.getByRole('button', { name: 'Delete 1 case for good' }).click()
    await page.getByText('1 case deleted for good.').waitFor()
    await page.getByText('No case is due for deletion today.').waitFor()
    const log = page.getByRole('region', { name: 'Purge log' })
    const logRow = log.locator('tbody tr')
    expect(await logRow.count()).toBe(1)
    expect(await logRow.locator('td').allTextContents()).toEqual(['15 January 2030 at 10:00', '1', 'Priya Shah', '3 years'])
    await screenshot(page, 'after-purge')
    await expectAccessible(page, 'the due-for-deletion page after a purge')

    // Gone from the list and from search; the case page says so.
    await nav(page, 'Cases')
    const refs = () => page.locator('.case-table tbody a.reference').allTextContents()
    await expect.poll(refs).toEqual([open, held])
    await page.getByLabel('Search').fill(canary)
    await page.getByText('No case matches these filters.').waitFor()
    await page.getByLabel('Search').fill(old)
    await page.getByText('No case matches these filters.').waitFor()
    await page.getByLabel('Search').fill('')
    await page.goto(page.url().replace(/#.*$/, '#/cases/1'))
    await page.getByRole('heading', { name: 'Case not found' }).waitFor()

    // Lifting the hold puts the other case in the list.
    await page.goto(page.url().replace(/#.*$/, '#/cases/2'))
    const liftRegion = page.getByRole('region', { name: 'Legal hold' })
    await liftRegion.getByRole('button', { name: 'Lift the legal hold…' }).click()
    await liftRegion.getByRole('button', { name: 'Lift the legal hold', exact: true }).click()
    await liftRegion.getByText('The legal hold was lifted, recorded in the history.').waitFor()
    await page.getByRole('region', { name: 'History' }).locator('li', { hasText: 'Legal hold lifted' }).waitFor()
    await nav(page, 'Due for deletion')
    await page.getByRole('heading', { name: '1 case past the retention period' }).waitFor()
    expect(await dueRefs()).toEqual([held])

    const dump = await dumpDatabase(page)
    expect(dump).not.toContain(canary)
    expect(dump).not.toContain(old)
    expect(dump).toContain('Harriet Held')
    expect(app.errors).toEqual([])
  })
})
