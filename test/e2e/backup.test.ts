import { readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest'
import type { Page } from 'playwright-core'
import { expectAccessible, openApp, screenshot, setUpOffice, type OpenApp } from './support/app'
import { logRequest } from './support/intake'

// The harness answers "Open" with the path written in <data dir>/open-file.txt.
const dataDir = () => inject('harnessDataDir')
const chooseFileToOpen = (path: string) => writeFile(join(dataDir(), 'open-file.txt'), path)

let app: OpenApp
beforeEach(async () => {
  await rm(join(dataDir(), 'backups'), { recursive: true, force: true })
  app = await openApp()
  await setUpOffice(app.page)
})
afterEach(async () => {
  await app?.close()
  await rm(join(dataDir(), 'open-file.txt'), { force: true })
})

async function openSettings(page: Page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click()
  await page.getByRole('heading', { name: 'Backups' }).waitFor()
}

async function caseReferences(page: Page): Promise<string[]> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Cases' }).click()
  await page.locator('.case-table').waitFor()
  return (await page.locator('.case-table tbody a.reference').allTextContents()).sort()
}

const backups = (page: Page) => page.getByRole('region', { name: 'Backups' })

describe('backups', () => {
  it('restores a backup from the list: a case logged after it is gone, the two before it remain', async () => {
    const { page } = app
    const first = await logRequest(page, { name: 'Agnieszka Wąsowska', address: '1 High Street\nLondon', rights: ['Access (copy of data)'] })
    const second = await logRequest(page, { name: 'John Smith', email: 'john@example.com', rights: ['Erasure (delete data)'] })
    await openSettings(page)
    await backups(page).getByRole('button', { name: 'Back up now' }).click()
    await backups(page).getByText(/^Backup made in the backups folder/).waitFor()
    const third = await logRequest(page, { name: 'After Backup', address: '3 Low Road', rights: ['Access (copy of data)'] })
    expect(await caseReferences(page)).toEqual([first, second, third].sort())

    await openSettings(page)
    const rows = backups(page).locator('.backup-table tbody tr')
    await expect.poll(() => rows.count()).toBe(1)
    expect(await rows.first().textContent()).toContain('Made with “Back up now”')
    await screenshot(page, 'backups-section')
    await expectAccessible(page, 'the Backups section of Settings')

    await rows.first().getByRole('button', { name: /^Restore the backup of / }).click()
    const dialog = page.getByRole('dialog', { name: 'Replace all the data with this backup?' })
    await dialog.waitFor()
    const words = await dialog.textContent()
    expect(words).toContain('holds 2 cases')
    expect(words).toMatch(/made on \d{1,2} \w+ \d{4} at \d{2}:\d{2}/)
    expect(words).toContain('Everything the app holds now — 3 cases')
    expect(words).toContain('will be replaced')
    await screenshot(page, 'restore-dialog')
    await expectAccessible(page, 'the restore dialog')

    await dialog.getByRole('button', { name: 'Replace my data with this backup' }).click()
    await backups(page).getByText(/the app now holds its 2 cases/).waitFor()
    // The data it replaced was kept first, in the list.
    await expect.poll(() => rows.count()).toBe(2)
    expect(await rows.first().textContent()).toContain('Before a restore')
    expect(await caseReferences(page)).toEqual([first, second].sort())
    // A reference given out after the backup is never given again.
    expect(await logRequest(page, { name: 'Next Case', address: '4 Road', rights: ['Access (copy of data)'] })).toBe('PR-2026-0004')
    expect(app.errors).toEqual([])
  })

  it('refuses a damaged file with a message and changes nothing', async () => {
    const { page } = app
    const only = await logRequest(page, { name: 'Kept Case', address: '1 Road', rights: ['Access (copy of data)'] })
    await openSettings(page)
    await backups(page).getByRole('button', { name: 'Save a backup…' }).click()
    await backups(page).getByRole('button', { name: 'Choose where to save…' }).click()
    const saved = backups(page).getByText(/^Backup saved to /)
    await saved.waitFor()
    const path = ((await saved.textContent()) ?? '').replace(/^Backup saved to /, '').replace(/\.$/, '')
    expect(path).toBe(join(inject('harnessSaveDir'), 'Privacy Casebook backup 2026-12-01.casebook'))

    const damaged = await readFile(path)
    const middle = Math.floor(damaged.length / 2)
    damaged[middle] = damaged[middle]! ^ 0x01
    const damagedPath = join(dataDir(), 'damaged.casebook')
    await writeFile(damagedPath, damaged)
    await chooseFileToOpen(damagedPath)
    await backups(page).getByRole('button', { name: 'Restore from a file…' }).click()
    const alert = backups(page).getByRole('alert')
    await alert.waitFor()
    expect(await alert.textContent()).toMatch(/The backup was not restored.*This backup file is damaged.*Your current data has not been changed\./)
    expect(await page.getByRole('dialog').count()).toBe(0)
    expect(await caseReferences(page)).toEqual([only])
  })

  it('a backup saved with a password asks for it, refuses a wrong one, and restores with the right one', async () => {
    const { page } = app
    const kept = await logRequest(page, { name: 'Protected Case', address: '1 Road', rights: ['Access (copy of data)'] })
    await openSettings(page)
    await backups(page).getByRole('button', { name: 'Save a backup…' }).click()
    await backups(page).getByLabel('Protect the backup with a password').check()
    await backups(page).getByLabel('Password', { exact: true }).fill('short')
    await backups(page).getByRole('button', { name: 'Choose where to save…' }).click()
    await backups(page).getByText('A backup password must have at least 8 characters.').waitFor()
    await backups(page).getByLabel('Password', { exact: true }).fill('Harbour Street 1')
    await backups(page).getByLabel('Repeat the password').fill('Harbour Street 1')
    await backups(page).getByRole('button', { name: 'Choose where to save…' }).click()
    const saved = backups(page).getByText(/^Backup saved to .*, protected by its password\.$/)
    await saved.waitFor()
    const path = ((await saved.textContent()) ?? '').replace(/^Backup saved to /, '').replace(/, protected by its password\.$/, '')
    expect((await readFile(path)).subarray(0, 45).toString()).toBe('{"format":"privacy-casebook-encrypted-backup"')

    await logRequest(page, { name: 'Logged Later', address: '2 Road', rights: ['Access (copy of data)'] })
    await openSettings(page)
    await chooseFileToOpen(path)
    await backups(page).getByRole('button', { name: 'Restore from a file…' }).click()
    await backups(page).getByLabel('Backup password').fill('harbour street 1')
    await backups(page).getByRole('button', { name: 'Open the backup' }).click()
    await backups(page).getByText(/^The password is not the one this backup was saved with/).waitFor()
    await expectAccessible(page, 'the backup password prompt with its error')
    await backups(page).getByLabel('Backup password').fill('Harbour Street 1')
    await backups(page).getByRole('button', { name: 'Open the backup' }).click()
    const dialog = page.getByRole('dialog', { name: 'Replace all the data with this backup?' })
    await dialog.waitFor()
    expect(await dialog.textContent()).toContain('holds 1 case.')
    await dialog.getByRole('button', { name: 'Replace my data with this backup' }).click()
    await backups(page).getByText(/the app now holds its 1 case\./).waitFor()
    expect(await caseReferences(page)).toEqual([kept])
  })
})
