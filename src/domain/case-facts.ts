import type { Case, FieldChange } from './case'
import { CHANNEL_LABELS } from './channels'
import { RIGHT_SHORT_LABELS } from './rights'
import { REGIME_LABELS, jurisdictionLabel } from './regimes'
import type { RequestForm } from './request-form'
import { searchTokens } from './text'

export type CaseFacts = Pick<
  Case,
  | 'kind'
  | 'channel'
  | 'received'
  | 'requester'
  | 'rights'
  | 'otherRight'
  | 'regime'
  | 'jurisdiction'
  | 'regimeOther'
  | 'summary'
  | 'notes'
> &
  Pick<Partial<Case>, 'linkedCaseId' | 'linkedReference'>

/** The facts a form records, with the regime's extra field cleared where it does not apply. */
export function factsFromForm(form: RequestForm): CaseFacts {
  const needsJurisdiction = form.regime === 'UK-GDPR' || form.regime === 'EU-GDPR' || form.regime === 'US-STATE'
  const complaint = form.kind === 'complaint'
  return {
    kind: form.kind,
    // Set even when absent, so that an edit removing the link removes it.
    linkedCaseId: complaint && form.linkedCaseId ? form.linkedCaseId : undefined,
    linkedReference: complaint && form.linkedCaseId ? (form.linkedReference ?? '') : undefined,
    channel: form.channel,
    received: form.received,
    requester: { ...form.requester },
    // A complaint says what the person complains of, in the summary; it asks for no right.
    rights: complaint ? [] : [...form.rights],
    otherRight: !complaint && form.rights.includes('other') ? form.otherRight : '',
    regime: form.regime,
    jurisdiction: needsJurisdiction ? form.jurisdiction : '',
    regimeOther: form.regime === 'OTHER' ? form.regimeOther : '',
    summary: form.summary,
    notes: form.notes
  }
}

/** The fields kept only so that lists can be sorted and searched by index. */
export function indexFields(reference: string, facts: CaseFacts): Pick<Case, 'searchTokens' | 'nameKey'> {
  return {
    searchTokens: searchTokens(facts.requester.name, facts.requester.email, reference),
    nameKey: facts.requester.name.normalize('NFKC').toLocaleLowerCase()
  }
}

const FIELDS: { field: string; label: string; show: (c: CaseFacts) => string }[] = [
  { field: 'kind', label: 'Kind', show: (c) => (c.kind === 'complaint' ? 'Complaint' : 'Request') },
  { field: 'linkedCaseId', label: 'Linked request', show: (c) => (c.linkedCaseId ? c.linkedReference || `case ${c.linkedCaseId}` : '') },
  { field: 'channel', label: 'Channel', show: (c) => CHANNEL_LABELS[c.channel] },
  { field: 'received', label: 'Date received', show: (c) => c.received },
  { field: 'requester.name', label: 'Name', show: (c) => c.requester.name },
  { field: 'requester.email', label: 'Email', show: (c) => c.requester.email },
  { field: 'requester.postalAddress', label: 'Postal address', show: (c) => c.requester.postalAddress },
  { field: 'requester.phone', label: 'Phone', show: (c) => c.requester.phone },
  { field: 'rights', label: 'Rights', show: (c) => c.rights.map((r) => RIGHT_SHORT_LABELS[r]).join(', ') },
  { field: 'otherRight', label: 'Other right', show: (c) => c.otherRight },
  { field: 'regime', label: 'Regime', show: (c) => REGIME_LABELS[c.regime] },
  { field: 'jurisdiction', label: 'Jurisdiction', show: (c) => jurisdictionLabel(c.regime, c.jurisdiction) },
  { field: 'regimeOther', label: 'Other regime', show: (c) => c.regimeOther },
  { field: 'summary', label: 'Summary', show: (c) => c.summary },
  { field: 'notes', label: 'Notes', show: (c) => c.notes }
]

/** What changed between two versions of a case's facts, old → new, in words a reviewer reads. */
export function diffFacts(before: CaseFacts, after: CaseFacts): FieldChange[] {
  const changes: FieldChange[] = []
  for (const { field, label, show } of FIELDS) {
    const from = show(before)
    const to = show(after)
    if (from !== to) changes.push({ field, label, from, to })
  }
  return changes
}

/** The history entry of a new case lists the facts it was logged with (the long texts stay on the case). */
export function initialFacts(facts: CaseFacts): FieldChange[] {
  return FIELDS.filter(({ field }) => field !== 'summary' && field !== 'notes')
    .map(({ field, label, show }) => ({ field, label, from: '', to: show(facts) }))
    .filter((c) => c.to !== '')
}
