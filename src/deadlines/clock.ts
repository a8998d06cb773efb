/*
 * When the clock starts, and the days it stands still (UK stop-the-clock),
 * each with the line of explanation the user reads.
 */
import type { CheckedQuery } from './validate'
import { addDays, daysBetween, laterOf, longDate } from './calendar-date'

const ART_12A_IN_FORCE = '2026-02-05'

export function clockStart(q: CheckedQuery, steps: string[]): string {
  const { rule, received } = q
  steps.push(`Received on ${longDate(received)}.`)
  if (rule.clockStart === 'latest of receipt, identity and fee') {
    if (q.identityReceived) steps.push(`Identity information received on ${longDate(q.identityReceived)}.`)
    if (q.feePaid) steps.push(`Fee paid on ${longDate(q.feePaid)}.`)
    const start = [q.identityReceived, q.feePaid].reduce<string>((a, b) => (b ? laterOf(a, b) : a), received)
    const why = [
      q.identityReceived === start ? 'the identity information arrived' : '',
      q.feePaid === start ? 'the fee was paid' : ''
    ].filter(Boolean)
    steps.push(
      start === received
        ? `The clock starts on the day the request was received, ${longDate(start)} (it starts on the latest of receipt, identity received and fee paid).`
        : `The clock starts on ${longDate(start)}, when ${why.join(' and ')}: it starts on the latest of receipt, identity received and fee paid.`
    )
    return start
  }
  if (rule.clockStart === 'latest of receipt and particulars' && q.identityReceived) {
    const start = laterOf(received, q.identityReceived)
    steps.push(
      `The particulars required to process the request (identity information) arrived on ${longDate(q.identityReceived)}; ` +
        `the 30 days run from the later of the two dates, ${longDate(start)}.`
    )
    noEffect(q, steps, false)
    return start
  }
  noEffect(q, steps, true)
  return received
}

/** Says which recorded facts this regime does not let move the clock, so nobody wonders. */
function noEffect(q: CheckedQuery, steps: string[], identity: boolean): void {
  const ccpa = q.regime === 'CCPA' ? ' (verification does not pause or move the CCPA clock)' : ''
  if (identity && q.identityReceived) {
    steps.push(`Identity information received on ${longDate(q.identityReceived)}: under ${q.regime} this does not move the clock${ccpa}.`)
  }
  if (q.feePaid) steps.push(`Fee paid on ${longDate(q.feePaid)}: under ${q.regime} this does not move the clock.`)
  if (!q.rule.stopTheClock && q.clarifications.length > 0 && q.action !== 'complaint-acknowledge') {
    steps.push(`${q.clarifications.length === 1 ? 'The clarification asked for does' : 'The clarifications asked for do'} not pause the clock under ${q.regime}.`)
  }
}

/**
 * UK GDPR Art. 12A: the days from the day clarification was asked for to the
 * day it arrived, both included, do not count. Returns the date with those
 * days added. Overlapping pauses are counted once; days before the clock
 * started, and a pause asked for after the time limit had run out, add nothing.
 */
export function addPausedDays(q: CheckedQuery, start: string, due: string, steps: string[]): string {
  if (!q.rule.stopTheClock || q.clarifications.length === 0) return due
  const pauses = [...q.clarifications].sort((a, b) => (a.requested < b.requested ? -1 : a.requested > b.requested ? 1 : 0))
  const merged: { requested: string; received: string }[] = []
  for (const pause of pauses) {
    const last = merged[merged.length - 1]
    if (last && pause.requested <= last.received) {
      steps.push(`The clarification asked for on ${longDate(pause.requested)} overlaps an earlier pause: the days are counted once.`)
      last.received = laterOf(last.received, pause.received)
    } else merged.push({ ...pause })
  }
  let total = 0
  for (const pause of merged) {
    const from = laterOf(pause.requested, start)
    const asked = `Clarification asked for on ${longDate(pause.requested)} and received on ${longDate(pause.received)}`
    if (from > pause.received) {
      steps.push(`${asked}: this was before the clock started, so it pauses nothing.`)
      continue
    }
    if (from > due) {
      steps.push(`${asked}: it was asked for after the time limit had run out (${longDate(due)}), so it does not stop the clock.`)
      continue
    }
    const days = daysBetween(from, pause.received) + 1
    const clipped = from === pause.requested ? '' : ` (counted from ${longDate(from)}, when the clock started)`
    steps.push(`${asked}: the clock stopped for ${days} day${days === 1 ? '' : 's'}${clipped}, both end days included (Art. 12A).`)
    if (pause.requested < ART_12A_IN_FORCE) {
      steps.push(`This pause began before Art. 12A came into force on 5 February 2026; for those days it rests on the ICO's guidance on clarification.`)
    }
    due = addDays(due, days)
    total += days
  }
  if (total > 0) steps.push(`Adding the ${total} paused day${total === 1 ? '' : 's'} gives ${longDate(due)}.`)
  return due
}
