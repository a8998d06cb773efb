import { readFileSync } from 'node:fs'
import { join } from 'node:path'
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

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click()

async function logComplaint(page: Page, linkTo: string): Promise<string> {
  await nav(page, 'New request')
  await page.getByRole('heading', { name: 'New request' }).waitFor()
  await page.getByRole('radio', { name: 'Complaint', exact: true }).check()
  await page.getByRole('heading', { name: 'New complaint' }).waitFor()
  // A complaint asks for no right: the rights are not shown.
  expect(await page.getByRole('checkbox', { name: 'Access (copy of data)' }).isVisible()).toBe(false)
  await page.getByRole('radio', { name: 'Email', exact: true }).check()
  await page.getByLabel('Date received').fill('2026-11-20')
  await page.getByLabel('Full name').fill('Agnieszka Wąsowska')
  await page.getByRole('textbox', { name: 'Email' }).fill('a.wasowska@example.pl')
  await page.getByRole('searchbox', { name: 'Linked request' }).fill('wąsow')
  const results = page.getByRole('list', { name: 'Matching requests' })
  await results.waitFor()
  await expectAccessible(page, 'the complaint form with the linked-request search')
  await results.getByRole('button', { name: `Link ${linkTo}` }).click()
  await page.getByText(`This complaint is about ${linkTo}.`).waitFor()

  // Saving without saying what the person complains of is refused, with the field marked.
  await page.getByRole('button', { name: 'Save complaint' }).click()
  await page.getByText('Describe what the person complains of.').waitFor()
  await expectAccessible(page, 'the complaint form with an error')

  await page.getByLabel('What the person complains of').fill('My access request was answered late and left out my emails.')
  await screenshot(page, 'complaint-form')
  await page.getByRole('button', { name: 'Save complaint' }).click()
  const heading = page.locator('#case-title .reference')
  await heading.waitFor()
  return (await heading.textContent()) ?? ''
}

function escalationForm(page: Page) {
  return page.getByRole('form', { name: /^Escalate PR-/ })
}

describe('a complaint linked to a request, escalated to the ICO', () => {
  it('is logged with its link, escalated with the officer’s reply date, reminded on the deadlines view, answered and concluded', async () => {
    const { page } = app
    const request = await logRequest(page, {
      received: '2026-10-01',
      name: 'Agnieszka Wąsowska',
      email: 'a.wasowska@example.pl',
      rights: ['Access (copy of data)']
    })
    const complaint = await logComplaint(page, request)
    expect(complaint).not.toBe(request)

    // The complaint page: its kind, the link, and its three deadlines.
    expect(await page.locator('#case-title + .lede').textContent()).toContain('Complaint')
    const links = page.getByTestId('case-links')
    expect(await links.textContent()).toContain(`A complaint about request ${request}`)
    const deadlines = page.getByRole('region', { name: 'Deadlines' })
    expect(await deadlines.locator('[data-deadline="office-target"] .deadline-due').textContent()).toBe('20 December 2026')
    expect(await deadlines.locator('[data-deadline="complaint-acknowledge"] .deadline-due').textContent()).toBe('21 December 2026')
    expect(await deadlines.locator('[data-deadline="complaint-response"] .deadline-due').textContent()).toBe('4 January 2027')
    expect(await page.getByRole('heading', { name: 'What the person complains of' }).count()).toBe(1)
    await expectAccessible(page, 'the complaint page')

    // The request page shows the complaint made about it.
    await links.getByRole('link', { name: request }).click()
    await page.getByTestId('case-links').getByRole('link', { name: complaint }).waitFor()
    expect(await page.getByTestId('case-links').textContent()).toContain(`A complaint was made about this request: ${complaint}`)
    await page.getByTestId('case-links').getByRole('link', { name: complaint }).click()
    await page.locator('#case-title .reference', { hasText: complaint }).waitFor()

    // Escalate…: refused without a body or a letter date, and with a reply date before the letter.
    const escalations = page.getByRole('region', { name: 'Escalations' })
    await escalations.getByRole('button', { name: 'Escalate…' }).click()
    const form = escalationForm(page)
    await expectAccessible(page, 'the escalate form')
    await form.getByLabel('Their letter arrived on').fill('')
    await form.getByRole('button', { name: 'Record the escalation' }).click()
    await form.getByText('Choose the body the matter was escalated to, such as the ICO or the AAA.').waitFor()
    expect(await form.getByText("Enter the date the body's letter arrived.").count()).toBe(1)
    await expectAccessible(page, 'the escalate form with errors')
    await screenshot(page, 'escalate-errors')

    await form.getByLabel('Body').selectOption({ label: "Information Commissioner's Office (ICO) — UK regulator" })
    await form.getByLabel('Their case reference').fill('IC-123456-A1B2')
    await form.getByLabel('Their letter arrived on').fill('2026-11-25')
    await form.getByLabel('Reply by').fill('2026-11-24')
    await form.getByRole('button', { name: 'Record the escalation' }).click()
    await form.getByText(/The reply date \(24 November 2026\) cannot be before the body's letter arrived \(25 November 2026\)/).waitFor()

    await form.getByLabel('Reply by').fill('2026-12-09')
    await form.getByLabel('Case officer').fill('Sam Jones')
    await form.getByLabel("Officer's email").fill('sam.jones@ico.org.uk')
    await form.getByLabel("Officer's phone").fill('0303 123 1113')
    await form.getByLabel('What they ask for').fill('Explain how the access request was handled and how you will put things right.')
    await form.getByRole('button', { name: 'Record the escalation' }).click()
    const card = escalations.getByRole('article', { name: /Information Commissioner's Office/ })
    await card.waitFor()
    expect(await card.textContent()).toContain('9 December 2026')
    expect(await card.locator('.reply-state').textContent()).toBe('8 days left')
    expect(await card.textContent()).toContain('Sam Jones · sam.jones@ico.org.uk · 0303 123 1113')
    expect(await page.locator('#case-title + .lede').textContent()).toContain('Escalated to the ICO (IC-123456-A1B2)')
    await card.getByText('Why this date').click()
    expect(await card.locator('.steps').textContent()).toContain('as set by the letter received on 25 November 2026')
    await expectAccessible(page, 'the complaint page with an escalation')
    await screenshot(page, 'escalation-on-case')

    // The deadlines view reminds of the ICO's date.
    await nav(page, 'Deadlines')
    const next30 = page.getByRole('region', { name: /^Due in the next 30 days/ })
    await expect.poll(() => next30.locator('a.reference').allTextContents()).toContain(complaint)
    const row = next30.getByRole('row', { name: new RegExp(complaint) })
    expect(await row.textContent()).toContain('Reply to the ICO (IC-123456-A1B2)')
    expect(await row.textContent()).toContain('9 December 2026')
    await screenshot(page, 'deadlines-with-escalation')
    await row.getByRole('link', { name: complaint }).click()
    await page.locator('#case-title .reference', { hasText: complaint }).waitFor()

    // Documents sent: the reply is made, the reminder ends.
    const sentCard = page.getByRole('region', { name: 'Escalations' }).getByRole('article', { name: /Information Commissioner's Office/ })
    await sentCard.getByRole('button', { name: 'Record documents sent' }).click()
    const docs = sentCard.getByRole('form', { name: 'Documents sent to the ICO' })
    await docs.getByLabel('Sent on').fill('2026-12-02')
    await docs.getByRole('button', { name: 'Record documents sent' }).click()
    await docs.getByText(/cannot be in the future/).waitFor()
    expect(await docs.getByText(/^Describe what was sent/).count()).toBe(1)
    await expectAccessible(page, 'the documents-sent form with errors')
    await docs.getByLabel('Sent on').fill('2026-11-30')
    await docs.getByLabel('What was sent').fill('Reply letter; copy of the access response of 2 November; the request log')
    await docs.getByRole('button', { name: 'Record documents sent' }).click()
    await sentCard.getByText('Recorded: documents sent to the ICO.').waitFor()
    expect(await sentCard.locator('.reply-state').textContent()).toBe('Reply sent on 30 November 2026')

    await nav(page, 'Deadlines')
    await expect.poll(() => page.getByRole('region', { name: /^Due in the next 30 days/ }).textContent()).toContain('Answer the complaint (office target: 30 days)')
    expect(await page.locator('main').textContent()).not.toContain('Reply to the ICO')
    await page.getByRole('region', { name: /^Due in the next 30 days/ }).getByRole('link', { name: complaint }).click()
    await page.locator('#case-title .reference', { hasText: complaint }).waitFor()

    // The decision and outcome.
    const outcomeCard = page.getByRole('region', { name: 'Escalations' }).getByRole('article', { name: /Information Commissioner's Office/ })
    await outcomeCard.getByRole('button', { name: 'Record the decision and outcome' }).click()
    const outcome = outcomeCard.getByRole('form', { name: 'The decision of the ICO' })
    await outcome.getByRole('button', { name: 'Record the outcome' }).click()
    await outcome.getByText(/^Choose the outcome: no infringement, informal resolution/).waitFor()
    await expectAccessible(page, 'the outcome form with an error')
    await outcome.getByRole('combobox', { name: 'Outcome' }).selectOption({ label: 'Informal resolution' })
    await outcome.getByLabel('Date of the outcome').fill('2026-12-01')
    await outcome.getByLabel('The decision').fill('The ICO considers the matter resolved by the full response sent on 30 November.')
    await outcome.getByRole('button', { name: 'Record the outcome' }).click()
    await outcomeCard.getByText("Recorded: the outcome of the ICO's case.").waitFor()
    expect(await outcomeCard.locator('.reply-state').textContent()).toBe('Concluded on 1 December 2026')
    expect(await page.locator('#case-title + .lede').textContent()).toContain('Escalated to the ICO (IC-123456-A1B2) · Informal resolution')
    const history = await page.getByRole('region', { name: 'History' }).textContent()
    expect(history).toContain('Escalated to the ICO')
    expect(history).toContain('Documents sent to the ICO')
    expect(history).toContain('Outcome recorded: the ICO')
    await expectAccessible(page, 'the concluded escalation')
    await screenshot(page, 'escalation-concluded')

    // The case list: filtered by "escalated to the ICO", then by outcome.
    await nav(page, 'Cases')
    const list = page.getByRole('region', { name: 'Case list' })
    await expect.poll(() => list.locator('a.reference').allTextContents()).toEqual([complaint, request])
    await page.getByLabel('Escalated to').selectOption({ label: "Information Commissioner's Office (ICO)" })
    await expect.poll(() => list.locator('a.reference').allTextContents()).toEqual([complaint])
    expect(await list.getByRole('row', { name: new RegExp(complaint) }).textContent()).toContain('Escalated: ICO')
    await page.getByLabel('Escalated to').selectOption({ label: 'American Arbitration Association (AAA)' })
    await page.getByText('No case matches these filters.').waitFor()
    await page.getByLabel('Escalated to').selectOption({ label: 'All' })
    await page.getByLabel('Escalation outcome').selectOption({ label: 'Informal resolution' })
    await expect.poll(() => list.locator('a.reference').allTextContents()).toEqual([complaint])
    await screenshot(page, 'case-list-escalated')
    await expectAccessible(page, 'the case list filtered by escalation')
    expect(app.errors).toEqual([])
  })

  it('a complaint is concluded as upheld, partly upheld or not upheld, never as a request’s outcome', async () => {
    const { page } = app
    const request = await logRequest(page, { received: '2026-10-01', name: 'Agnieszka Wąsowska', email: 'a.wasowska@example.pl', rights: ['Access (copy of data)'] })
    await logComplaint(page, request)
    await page.getByLabel('What happened', { exact: true }).selectOption({ label: 'Close the case' })
    const outcome = page.getByLabel('Outcome', { exact: true })
    expect(await outcome.locator('option').allTextContents()).toEqual(['Choose…', 'Upheld', 'Partly upheld', 'Not upheld', 'Withdrawn'])
    await outcome.selectOption({ label: 'Not upheld' })
    await page.getByRole('button', { name: 'Record', exact: true }).click()
    await page.getByText('A case can be closed as not upheld only after the response was sent: mark it responded first.').waitFor()

    await page.getByLabel('What happened', { exact: true }).selectOption({ label: 'Response sent' })
    await page.getByRole('button', { name: 'Record', exact: true }).click()
    await page.getByText('Recorded: Response sent.').waitFor()
    await page.getByLabel('What happened', { exact: true }).selectOption({ label: 'Close the case' })
    await page.getByLabel('Outcome', { exact: true }).selectOption({ label: 'Not upheld' })
    await page.getByRole('button', { name: 'Record', exact: true }).click()
    await page.getByText('Recorded: Close the case.').waitFor()
    expect(await page.locator('#case-title + .lede').textContent()).toContain('Closed · Not upheld')
    await expectAccessible(page, 'a complaint closed as not upheld')
  })

  it('a closed request escalated to the AAA keeps its reply date on the deadlines view', async () => {
    const { page } = app
    const request = await logRequest(page, { received: '2026-09-01', name: 'Cal Requester', email: 'cal@example.com', rights: ['Erasure (delete data)'], regime: 'CCPA/CPRA (California)' })
    await page.getByLabel('What happened', { exact: true }).selectOption({ label: 'Close the case' })
    await page.getByLabel('Outcome').selectOption({ label: 'Withdrawn' })
    await page.getByRole('button', { name: 'Record', exact: true }).click()
    await page.getByText(/^Recorded: /).waitFor()
    await page.getByRole('region', { name: 'Escalations' }).getByRole('button', { name: 'Escalate…' }).click()
    const form = escalationForm(page)
    await form.getByLabel('Body').selectOption({ label: 'American Arbitration Association (AAA) — DPF recourse mechanism' })
    await form.getByLabel('Their case reference').fill('01-26-0001-2345')
    await form.getByLabel('Their letter arrived on').fill('2026-11-30')
    await form.getByLabel('Reply by').fill('2026-12-04')
    await form.getByRole('button', { name: 'Record the escalation' }).click()
    await page.getByRole('article', { name: /American Arbitration Association/ }).waitFor()
    expect(await page.locator('#case-title + .lede').textContent()).toContain('Closed')
    await nav(page, 'Deadlines')
    const week = page.getByRole('region', { name: /^Due this week/ })
    await expect.poll(() => week.locator('a.reference').allTextContents()).toEqual([request])
    expect(await week.textContent()).toContain('Reply to the AAA (01-26-0001-2345)')

    // The AAA agrees a later date: the correction moves the reminder, and the history keeps both dates.
    await week.getByRole('link', { name: request }).click()
    const card = page.getByRole('article', { name: /American Arbitration Association/ })
    await card.getByRole('button', { name: 'Correct the details' }).click()
    const correct = card.getByRole('form', { name: 'Correct the details of the escalation to the AAA' })
    await correct.getByLabel('Reply by').fill('2026-11-29')
    await correct.getByRole('button', { name: 'Save the corrections' }).click()
    await correct.getByText(/The reply date \(29 November 2026\) cannot be before the body's letter arrived \(30 November 2026\)/).waitFor()
    await expectAccessible(page, 'the correction form with an error')
    await correct.getByLabel('Reply by').fill('2026-12-11')
    await correct.getByRole('button', { name: 'Save the corrections' }).click()
    await card.getByText('Recorded: the corrected details, with the old ones kept in the history.').waitFor()
    expect(await page.getByRole('region', { name: 'History' }).textContent()).toContain('Escalation details corrected: the AAA')
    await nav(page, 'Deadlines')
    await expect.poll(() => page.getByRole('region', { name: /^Due in the next 30 days/ }).locator('a.reference').allTextContents()).toEqual([request])
    expect(await page.getByRole('region', { name: /^Due this week/ }).locator('a.reference').count()).toBe(0)
  })
})

describe('the directory of complaint bodies in Settings', () => {
  it('lists the AAA and the ICO, takes a new body, and offers it when escalating', async () => {
    const { page } = app
    await nav(page, 'Settings')
    const section = page.getByRole('region', { name: 'Complaint bodies' })
    await section.getByRole('cell', { name: "Information Commissioner's Office (ICO)" }).waitFor()
    const text = await section.textContent()
    expect(text).toContain('Churchill House')
    expect(text).toContain('029 2067 8400')
    expect(text).toContain('800.778.7879 (9AM–8PM EST, Monday–Friday)')

    await section.getByRole('button', { name: 'Add a body' }).click()
    const editor = section.getByRole('form', { name: 'Add a body' })
    await editor.getByRole('button', { name: 'Add the body' }).click()
    await editor.getByText('Enter the name of the body, as on its letters.').waitFor()
    await editor.getByLabel('Email').fill('not an email')
    await editor.getByLabel('Email').blur()
    expect(await editor.getByText('Enter the email address in the form name@example.org, or leave it empty.').count()).toBe(1)
    await expectAccessible(page, 'the body editor with errors')
    await editor.getByRole('textbox', { name: 'Name', exact: true }).fill('BBB National Programs')
    await editor.getByLabel('Kind of body').selectOption({ label: 'DPF recourse mechanism' })
    await editor.getByLabel('Email').fill('')
    await editor.getByLabel('Phone').fill('703-247-9330')
    await editor.getByRole('button', { name: 'Add the body' }).click()
    await section.getByText('BBB National Programs was added to the directory.').waitFor()
    await section.getByRole('button', { name: "Edit Information Commissioner's Office" }).click()
    const ico = section.getByRole('form', { name: "Edit Information Commissioner's Office" })
    await ico.getByLabel('Opening hours').fill('Monday–Friday, 9am–5pm')
    await ico.getByRole('button', { name: 'Save the changes' }).click()
    await section.getByText("Information Commissioner's Office was updated.").waitFor()
    expect(await section.textContent()).toContain('029 2067 8400 (Monday–Friday, 9am–5pm)')
    await screenshot(page, 'settings-bodies')
    await expectAccessible(page, 'the settings page with the directory')

    await logRequest(page, { name: 'John Smith', email: 'john@example.com', rights: ['Access (copy of data)'] })
    await page.getByRole('region', { name: 'Escalations' }).getByRole('button', { name: 'Escalate…' }).click()
    const options = await escalationForm(page).getByLabel('Body').locator('option').allTextContents()
    expect(options).toContain('BBB National Programs — DPF recourse mechanism')
  })
})

describe("an ICO case officer's letter imported on the new-request page", () => {
  it('is offered as an escalation of the case it quotes, prefilled, and kept with that case', async () => {
    const { page } = app
    const request = await logRequest(page, { received: '2026-03-02', name: 'Dmitri Ivanov', address: '4 Park Road\nLeeds', rights: ['Access (copy of data)'] })
    expect(request).toBe('PR-2026-0001')
    const letter = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'email', 'ico-case-officer-letter.eml'), 'utf8').replaceAll('PR-2026-0042', request)
    await nav(page, 'New request')
    await page
      .getByTestId('email-drop-zone')
      .locator('input[type="file"]')
      .setInputFiles({ name: 'ico-letter.eml', mimeType: 'message/rfc822', buffer: Buffer.from(letter) })
    const offer = page.getByText("This looks like an ICO case officer's letter, not a new request")
    await offer.waitFor()
    await expectAccessible(page, 'the new-request page offering to record an ICO letter')
    await screenshot(page, 'ico-letter-offer')
    await page.getByRole('button', { name: `Record it as an escalation on ${request}` }).click()

    const form = escalationForm(page)
    await form.waitFor()
    expect(await page.locator('#case-title .reference').textContent()).toBe(request)
    expect(await form.getByLabel('Body').inputValue()).toBe('ico')
    expect(await form.getByLabel('Their case reference').inputValue()).toBe('IC-123456-A1B2')
    expect(await form.getByLabel('Their letter arrived on').inputValue()).toBe('2026-05-12')
    expect(await form.getByLabel('Reply by').inputValue()).toBe('2026-06-09')
    expect(await form.getByLabel("Officer's email").inputValue()).toBe('casework@ico.example')
    expect(await form.getByLabel('What they ask for').inputValue()).toContain('Please tell us, by 9 June 2026, how you have handled his request')
    expect(await page.getByRole('region', { name: 'Escalations' }).textContent()).toContain('ico-letter.eml')
    await expectAccessible(page, 'the prefilled escalate form')
    await form.getByRole('button', { name: 'Record the escalation' }).click()
    const card = page.getByRole('article', { name: /Information Commissioner's Office IC-123456-A1B2/ })
    await card.waitFor()
    expect(await card.locator('.reply-state').textContent()).toMatch(/^Overdue by \d+ days$/)
    const history = await page.getByRole('region', { name: 'History' }).textContent()
    expect(history).toContain('File kept with the case')
    expect(history).toContain('ico-letter.eml')

    // No new case was logged, and the new-request draft is gone.
    await nav(page, 'Cases')
    await expect.poll(() => page.getByRole('region', { name: 'Case list' }).locator('a.reference').allTextContents()).toEqual([request])
    await nav(page, 'New request')
    await page.getByRole('heading', { name: 'New request' }).waitFor()
    expect(await page.getByText('Unsaved request').count()).toBe(0)
  })
})
