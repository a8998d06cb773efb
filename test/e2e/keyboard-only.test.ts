import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest'
import { openApp, type OpenApp } from './support/app'

let app: OpenApp
beforeEach(async () => {
  app = await openApp()
})
afterEach(async () => {
  await app?.close()
})

/** Presses Tab until `target` has the focus, as a keyboard user would; fails if it cannot be reached. */
async function tabTo(page: Page, target: Locator, max = 150): Promise<void> {
  await target.waitFor()
  const handle = await target.elementHandle()
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab')
    if (await page.evaluate((el) => document.activeElement === el, handle)) {
      // Focus is visible where it lands.
      const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)
      expect(outline, 'a visible focus outline').not.toBe('none')
      return
    }
  }
  throw new Error(`Could not reach ${target} with the Tab key`)
}

async function typeInto(page: Page, target: Locator, text: string) {
  await tabTo(page, target)
  await page.keyboard.type(text)
}

describe('keyboard only', () => {
  it('sets up the office, logs a request, issues a letter and exports the log without the mouse', async () => {
    const { page } = app
    await typeInto(page, page.getByLabel('Your name'), 'Priya Shah')
    await typeInto(page, page.getByLabel('Organisation name'), 'Northwind Trading Ltd')
    await typeInto(page, page.getByLabel('Postal address'), 'Legal Department')
    await page.keyboard.press('Enter')
    await page.keyboard.type('1 Harbour Street, London EC1A 1AA')
    await typeInto(page, page.getByLabel('Signatory’s name'), 'Margaret Ashworth')
    await typeInto(page, page.getByLabel('Signatory’s title'), 'Data Protection Officer')
    await tabTo(page, page.getByRole('button', { name: 'Save settings' }))
    await page.keyboard.press('Enter')
    await page.getByText('Signed in as Priya Shah').waitFor()

    await tabTo(page, page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'New request' }))
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { name: 'New request' }).waitFor()
    await typeInto(page, page.getByLabel('Full name'), 'Agnieszka Wąsowska')
    await typeInto(page, page.getByLabel('Postal address'), 'ul. Długa 5')
    await page.keyboard.press('Enter')
    await page.keyboard.type('80-831 Gdańsk')
    await tabTo(page, page.getByRole('checkbox', { name: 'Access (copy of data)' }))
    await page.keyboard.press('Space')
    await tabTo(page, page.getByRole('button', { name: 'Save request' }))
    await page.keyboard.press('Enter')
    await page.locator('#case-title').waitFor()
    expect(await page.locator('#case-title').textContent()).toContain('PR-2026-0001')

    const letters = page.getByRole('region', { name: 'Letters' })
    await tabTo(page, page.getByLabel('Letter', { exact: true }))
    await page.keyboard.type('Acknowledgement')
    await tabTo(page, letters.getByRole('button', { name: 'Compose letter' }))
    await page.keyboard.press('Enter')
    await letters.getByRole('heading', { name: 'Check and edit: Acknowledgement of a request' }).waitFor()
    await tabTo(page, page.getByRole('radio', { name: 'Post' }))
    await page.keyboard.press('Space')
    await tabTo(page, letters.getByRole('button', { name: 'Issue letter' }))
    await page.keyboard.press('Enter')
    await letters.getByText(/^Issued: Acknowledgement of a request/).waitFor()

    await tabTo(page, page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Cases' }))
    await page.keyboard.press('Enter')
    await tabTo(page, page.getByRole('button', { name: 'Export these cases (CSV)…' }))
    await page.keyboard.press('Enter')
    const dialog = page.getByRole('dialog', { name: 'Export the case log (CSV)' })
    await tabTo(page, dialog.getByRole('button', { name: 'Export…' }))
    await page.keyboard.press('Enter')
    await dialog.getByText(/was saved to/).waitFor()
    const saved = join(inject('harnessSaveDir'), 'case-log-2026-12-01.csv')
    expect(existsSync(saved)).toBe(true)
    expect(readFileSync(saved, 'utf8')).toContain('Agnieszka Wąsowska')
  })
})
