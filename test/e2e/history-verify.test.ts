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

describe('verify history', () => {
  it('says the history is intact, then names the entry someone edited behind the app', async () => {
    const { page } = app
    await logRequest(page, { name: 'First Person', address: '1 Road', rights: ['Access (copy of data)'] })
    const second = await logRequest(page, { name: 'Second Person', address: '2 Road', rights: ['Access (copy of data)'] })
    await page.getByRole('button', { name: 'Edit details' }).click()
    await page.getByLabel('Full name').fill('Second Person-Smith')
    await page.getByRole('button', { name: 'Save changes' }).click()
    await page.getByText('The changes were saved and recorded in the history.').waitFor()

    const settings = () => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click()
    await settings()
    await page.getByRole('button', { name: 'Verify history' }).click()
    await page.getByText('The history is intact: 3 entries in 2 cases verified.').waitFor()
    await expectAccessible(page, 'the settings page after verifying')

    // Someone with access to the disk rewrites who made the edit.
    await page.evaluate(
      () =>
        new Promise<void>((done, fail) => {
          const open = indexedDB.open('privacy-casebook')
          open.onsuccess = () => {
            const store = open.result.transaction('events', 'readwrite').objectStore('events')
            const all = store.getAll()
            all.onsuccess = () => {
              const edit = (all.result as { action: string; author: string }[]).find((e) => e.action === 'Case details edited')!
              edit.author = 'Nobody'
              const put = store.put(edit)
              put.onsuccess = () => done()
              put.onerror = () => fail(put.error)
            }
          }
        })
    )
    await page.getByRole('button', { name: 'Verify history' }).click()
    const alert = page.getByRole('alert').filter({ hasText: 'The history has been tampered with' })
    await alert.waitFor()
    expect(await alert.textContent()).toContain(`Case ${second}, entry 2: its content was changed after it was written.`)
    await expectAccessible(page, 'the settings page with a broken history')
  })
})
