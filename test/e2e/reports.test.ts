import { readFileSync } from 'node:fs'
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
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

/** Closes the case on screen as refused, for the reason given. */
async function refuse(page: Page, reason: string): Promise<void> {
  await page.getByLabel('What happened', { exact: true }).selectOption({ label: 'Close the case' })
  await page.getByLabel('Outcome').selectOption({ label: 'Refused' })
  await page.getByLabel('Reason for the refusal').fill(reason)
  await page.getByRole('button', { name: 'Record', exact: true }).click()
  await page.getByText(/^Recorded: /).waitFor()
}

/** The value beside a term in the summary. */
const summary = (page: Page, term: string) => page.locator('.report-summary div').filter({ has: page.getByText(term, { exact: true }) }).locator('dd').textContent()

describe('the office report', () => {
  it('shows the figures for the period, draws the charts and saves the report as a PDF', async () => {
    const { page } = app
    await logRequest(page, { channel: 'Email', received: '2026-11-20', name: 'Open Person', email: 'open@example.com', rights: ['Access (copy of data)'] })
    // Received in March, refused on 1 December: 271 days, late.
    await logRequest(page, { channel: 'Post', received: '2026-03-05', name: 'Late Person', address: '1 Road\nTown', rights: ['Erasure (delete data)'] })
    await refuse(page, 'Identity could not be verified')
    // Received on 25 November, refused on 1 December: 6 days, on time.
    await logRequest(page, { channel: 'Email', received: '2026-11-25', name: 'Quick Person', email: 'quick@example.com', rights: ['Access (copy of data)', 'Erasure (delete data)'] })
    await refuse(page, '  identity could not  be verified')
    // Last year: outside the default period.
    await logRequest(page, { channel: 'Phone', received: '2025-12-30', name: 'Old Person', email: 'old@example.com', rights: ['Access (copy of data)'] })

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click()
    await page.getByRole('heading', { name: 'Reports', level: 1 }).waitFor()
    expect(await page.getByLabel('Received from').inputValue()).toBe('2026-01-01')
    expect(await page.getByLabel('to', { exact: true }).inputValue()).toBe('2026-12-01')
    await page.getByText('Cases received from 1 January 2026 to 1 December 2026, as of 1 December 2026.').waitFor()

    expect(await summary(page, 'Requests received')).toBe('3')
    expect(await summary(page, 'On-time rate')).toBe('50%')
    expect(await summary(page, 'Met on time / late')).toBe('1 / 1')
    expect(await summary(page, 'Mean days to a response')).toBe('138.5')
    expect(await summary(page, 'Median days to a response')).toBe('138.5')
    const rights = page.getByRole('table', { name: 'Requests by right' })
    expect(await rights.getByRole('row', { name: /^Access \(copy of data\)/ }).getByRole('cell').textContent()).toBe('2')
    expect(await rights.getByRole('row', { name: /^Erasure \(delete data\)/ }).getByRole('cell').textContent()).toBe('2')
    const reasons = page.getByRole('table', { name: 'Refusal reasons' })
    expect(await reasons.getByRole('row').count()).toBe(2)
    expect(await reasons.getByRole('row', { name: /Identity could not be verified/ }).getByRole('cell').textContent()).toBe('2')
    const months = page.getByRole('table', { name: 'Requests and on-time rate by month' })
    expect(await months.getByRole('row').count()).toBe(13)
    expect(await months.getByRole('row', { name: /^Mar 2026/ }).textContent()).toBe('Mar 20261010%')
    expect(await months.getByRole('row', { name: /^Nov 2026/ }).textContent()).toBe('Nov 2026210100%')
    await page.getByRole('img', { name: 'Requests received by month' }).waitFor()
    await page.getByRole('img', { name: 'On-time rate by month' }).waitFor()
    // March and November have requests; only November has an on-time rate above 0 %.
    expect(await page.locator('svg[role="img"] rect.bar').count()).toBe(2 + 1)
    await screenshot(page, 'reports-page')
    await expectAccessible(page, 'the Reports page')

    // A shorter period: November only.
    await page.getByLabel('Received from').fill('2026-11-01')
    await page.getByRole('button', { name: 'Show the figures' }).click()
    await page.getByText('Cases received from 1 November 2026 to 1 December 2026, as of 1 December 2026.').waitFor()
    expect(await summary(page, 'Requests received')).toBe('2')
    expect(await summary(page, 'On-time rate')).toBe('100%')

    await page.getByRole('button', { name: 'Save the report as PDF…' }).click()
    await page.getByText('The report was saved to').waitFor()
    const file = join(inject('harnessSaveDir'), 'privacy-report-2026-11-01-to-2026-12-01.pdf')
    const bytes = readFileSync(file)
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
    expect(text).toContain('Cases received from 1 November 2026 to 1 December 2026')
    expect(text).toContain('Requests received 2')
    expect(text).toContain('100% (1 / 0)')
    await expectAccessible(page, 'the Reports page after saving')
    expect(app.errors).toEqual([])
  })

  it('refuses a period that ends before it starts', async () => {
    const { page } = app
    await page.goto(inject('harnessUrl') + '/#/reports')
    await page.getByRole('heading', { name: 'Reports', level: 1 }).waitFor()
    await page.getByLabel('Received from').fill('2026-12-01')
    await page.getByLabel('to', { exact: true }).fill('2026-11-01')
    await page.getByRole('button', { name: 'Show the figures' }).click()
    await page.getByRole('alert').getByText('The period starts after it ends: swap the dates.').waitFor()
  })
})
