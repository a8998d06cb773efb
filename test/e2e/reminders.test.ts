import { existsSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest'
import { openApp, setUpOffice, type OpenApp } from './support/app'
import { logRequest } from './support/intake'

const log = () => join(inject('harnessDataDir'), 'notifications.jsonl')
const shown = (): { title: string; body: string }[] =>
  existsSync(log()) ? readFileSync(log(), 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l)) : []

let app: OpenApp
beforeEach(async () => {
  rmSync(log(), { force: true })
  app = await openApp()
  await setUpOffice(app.page)
})
afterEach(async () => {
  await app?.close()
})

describe('the daily reminder', () => {
  it('notifies the next day of cases that became overdue and of those due tomorrow, once', async () => {
    const { page } = app
    const dueToday = await logRequest(page, { received: '2026-11-01', name: 'Due Today', address: '1 Road', rights: ['Access (copy of data)'] })
    const dueDayAfter = await logRequest(page, { received: '2026-11-03', name: 'Due Thursday', address: '2 Road', rights: ['Access (copy of data)'] })
    const longOverdue = await logRequest(page, { received: '2026-10-20', name: 'Long Overdue', address: '3 Road', rights: ['Access (copy of data)'] })
    expect(shown()).toEqual([])

    await page.clock.setFixedTime(new Date('2026-12-02T09:00:00Z'))
    await app.reload()
    await expect.poll(() => shown().length).toBe(1)
    const [reminder] = shown()
    expect(reminder!.title).toBe('Privacy Casebook: deadlines')
    expect(reminder!.body).toBe(`1 case is now overdue: ${dueToday}. 1 case falls due tomorrow: ${dueDayAfter}.`)
    expect(reminder!.body).not.toContain(longOverdue)

    await app.reload()
    await page.locator('#case-title').waitFor()
    expect(shown()).toHaveLength(1)
  })

  it('stays quiet when the user turns it off', async () => {
    const { page } = app
    await logRequest(page, { received: '2026-11-01', name: 'Due Today', address: '1 Road', rights: ['Access (copy of data)'] })
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click()
    await page.getByRole('checkbox', { name: /desktop notification/ }).uncheck()
    await page.getByRole('button', { name: 'Save settings' }).click()
    await page.getByText('Settings saved.').waitFor()
    await page.clock.setFixedTime(new Date('2026-12-02T09:00:00Z'))
    await app.reload()
    await page.getByRole('heading', { name: 'Settings' }).waitFor()
    expect(shown()).toEqual([])
  })
})
