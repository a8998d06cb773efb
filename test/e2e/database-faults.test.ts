import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { expectAccessible, openApp, setUpOffice, type OpenApp } from './support/app'
import { logRequest } from './support/intake'

let app: OpenApp
beforeEach(async () => {
  app = await openApp()
  await setUpOffice(app.page)
})
afterEach(async () => {
  await app?.close()
})

describe('the database under faults', () => {
  it('says so when the disk is full, and keeps what was typed', async () => {
    const { page } = app
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'New request' }).click()
    await page.getByLabel('Full name').fill('Ελένη Παπαδοπούλου')
    await page.getByLabel('Postal address').fill('Οδός Ερμού 12, Αθήνα')
    await page.getByRole('checkbox', { name: 'Access (copy of data)' }).check()
    await page.getByLabel('Summary of the request').fill('x'.repeat(50_000))
    // The disk fills up: every write the browser attempts is refused with QuotaExceededError.
    await page.evaluate(() => {
      const w = window as unknown as { __quotaFull: boolean }
      w.__quotaFull = true
      for (const method of ['add', 'put'] as const) {
        const original = IDBObjectStore.prototype[method]
        IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: Parameters<typeof original>) {
          if (w.__quotaFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
          return original.apply(this, args)
        }
      }
    })
    await page.getByRole('button', { name: 'Save request' }).click()
    const error = page.getByText(/The request was not saved: The computer has no room left for the case database/)
    await error.waitFor()
    expect(await page.getByLabel('Full name').inputValue()).toBe('Ελένη Παπαδοπούλου')
    expect(await page.evaluate(() => new Promise((done) => {
      const open = indexedDB.open('privacy-casebook')
      open.onsuccess = () => { const count = open.result.transaction('cases').objectStore('cases').count(); count.onsuccess = () => done(count.result) }
    }))).toBe(0)
    await page.evaluate(() => { (window as unknown as { __quotaFull: boolean }).__quotaFull = false })
    await page.getByRole('button', { name: 'Save request' }).click()
    await page.locator('#case-title').waitFor()
    expect(await page.locator('#case-title').textContent()).toContain('PR-2026-0001')
  })

  it('steps aside when another window upgrades the database, and refuses a database from a newer version', async () => {
    const { page } = app
    await logRequest(page, { name: 'Kept Safe', address: '1 Road', rights: ['Access (copy of data)'] })
    // Another window, of a newer version of the app, opens the same database.
    const upgraded = await page.evaluate(
      () =>
        new Promise<number>((done, fail) => {
          const open = indexedDB.open('privacy-casebook', 1000)
          open.onsuccess = () => {
            const version = open.result.version
            open.result.close()
            done(version)
          }
          open.onerror = () => fail(open.error)
          open.onblocked = () => fail(new Error('blocked: the app did not let go of the database'))
        })
    )
    expect(upgraded).toBe(1000)
    await page.getByRole('heading', { name: 'Privacy Casebook cannot go on' }).waitFor()
    expect(await page.getByRole('alert').textContent()).toContain('opened in another window or updated there')

    await page.reload()
    await page.getByRole('heading', { name: 'Privacy Casebook cannot go on' }).waitFor()
    expect(await page.getByRole('alert').textContent()).toContain('written by a newer version of Privacy Casebook')
    await expectAccessible(page, 'the newer-database message')
  })
})
