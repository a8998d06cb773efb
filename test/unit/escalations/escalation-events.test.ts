import { describe, expect, it } from 'vitest'
import { makeCase } from './helpers'
import { applyEscalationEvent, EscalationError, type EscalationEvent } from '../../../src/escalations/events'
import { applyCaseEvent } from '../../../src/cases/case-events'
import type { Case } from '../../../src/domain/case'

const today = '2026-12-01'
const ICO = { id: 'ico', name: "Information Commissioner's Office", shortName: 'ICO' }

function escalation(overrides: Partial<Extract<EscalationEvent, { type: 'escalated' }>> = {}): EscalationEvent {
  return {
    type: 'escalated',
    body: ICO,
    bodyReference: 'IC-123456-A1B2',
    letterReceived: '2026-11-20',
    officer: { name: 'Sam Jones', email: 'sam.jones@ico.org.uk', phone: '0303 123 1113' },
    replyBy: '2026-12-11',
    asks: 'Explain how the access request was handled and what you will do to put things right.',
    ...overrides
  }
}

function issues(fn: () => unknown): Record<string, string> {
  try {
    fn()
  } catch (e) {
    if (e instanceof EscalationError) return Object.fromEntries(e.issues.map((i) => [i.field, i.message]))
    throw e
  }
  throw new Error('expected the event to be refused')
}

function closed(): Case {
  const responded = applyCaseEvent(makeCase(), { type: 'status-changed', to: 'responded' }, today).next
  return applyCaseEvent(responded, { type: 'status-changed', to: 'closed', outcome: 'fulfilled' }, today).next
}

describe('escalating a case', () => {
  it('records the body, its reference, the letter, the officer and the reply date, with a history entry', () => {
    const { next, action, changes } = applyEscalationEvent(makeCase(), escalation(), today)
    expect(action).toBe('Escalated to the ICO')
    expect(next.escalations).toEqual([
      {
        id: 'e1',
        body: ICO,
        bodyReference: 'IC-123456-A1B2',
        letterReceived: '2026-11-20',
        officer: { name: 'Sam Jones', email: 'sam.jones@ico.org.uk', phone: '0303 123 1113' },
        replyBy: '2026-12-11',
        asks: 'Explain how the access request was handled and what you will do to put things right.',
        documentsSent: []
      }
    ])
    expect(next.escalationBodies).toEqual(['ico'])
    expect(next.escalationOutcomes).toEqual(['pending'])
    expect(changes).toContainEqual({ field: 'escalations.e1.body', label: 'Escalated to', from: '', to: "Information Commissioner's Office" })
    expect(changes).toContainEqual({ field: 'escalations.e1.replyBy', label: 'Reply by', from: '', to: '2026-12-11' })
    expect(changes).toContainEqual({ field: 'deadline.escalation-e1', label: 'Due: Reply to the ICO (IC-123456-A1B2)', from: '', to: '2026-12-11' })
  })

  it("stores the body's reply date as a deadline explained by its letter", () => {
    const { next } = applyEscalationEvent(makeCase(), escalation(), today)
    const d = next.deadlines.find((x) => x.key === 'escalation-e1')!
    expect(d.label).toBe('Reply to the ICO (IC-123456-A1B2)')
    expect(d.due).toBe('2026-12-11')
    expect(d.start).toBe('2026-11-20')
    expect(d.steps.join(' ')).toContain('as set by the letter received on 20 November 2026')
    expect(d.citation).toBe("Set by Information Commissioner's Office, case IC-123456-A1B2")
  })

  it('counts the reply date in nextDue even when the request is closed', () => {
    const c = closed()
    expect(c.nextDue).toBeUndefined()
    const { next } = applyEscalationEvent(c, escalation(), today)
    expect(next.status).toBe('closed')
    expect(next.nextDue).toBe('2026-12-11')
  })

  it('takes the earliest of the statutory deadline and the reply date on an open case', () => {
    const open = makeCase({ received: '2026-11-25' })
    // 25 December is Christmas Day, 28 December the Boxing Day substitute: the month ends on the 29th.
    expect(open.nextDue).toBe('2026-12-29')
    const { next } = applyEscalationEvent(open, escalation({ letterReceived: '2026-11-30', replyBy: '2026-12-07' }), today)
    expect(next.nextDue).toBe('2026-12-07')
  })

  it('numbers escalations within the case', () => {
    const first = applyEscalationEvent(makeCase(), escalation(), today).next
    const second = applyEscalationEvent(first, escalation({ body: { id: 'aaa', name: 'American Arbitration Association', shortName: 'AAA' }, bodyReference: '01-26-0001-2345' }), today).next
    expect(second.escalations!.map((e) => e.id)).toEqual(['e1', 'e2'])
    expect(second.escalationBodies).toEqual(['ico', 'aaa'])
  })

  it('needs no reply date: then no deadline is stored', () => {
    const { next } = applyEscalationEvent(makeCase(), escalation({ replyBy: '' }), today)
    expect(next.escalations![0]!.replyBy).toBeUndefined()
    expect(next.deadlines.some((d) => d.key.startsWith('escalation-'))).toBe(false)
  })
})

describe('what an escalation refuses, and why', () => {
  it('refuses an escalation without a body or a received date, naming each', () => {
    const found = issues(() => applyEscalationEvent(makeCase(), escalation({ body: undefined, letterReceived: '' }), today))
    expect(found.body).toBe('Choose the body the matter was escalated to, such as the ICO or the AAA.')
    expect(found.letterReceived).toBe("Enter the date the body's letter arrived.")
  })

  it("refuses a reply date before the letter's date", () => {
    const found = issues(() => applyEscalationEvent(makeCase(), escalation({ letterReceived: '2026-11-20', replyBy: '2026-11-19' }), today))
    expect(found.replyBy).toBe(
      "The reply date (19 November 2026) cannot be before the body's letter arrived (20 November 2026). Check both dates against the letter."
    )
  })

  it('refuses a letter received in the future or before the case was received', () => {
    expect(issues(() => applyEscalationEvent(makeCase(), escalation({ letterReceived: '2026-12-02', replyBy: '' }), today)).letterReceived).toBe(
      "The date the body's letter arrived cannot be in the future (today is 1 December 2026)."
    )
    expect(issues(() => applyEscalationEvent(makeCase(), escalation({ letterReceived: '2026-08-31', replyBy: '' }), today)).letterReceived).toBe(
      "The date the body's letter arrived cannot be before the request was received (1 September 2026)."
    )
  })

  it("refuses a malformed officer's email and a second escalation with the same reference", () => {
    expect(issues(() => applyEscalationEvent(makeCase(), escalation({ officer: { name: 'Sam', email: 'sam at ico', phone: '' } }), today))['officer.email']).toMatch(
      /form name@ico.org.uk/
    )
    const once = applyEscalationEvent(makeCase(), escalation(), today).next
    expect(issues(() => applyEscalationEvent(once, escalation(), today)).bodyReference).toBe(
      'This case already has the escalation to the ICO with reference IC-123456-A1B2.'
    )
  })

  it('refuses documents sent in the future, before the letter, or without a description', () => {
    const c = applyEscalationEvent(makeCase(), escalation(), today).next
    const sent = (date: string, description = 'Reply letter') => () =>
      applyEscalationEvent(c, { type: 'documents-sent', escalationId: 'e1', date, description }, today)
    expect(issues(sent('2026-12-02')).date).toBe('The date the documents were sent cannot be in the future (today is 1 December 2026).')
    expect(issues(sent('2026-11-19')).date).toBe("The date the documents were sent cannot be before the body's letter arrived (20 November 2026).")
    expect(issues(sent('2026-11-25', '  ')).description).toMatch(/^Describe what was sent/)
  })

  it('refuses an outcome without its kind or date, or dated in the future', () => {
    const c = applyEscalationEvent(makeCase(), escalation(), today).next
    const found = issues(() => applyEscalationEvent(c, { type: 'decided', escalationId: 'e1', decision: '', outcomeDate: '' }, today))
    expect(found.outcome).toMatch(/^Choose the outcome: no infringement, informal resolution/)
    expect(found.outcomeDate).toBe('Enter the date of the outcome.')
    expect(
      issues(() => applyEscalationEvent(c, { type: 'decided', escalationId: 'e1', decision: '', outcome: 'recommendations', outcomeDate: '2027-01-01' }, today))
        .outcomeDate
    ).toBe('The date of the outcome cannot be in the future (today is 1 December 2026).')
  })
})

describe('after the escalation', () => {
  const escalated = () => applyEscalationEvent(closed(), escalation(), today).next

  it('documents sent after the letter are the reply: the reply date is met and no longer counts', () => {
    const { next, action, changes } = applyEscalationEvent(
      escalated(),
      { type: 'documents-sent', escalationId: 'e1', date: '2026-11-28', description: 'Reply letter and a copy of the access response' },
      today
    )
    expect(action).toBe('Documents sent to the ICO')
    expect(next.escalations![0]!.documentsSent).toEqual([{ date: '2026-11-28', description: 'Reply letter and a copy of the access response' }])
    expect(next.clock.met['escalation-e1']).toBe('2026-11-28')
    expect(next.nextDue).toBeUndefined()
    expect(changes).toContainEqual({ field: 'clock.met.escalation-e1', label: 'Reply sent', from: '', to: '2026-11-28' })
  })

  it('an outcome ends the reminder and is indexed for the list', () => {
    const { next, action, changes } = applyEscalationEvent(
      escalated(),
      { type: 'decided', escalationId: 'e1', decision: 'The ICO found the response complete.', outcome: 'no-infringement', outcomeDate: '2026-11-30' },
      today
    )
    expect(action).toBe('Outcome recorded: the ICO')
    expect(next.escalations![0]).toMatchObject({ outcome: 'no-infringement', outcomeDate: '2026-11-30', decision: 'The ICO found the response complete.' })
    expect(next.escalationOutcomes).toEqual(['no-infringement'])
    expect(next.nextDue).toBeUndefined()
    expect(changes).toContainEqual({ field: 'escalations.e1.outcome', label: 'Outcome', from: '', to: 'No infringement' })
  })

  it('a changed outcome shows the old and the new in the history; an unchanged one is refused', () => {
    const decided = applyEscalationEvent(
      escalated(),
      { type: 'decided', escalationId: 'e1', decision: '', outcome: 'informal-resolution', outcomeDate: '2026-11-30' },
      today
    ).next
    const again = { type: 'decided', escalationId: 'e1', decision: '', outcome: 'informal-resolution', outcomeDate: '2026-11-30' } as const
    expect(issues(() => applyEscalationEvent(decided, again, today)).outcome).toBe('This outcome is already recorded: nothing has changed.')
    const { changes } = applyEscalationEvent(decided, { ...again, outcome: 'recommendations' }, today)
    expect(changes).toContainEqual({ field: 'escalations.e1.outcome', label: 'Outcome', from: 'Informal resolution', to: 'Recommendations' })
  })

  it('refuses an event for an escalation the case does not have', () => {
    expect(issues(() => applyEscalationEvent(escalated(), { type: 'documents-sent', escalationId: 'e9', date: '2026-11-28', description: 'x' }, today)).escalation).toMatch(
      /no such escalation/
    )
  })
})

describe('correcting an escalation', () => {
  const escalated = () => applyEscalationEvent(makeCase(), escalation(), today).next
  const correction = (overrides: Partial<Extract<EscalationEvent, { type: 'corrected' }>> = {}): EscalationEvent => {
    const { type: _t, body: _b, ...details } = escalation() as Extract<EscalationEvent, { type: 'escalated' }>
    return { type: 'corrected', escalationId: 'e1', ...details, ...overrides }
  }

  it('moves the reply date when the body agrees a new one, old and new in the history', () => {
    const { next, action, changes } = applyEscalationEvent(escalated(), correction({ replyBy: '2026-12-18' }), today)
    expect(action).toBe('Escalation details corrected: the ICO')
    expect(next.escalations![0]!.replyBy).toBe('2026-12-18')
    expect(next.deadlines.find((d) => d.key === 'escalation-e1')!.due).toBe('2026-12-18')
    expect(changes).toEqual([
      { field: 'escalations.e1.replyBy', label: 'Reply by', from: '2026-12-11', to: '2026-12-18' },
      { field: 'deadline.escalation-e1', label: 'Due: Reply to the ICO (IC-123456-A1B2)', from: '2026-12-11', to: '2026-12-18' }
    ])
  })

  it('removes the reply date when cleared, and refuses a correction that changes nothing', () => {
    const { next } = applyEscalationEvent(escalated(), correction({ replyBy: '' }), today)
    expect(next.escalations![0]!.replyBy).toBeUndefined()
    expect(next.deadlines.some((d) => d.key === 'escalation-e1')).toBe(false)
    expect(issues(() => applyEscalationEvent(escalated(), correction(), today)).bodyReference).toBe('Nothing has changed: correct a detail, or cancel.')
  })

  it('refuses the same checks as escalating, and a letter dated after the reply to it', () => {
    expect(issues(() => applyEscalationEvent(escalated(), correction({ replyBy: '2026-11-01' }), today)).replyBy).toMatch(/cannot be before the body's letter/)
    const replied = applyEscalationEvent(escalated(), { type: 'documents-sent', escalationId: 'e1', date: '2026-11-22', description: 'Reply' }, today).next
    expect(issues(() => applyEscalationEvent(replied, correction({ letterReceived: '2026-11-23' }), today)).letterReceived).toBe(
      'The letter cannot have arrived after what was recorded on 22 November 2026 in reply to it.'
    )
  })
})
