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

describe('drafts', () => {
  it('offers a half-filled request back after a reload', async () => {
    const { page } = app
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'New request' }).click()
    await page.getByLabel('Full name').fill('Дмитрий Иванов')
    await page.getByRole('checkbox', { name: 'Marketing opt-out' }).check()
    await page.getByLabel('Summary of the request').fill('Phoned to stop the newsletter.')
    // The draft is written a moment after typing stops.
    await expect.poll(() => page.evaluate(() => new Promise((done) => {
      const open = indexedDB.open('privacy-casebook')
      open.onsuccess = () => {
        const get = open.result.transaction('drafts').objectStore('drafts').get('new-request')
        get.onsuccess = () => { done((get.result?.value?.form?.summary as string | undefined) ?? ''); open.result.close() }
      }
    }))).toBe('Phoned to stop the newsletter.')

    await app.reload()
    await page.getByRole('heading', { name: 'Unsaved request' }).waitFor()
    expect(await page.getByText(/requester: Дмитрий Иванов/).count()).toBe(1)
    await expectAccessible(page, 'the draft offer')
    await page.getByRole('button', { name: 'Restore the unsaved request' }).click()
    expect(await page.getByLabel('Full name').inputValue()).toBe('Дмитрий Иванов')
    expect(await page.getByRole('checkbox', { name: 'Marketing opt-out' }).isChecked()).toBe(true)
    expect(await page.getByLabel('Summary of the request').inputValue()).toBe('Phoned to stop the newsletter.')

    await page.getByRole('textbox', { name: 'Email' }).fill('d.ivanov@example.ru')
    await page.getByRole('button', { name: 'Save request' }).click()
    await page.locator('#case-title').waitFor()
    // Once saved, the draft is gone.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'New request' }).click()
    await page.getByRole('heading', { name: 'New request' }).waitFor()
    expect(await page.getByLabel('Full name').inputValue()).toBe('')
  })
})

describe('the case list', () => {
  it('filters by right, channel and status, and searches by name, email and reference', async () => {
    const { page } = app
    const year = 2026
    const a = await logRequest(page, { channel: 'Post', received: `${year}-01-10`, name: 'Agnieszka Wąsowska', address: 'ul. Długa 5\nGdańsk', rights: ['Access (copy of data)'] })
    const b = await logRequest(page, { channel: 'Email', received: `${year}-01-12`, name: 'John Smith', email: 'john.smith@example.com', rights: ['Erasure (delete data)'], regime: 'CCPA/CPRA (California)' })
    const c = await logRequest(page, { channel: 'Phone', received: `${year}-01-11`, name: 'Ελένη Παπαδοπούλου', email: 'eleni@example.gr', rights: ['Marketing opt-out', 'Access (copy of data)'] })

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Cases' }).click()
    const refs = () => page.locator('.case-table tbody a.reference').allTextContents()
    await expect.poll(refs).toEqual([b, c, a])
    await screenshot(page, 'case-list')
    await expectAccessible(page, 'the case list')

    await page.getByLabel('Right').selectOption({ label: 'Access' })
    await expect.poll(refs).toEqual([c, a])
    await page.getByLabel('Channel').selectOption({ label: 'Phone' })
    await expect.poll(refs).toEqual([c])
    await page.getByRole('button', { name: 'Clear filters' }).click()
    await expect.poll(refs).toEqual([b, c, a])

    await page.getByLabel('Sort by').selectOption({ label: 'Requester, A to Z' })
    await expect.poll(refs).toEqual([a, b, c])

    await page.getByLabel('Search').fill('wasow')
    await expect.poll(refs).toEqual([a])
    await page.getByLabel('Search').fill('john.smith@example.com')
    await expect.poll(refs).toEqual([b])
    await page.getByLabel('Search').fill(c)
    await expect.poll(refs).toEqual([c])
    await page.getByLabel('Search').fill('nobody-by-this-name')
    await page.getByText('No case matches these filters.').waitFor()

    await page.getByLabel('Search').fill('')
    await page.getByLabel('Status').selectOption({ label: 'Closed' })
    await page.getByText('No case matches these filters.').waitFor()
    await page.getByLabel('Status').selectOption({ label: 'Received' })
    await expect.poll(async () => (await refs()).length).toBe(3)
  })
})

describe('editing a case', () => {
  it('shows the edit in the history, old → new, with its author', async () => {
    const { page } = app
    await logRequest(page, { name: 'Agnieszka Wąsowska', email: 'a.wasowska@example.pl', rights: ['Access (copy of data)'] })
    await page.getByRole('button', { name: 'Edit details' }).click()
    await page.getByLabel('Full name').fill('Agnieszka Wąsowska-Ørsted')
    await page.getByRole('checkbox', { name: 'Rectification (correct data)' }).check()
    await page.getByRole('button', { name: 'Save changes' }).click()
    await page.getByText('The changes were saved and recorded in the history.').waitFor()

    const history = page.getByRole('region', { name: 'History' })
    const edit = history.locator('li', { hasText: 'Case details edited' })
    await edit.waitFor()
    expect(await edit.textContent()).toContain('Priya Shah')
    const nameRow = edit.locator('tr', { has: page.getByRole('rowheader', { name: 'Name' }) })
    expect(await nameRow.locator('td').allTextContents()).toEqual(['Agnieszka Wąsowska', 'Agnieszka Wąsowska-Ørsted'])
    const rightsRow = edit.locator('tr', { has: page.getByRole('rowheader', { name: 'Rights' }) })
    expect(await rightsRow.locator('td').allTextContents()).toEqual(['Access', 'Access, Rectification'])
    await expect.poll(() => page.locator('#case-title').textContent()).toContain('Agnieszka Wąsowska-Ørsted')
    await expectAccessible(page, 'the case page after an edit')
  })
})
