import type { Page } from 'playwright-core'
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

const record = (page: Page) => page.getByRole('button', { name: 'Record', exact: true }).click()
const ccpaRow = (page: Page, type: string) =>
  page.getByRole('table', { name: 'CCPA requests by type' }).getByRole('row', { name: new RegExp(`^${type}`) }).getByRole('cell')

describe('a request for several rights, partly fulfilled', () => {
  it('is closed with the outcome of each right, which the case, the history and the §7102 figures keep', async () => {
    const { page } = app
    await logRequest(page, {
      channel: 'Email',
      received: '2026-11-20',
      name: 'Cal Requester',
      email: 'cal@example.com',
      rights: ['Access (copy of data)', 'Erasure (delete data)'],
      regime: 'CCPA/CPRA (California)'
    })
    await page.getByLabel('What happened', { exact: true }).selectOption({ label: 'Response sent' })
    await record(page)
    await page.getByText('Recorded: Response sent.').waitFor()

    await page.getByLabel('What happened', { exact: true }).selectOption({ label: 'Close the case' })
    await page.getByLabel('Outcome', { exact: true }).selectOption({ label: 'Partly fulfilled' })
    const each = page.getByRole('group', { name: 'What became of each right' })
    await record(page)
    await page.getByText('Say what became of each right the request asked for: which were fulfilled and which refused.').waitFor()

    await each.getByLabel('Access (copy of data)').selectOption({ label: 'Fulfilled' })
    await each.getByLabel('Erasure (delete data)').selectOption({ label: 'Fulfilled' })
    await record(page)
    await page.getByText('With these outcomes the request was fulfilled as a whole: close it as fulfilled, or change an outcome.').waitFor()

    await each.getByLabel('Erasure (delete data)').selectOption({ label: 'Refused' })
    await record(page)
    await page.getByText('Give the reason for refusing erasure: the requester must be told it.').waitFor()
    await expectAccessible(page, 'closing with an outcome for each right, with an error')
    await screenshot(page, 'close-with-right-outcomes')

    await page.getByLabel('Reason for the refusal of what was not fulfilled').fill('The records are under a legal hold (Cal. Civ. Code §1798.105(d)).')
    // A reload (or a crash) before recording loses nothing of what was chosen and typed.
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            new Promise((done) => {
              const open = indexedDB.open('privacy-casebook')
              open.onsuccess = () => {
                const get = open.result.transaction('drafts').objectStore('drafts').get('case-action-1')
                get.onsuccess = () => {
                  done((get.result?.value?.reason as string | undefined) ?? '')
                  open.result.close()
                }
              }
            })
        )
      )
      .toBe('The records are under a legal hold (Cal. Civ. Code §1798.105(d)).')
    await app.reload()
    await page.getByText(/^What you were recording, unsaved at .*, has been restored\.$/).waitFor()
    expect(await page.getByLabel('What happened', { exact: true }).inputValue()).toBe('close')
    expect(await page.getByLabel('Outcome', { exact: true }).inputValue()).toBe('partly-fulfilled')
    expect(await each.getByLabel('Access (copy of data)').inputValue()).toBe('fulfilled')
    expect(await each.getByLabel('Erasure (delete data)').inputValue()).toBe('refused')
    expect(await page.getByLabel('Reason for the refusal of what was not fulfilled').inputValue()).toBe(
      'The records are under a legal hold (Cal. Civ. Code §1798.105(d)).'
    )
    await record(page)
    await page.getByText('Recorded: Close the case.').waitFor()
    await page
      .locator('.lede .outcome')
      .getByText('· Partly fulfilled (Access: fulfilled; Erasure: refused): The records are under a legal hold (Cal. Civ. Code §1798.105(d)).')
      .waitFor()
    await page.getByRole('cell', { name: 'Partly fulfilled (Access: fulfilled; Erasure: refused): The records are under a legal hold (Cal. Civ. Code §1798.105(d)).' }).waitFor()
    // Recorded, the draft is gone: the next visit starts afresh.
    await app.reload()
    await page.getByRole('heading', { name: 'Record what happened' }).waitFor()
    expect(await page.getByText(/has been restored/).count()).toBe(0)

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click()
    await page.getByRole('heading', { name: 'Reports', level: 1 }).waitFor()
    // Received, complied with in whole, in part, denied: access was given, deletion refused.
    expect((await ccpaRow(page, 'Requests to know').allTextContents()).slice(0, 4)).toEqual(['1', '1', '0', '0'])
    expect((await ccpaRow(page, 'Requests to delete').allTextContents()).slice(0, 4)).toEqual(['1', '0', '0', '1'])
  })
})
