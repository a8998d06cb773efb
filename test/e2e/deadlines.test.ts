import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { expectAccessible, openApp, screenshot, setUpOffice, type OpenApp } from './support/app'
import { logRequest } from './support/intake'

// Every test runs on Tuesday 1 December 2026 (see TEST_NOW).
let app: OpenApp
beforeEach(async () => {
  app = await openApp()
  await setUpOffice(app.page)
})
afterEach(async () => {
  await app?.close()
})

function deadline(page: Page, key: string) {
  return page.locator(`[data-deadline="${key}"]`)
}

async function record(page: Page, what: string, date?: string, reason?: string) {
  await page.getByLabel('What happened', { exact: true }).selectOption({ label: what })
  if (date) await page.getByLabel('On', { exact: true }).fill(date)
  if (reason) await page.getByLabel(/Reasons for the extension/).fill(reason)
  await page.getByRole('button', { name: 'Record', exact: true }).click()
  await page.getByText(/^Recorded: /).waitFor()
}

describe('the response deadline of a UK request', () => {
  it('moves when identity arrives, when a clarification stops the clock, and when the period is extended', async () => {
    const { page } = app
    await logRequest(page, { received: '2026-11-02', name: 'Agnieszka Wąsowska', address: '1 High Street\nLondon', rights: ['Access (copy of data)'] })
    const respond = deadline(page, 'respond')
    await expect.poll(() => respond.locator('.deadline-due').textContent()).toBe('2 December 2026')
    expect(await respond.locator('.deadline-left').textContent()).toBe('Due tomorrow')
    expect(await respond.getAttribute('class')).toContain('deadline-soon')

    await record(page, 'Asked for proof of identity', '2026-11-03')
    await page.getByText('The clock is stopped').waitFor()
    expect(await page.locator('.notice-warning').textContent()).toContain('Since 3 November 2026, awaiting proof of identity')

    await record(page, 'Proof of identity arrived', '2026-11-10')
    await expect.poll(() => respond.locator('.deadline-due').textContent()).toBe('10 December 2026')
    expect(await page.getByText('The clock is stopped').count()).toBe(0)

    await record(page, 'Asked for a clarification (stops the clock)', '2026-11-12')
    await page.getByText('The clock is stopped').waitFor()
    await record(page, 'Clarification arrived (restarts the clock)', '2026-11-16')
    // Five days stopped (12 to 16 November, both included): 10 → 15 December.
    await expect.poll(() => respond.locator('.deadline-due').textContent()).toBe('15 December 2026')

    await respond.getByText('Why this date').click()
    const steps = await respond.locator('.steps').textContent()
    expect(steps).toContain('10 November 2026')
    expect(steps).toMatch(/12 November 2026/)
    expect(await respond.locator('.citation').textContent()).toMatch(/UK GDPR Art\. 12/)

    await record(page, 'Extend the period (complex or numerous requests)', '2026-11-20', 'The request covers twelve years of records held in four systems.')
    await expect.poll(() => respond.locator('.deadline-due').textContent()).not.toBe('15 December 2026')
    const extended = await respond.locator('.deadline-due').textContent()
    expect(extended).toMatch(/February 2027/)
    expect(await page.locator('#case-title + .lede').textContent()).toContain('Extended')
    await screenshot(page, 'case-deadlines')
    await expectAccessible(page, 'the case page with deadlines')

    const history = await page.getByRole('region', { name: 'History' }).textContent()
    expect(history).toContain('Proof of identity received')
    expect(history).toContain('Clarification requested (clock stopped)')
    expect(history).toContain('Extension applied')
    expect(history).toContain('The request covers twelve years')
  })

  it('refuses an impossible event with a message and changes nothing', async () => {
    const { page } = app
    await logRequest(page, { received: '2026-11-02', name: 'John Smith', address: '1 High Street', rights: ['Erasure (delete data)'] })
    await page.getByLabel('What happened', { exact: true }).selectOption({ label: 'Proof of identity arrived' })
    await page.getByLabel('On', { exact: true }).fill('2026-10-01')
    await page.getByRole('button', { name: 'Record', exact: true }).click()
    await page.getByText(/cannot be before the request was received \(2 November 2026\)/).waitFor()
    expect(await deadline(page, 'respond').locator('.deadline-due').textContent()).toBe('2 December 2026')
  })
})

describe('the deadlines view', () => {
  it('lists overdue, due this week, due in the next 30 days and stopped cases, each linking to its case', async () => {
    const { page } = app
    const overdue = await logRequest(page, { received: '2026-10-20', name: 'Overdue Person', address: '1 Road', rights: ['Access (copy of data)'] })
    const thisWeek = await logRequest(page, { received: '2026-11-02', name: 'This Week', address: '2 Road', rights: ['Access (copy of data)'] })
    const ccpa = await logRequest(page, { received: '2026-11-25', name: 'Cal Requester', email: 'cal@example.com', rights: ['Erasure (delete data)'], regime: 'CCPA/CPRA (California)' })
    const stopped = await logRequest(page, { received: '2026-11-25', name: 'Stopped Clock', address: '4 Road', rights: ['Access (copy of data)'] })
    await record(page, 'Asked for a clarification (stops the clock)', '2026-11-26')
    const closed = await logRequest(page, { received: '2026-10-01', name: 'Closed Case', address: '5 Road', rights: ['Access (copy of data)'] })
    await page.getByLabel('What happened', { exact: true }).selectOption({ label: 'Close the case' })
    await page.getByLabel('Outcome').selectOption({ label: 'Withdrawn' })
    await page.getByRole('button', { name: 'Record', exact: true }).click()
    await page.getByText(/^Recorded: /).waitFor()

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Deadlines' }).click()
    const bucket = (name: RegExp) => page.getByRole('region', { name })
    const refs = (name: RegExp) => bucket(name).locator('a.reference').allTextContents()
    await expect.poll(() => refs(/^Overdue/)).toEqual([overdue])
    expect(await bucket(/^Overdue/).textContent()).toContain('Overdue by 11 days')
    expect(await refs(/^Due this week/)).toEqual([thisWeek])
    expect(await refs(/^Due in the next 30 days/)).toEqual([ccpa])
    expect(await bucket(/^Due in the next 30 days/).textContent()).toContain('Confirm receipt of the request')
    expect(await bucket(/^Due in the next 30 days/).textContent()).toContain('10 December 2026')
    expect(await refs(/^Clock stopped/)).toEqual([stopped])
    expect(await page.locator('main').textContent()).not.toContain(closed)
    await screenshot(page, 'deadlines-view')
    await expectAccessible(page, 'the deadlines view')

    await bucket(/^Overdue/).getByRole('link', { name: overdue }).click()
    await page.getByRole('heading', { name: /Overdue Person/ }).waitFor()
  })
})
