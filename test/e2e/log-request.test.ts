import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { expectAccessible, openApp, screenshot, setUpOffice, type OpenApp } from './support/app'
import { logRequest } from './support/intake'

let app: OpenApp
beforeEach(async () => {
  app = await openApp()
})
afterEach(async () => {
  await app?.close()
})

describe('logging a postal request', () => {
  it('asks for the office first, then logs the request with a reference and a history entry', async () => {
    const { page } = app
    await page.getByRole('heading', { name: 'Welcome to Privacy Casebook' }).waitFor()
    await expectAccessible(page, 'the welcome screen')
    await setUpOffice(page)

    const year = 2026
    const reference = await logRequest(page, {
      channel: 'Post',
      received: `${year}-01-05`,
      name: 'Ελένη Παπαδοπούλου',
      address: 'Οδός Ερμού 12\n105 63 Αθήνα\nGreece',
      rights: ['Access (copy of data)', 'Erasure (delete data)'],
      regime: 'EU GDPR (EU / EEA member state)',
      jurisdiction: { label: 'Member state', option: 'Greece' },
      summary: 'Letter dated 2 January asking for a copy of all personal data and its deletion afterwards.'
    })
    expect(reference).toBe(`PR-${year}-0001`)
    const page2 = page
    await page2.getByRole('heading', { name: /Ελένη Παπαδοπούλου/ }).waitFor()
    const details = page2.locator('.case-details')
    await expect.poll(() => details.textContent()).toContain('Οδός Ερμού 12')
    expect(await details.textContent()).toContain('Access (copy of data)')
    const history = page2.getByRole('region', { name: 'History' })
    expect(await history.textContent()).toContain('Case logged by Priya Shah')
    await screenshot(page2, 'case-page')
    await expectAccessible(page2, 'the case page')
    expect(app.errors).toEqual([])
  })

  it('refuses bad input with messages that say what to fix, and keeps what was typed', async () => {
    const { page } = app
    await setUpOffice(page)
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'New request' }).click()
    await page.getByLabel('Date received').fill('2999-01-01')
    await page.getByRole('textbox', { name: 'Email' }).fill('not-an-email')
    await page.getByLabel('Postal address').fill('Flat 2\u0007\n10 Long Road')
    await page.getByRole('button', { name: 'Save request' }).click()

    await page.getByText("Enter the requester's full name.").waitFor()
    await page.getByText(/The date received cannot be in the future/).waitFor()
    await page.getByText('Enter the email address in the form name@example.com, or leave it empty.').waitFor()
    await page.getByText('Tick at least one right the requester asks for.').waitFor()
    await page.getByText(/postal address contains an invisible control character/).waitFor()
    expect(await page.getByRole('textbox', { name: 'Email' }).inputValue()).toBe('not-an-email')
    expect(await page.getByLabel('Full name').getAttribute('aria-invalid')).toBe('true')
    await screenshot(page, 'new-request-errors')
    await expectAccessible(page, 'the new-request form with errors')

    const long = 'x'.repeat(10_000)
    await page.getByLabel('Full name').fill(long)
    await page.getByRole('button', { name: 'Save request' }).click()
    await page.getByText(/The name is too long: keep it to 200 characters or fewer/).waitFor()
    expect(await page.locator('.case-table').count()).toBe(0)
  })
})
