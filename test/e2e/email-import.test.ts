import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { expectAccessible, openApp, screenshot, setUpOffice, type OpenApp } from './support/app'

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'email')
let app: OpenApp
beforeEach(async () => {
  app = await openApp()
  await setUpOffice(app.page)
  await app.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'New request' }).click()
})
afterEach(async () => {
  await app?.close()
})

async function chooseFile(name: string, bytes?: Buffer) {
  const input = app.page.locator('input[type=file]')
  await input.setInputFiles({ name, mimeType: 'application/octet-stream', buffer: bytes ?? readFileSync(join(FIXTURES, name)) })
}

describe('importing an email', () => {
  it('prefills the form from an .eml and keeps the original and its attachment with the case', async () => {
    const { page } = app
    await chooseFile('sar-unicode-with-attachment.eml')
    await page.getByText('Imported from sar-unicode-with-attachment.eml').waitFor()
    expect(await page.getByLabel('Full name').inputValue()).toBe('Agnieszka Wąsowska-Ørsted')
    expect(await page.getByRole('textbox', { name: 'Email' }).inputValue()).toBe('a.wasowska@example.pl')
    expect(await page.getByLabel('Date received').inputValue()).toBe('2026-03-06')
    expect(await page.getByRole('radio', { name: 'Email' }).isChecked()).toBe(true)
    expect(await page.getByRole('checkbox', { name: 'Access (copy of data)' }).isChecked()).toBe(true)
    expect(await page.getByLabel('Summary of the request').inputValue()).toMatch(/^Subject: /)
    const files = page.getByRole('group', { name: 'Files kept with the case' })
    expect(await files.locator('li').count()).toBe(2)
    await screenshot(page, 'import-eml')
    await expectAccessible(page, 'the form after an import')

    await page.getByLabel('Postal address').fill('ul. Długa 5\n80-831 Gdańsk\nPoland')
    await page.getByRole('button', { name: 'Save request' }).click()
    await page.locator('#case-title').waitFor()
    const caseFiles = page.getByRole('region', { name: 'Files' })
    await expect.poll(() => caseFiles.locator('li').count()).toBe(2)
    expect(await caseFiles.textContent()).toContain('sar-unicode-with-attachment.eml')
    expect(await page.locator('.case-details').textContent()).toContain('Agnieszka Wąsowska-Ørsted')
  })

  it('prefills from an Outlook .msg with its three attachments', async () => {
    const { page } = app
    await chooseFile('attachments.msg')
    await page.getByText('Imported from attachments.msg').waitFor()
    expect(await page.getByLabel('Full name').inputValue()).toBe('hmailuser')
    expect(await page.getByRole('textbox', { name: 'Email' }).inputValue()).toBe('hmailuser@hmailserver.test')
    expect(await page.getByLabel('Date received').inputValue()).toBe('2023-11-01')
    expect(await page.getByLabel('Summary of the request').inputValue()).toMatch(/^Subject: attachmentFiles/)
    const files = page.getByRole('group', { name: 'Files kept with the case' })
    expect(await files.locator('li').count()).toBe(4)
  })

  it('asks by hand for what a .msg without sender or date lacks', async () => {
    const { page } = app
    await chooseFile('simple.msg')
    const warning = page.locator('.notice-warning')
    await warning.waitFor()
    expect(await warning.textContent()).toMatch(/the email has no sender or date, so enter them by hand/)
    await page.getByRole('checkbox', { name: 'Access (copy of data)' }).check()
    await page.getByRole('button', { name: 'Save request' }).click()
    await page.getByText("Enter the requester's full name.").waitFor()
    await page.getByText('Enter the date the request was received.').waitFor()
    expect(await page.getByLabel('Summary of the request').inputValue()).toMatch(/^Subject: Simple/)
  })

  it('refuses a file that is not an email and changes nothing', async () => {
    const { page } = app
    await page.getByLabel('Full name').fill('Already typed')
    await chooseFile('not-an-email-contact.msg')
    const error = page.locator('.drop-zone .notice-error')
    await error.waitFor()
    expect(await error.textContent()).toMatch(/not-an-email-contact\.msg was not imported: .*contact/i)
    expect(await page.getByLabel('Full name').inputValue()).toBe('Already typed')
    expect(await page.getByRole('group', { name: 'Files kept with the case' }).count()).toBe(0)

    await chooseFile('garbage.eml', Buffer.from([0, 1, 2, 3, 255, 254, 0, 0]))
    await expect.poll(() => error.textContent()).toMatch(/garbage\.eml was not imported/)
    expect(await page.getByLabel('Full name').inputValue()).toBe('Already typed')
    await expectAccessible(page, 'the form after a failed import')
  })
})
