import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { AxeBuilder } from '@axe-core/playwright'
import { expect, inject } from 'vitest'

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
]

export interface OpenApp {
  page: Page
  context: BrowserContext
  errors: string[]
  reload(): Promise<void>
  close(): Promise<void>
}

/** The moment every test runs at, so that "today", references and deadlines do not depend on the day CI runs. */
export const TEST_NOW = '2026-12-01T10:00:00Z'

/** Starts Chromium with a fresh profile (so a fresh, empty database) on the harness, and waits for "app ready". */
export async function openApp(path = '/', now = TEST_NOW): Promise<OpenApp> {
  const profile = mkdtempSync(join(tmpdir(), 'casebook-profile-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1280, height: 900 },
    locale: 'en-GB',
    timezoneId: 'Europe/London'
  })
  const page = context.pages()[0] ?? (await context.newPage())
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(String(e)))
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text())
  })
  await page.clock.setFixedTime(new Date(now))
  const url = inject('harnessUrl') + path
  await page.goto(url)
  await waitReady(page)
  return {
    page,
    context,
    errors,
    async reload() {
      await page.reload()
      await waitReady(page)
    },
    async close() {
      await context.close()
      rmSync(profile, { recursive: true, force: true })
    }
  }
}

export async function waitReady(page: Page): Promise<void> {
  await page.waitForSelector('html[data-app-state="ready"]', { timeout: 30_000 })
}

/** The first-run screen: the staff member's name and the office. */
export async function setUpOffice(page: Page, staffName = 'Priya Shah'): Promise<void> {
  await page.getByLabel('Your name').fill(staffName)
  await page.getByLabel('Organisation name').fill('Northwind Trading Ltd')
  await page.getByLabel('Postal address').fill('Legal Department\n1 Harbour Street\nLondon EC1A 1AA')
  await page.getByLabel('Privacy office email').fill('privacy@northwind.example')
  await page.getByRole('button', { name: 'Save settings' }).click()
  await expect.poll(() => page.getByText(`Signed in as ${staffName}`).count()).toBe(1)
}

/** axe-core with the WCAG 2.2 AA tags: the page must have no violation. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze()
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
  expect(summary, `accessibility violations on ${label}`).toEqual([])
}

export async function screenshot(page: Page, name: string): Promise<void> {
  if (!process.env.SCREENSHOTS) return
  await page.screenshot({ path: join(process.env.SCREENSHOTS, `${name}.png`), fullPage: true })
}
