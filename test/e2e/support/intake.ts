import type { Page } from 'playwright-core'
import { expect } from 'vitest'

export interface RequestEntry {
  channel?: 'Email' | 'Post' | 'Phone' | 'Web form' | 'In person'
  received?: string
  name: string
  email?: string
  address?: string
  rights: string[]
  regime?: string
  /** The member state, nation or US state, by its label. */
  jurisdiction?: { label: string; option: string }
  summary?: string
}

/** Fills and saves the new-request form as a user would; returns the new case's reference. */
export async function logRequest(page: Page, entry: RequestEntry): Promise<string> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'New request' }).click()
  await page.getByRole('heading', { name: 'New request' }).waitFor()
  await page.getByRole('radio', { name: entry.channel ?? 'Post' }).check()
  if (entry.received) await page.getByLabel('Date received').fill(entry.received)
  await page.getByLabel('Full name').fill(entry.name)
  if (entry.email) await page.getByRole('textbox', { name: 'Email' }).fill(entry.email)
  if (entry.address) await page.getByLabel('Postal address').fill(entry.address)
  for (const right of entry.rights) await page.getByRole('checkbox', { name: right }).check()
  if (entry.regime) await page.getByLabel('Regime that applies').selectOption({ label: entry.regime })
  if (entry.jurisdiction) await page.getByLabel(entry.jurisdiction.label).selectOption({ label: entry.jurisdiction.option })
  if (entry.summary) await page.getByLabel('Summary of the request').fill(entry.summary)
  await page.getByRole('button', { name: 'Save request' }).click()
  const heading = page.locator('#case-title .reference')
  await heading.waitFor()
  const reference = (await heading.textContent()) ?? ''
  expect(reference).toMatch(/^PR-\d{4}-\d{4}$/)
  return reference
}
