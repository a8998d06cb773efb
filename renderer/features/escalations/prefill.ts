import type { CasebookDb } from '../../db/database'
import { discardDraft, loadDraft, saveDraft } from '../../repositories/drafts'
import type { NewAttachment } from '../../repositories/cases'
import type { EscalateValues } from './EscalateForm'

/** An escalation waiting to be recorded on a case, from an imported letter: the form's values and the letter's files. */
export interface EscalationPrefill {
  values: Partial<EscalateValues>
  files: NewAttachment[]
  source: string
}

const key = (caseId: number) => `escalate-prefill-${caseId}`

export function savePrefill(db: CasebookDb, caseId: number, prefill: EscalationPrefill): Promise<void> {
  return saveDraft(db, key(caseId), prefill)
}

export async function loadPrefill(db: CasebookDb, caseId: number): Promise<EscalationPrefill | undefined> {
  return (await loadDraft<EscalationPrefill>(db, key(caseId)))?.value
}

export function discardPrefill(db: CasebookDb, caseId: number): Promise<void> {
  return discardDraft(db, key(caseId))
}
