import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { expectAccessible, openApp, setUpOffice, TEST_NOW, type OpenApp } from './support/app'

let app: OpenApp
beforeEach(async () => {
  app = await openApp()
  await setUpOffice(app.page)
})
afterEach(async () => {
  await app?.close()
})

describe('the app lock', () => {
  it('covers the window at start and after the idle time, until the passcode is typed', async () => {
    const { page } = app
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click()
    await page.getByLabel('New passcode').fill('short')
    await page.getByLabel('The same passcode again').fill('short')
    await page.getByRole('button', { name: 'Turn the app lock on' }).click()
    await page.getByText('Choose a passcode of at least 6 characters.').waitFor()
    await page.getByLabel('New passcode').fill('correct horse')
    await page.getByLabel('The same passcode again').fill('correct horse')
    await page.getByLabel('Lock after').selectOption({ label: '1 minute without use' })
    await page.getByRole('button', { name: 'Turn the app lock on' }).click()
    await page.getByText(/The app lock is on/).waitFor()

    // Only a scrypt hash is stored, never the passcode.
    const stored = await page.evaluate(
      () =>
        new Promise<string>((done) => {
          const open = indexedDB.open('privacy-casebook')
          open.onsuccess = () => {
            const get = open.result.transaction('settings').objectStore('settings').get('app-lock')
            get.onsuccess = () => done(JSON.stringify(get.result))
          }
        })
    )
    expect(stored).not.toContain('correct horse')
    expect(JSON.parse(stored).value.passcode).toMatchObject({ algorithm: 'scrypt', N: 32768 })

    await page.clock.install({ time: new Date(TEST_NOW) })
    await app.reload()
    const lock = page.getByRole('heading', { name: 'Privacy Casebook is locked' })
    await lock.waitFor()
    expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(0)
    await expectAccessible(page, 'the lock screen')
    await page.getByLabel('Passcode', { exact: true }).fill('wrong passcode')
    await page.getByRole('button', { name: 'Unlock' }).click()
    await page.getByText('That passcode is not right. Try again.').waitFor()
    await page.getByLabel('Passcode', { exact: true }).fill('correct horse')
    await page.getByRole('button', { name: 'Unlock' }).click()
    await page.getByRole('navigation', { name: 'Main' }).waitFor()
    expect(await lock.count()).toBe(0)

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'New request' }).click()
    await page.getByLabel('Full name').fill('Half-typed Name')
    await page.clock.fastForward('01:05')
    await lock.waitFor()
    await page.getByLabel('Passcode', { exact: true }).fill('correct horse')
    await page.getByRole('button', { name: 'Unlock' }).click()
    await page.getByRole('navigation', { name: 'Main' }).waitFor()
    expect(await page.getByLabel('Full name').inputValue()).toBe('Half-typed Name')
  })
})
