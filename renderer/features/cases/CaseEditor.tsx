import { useEffect, useState } from 'react'
import { describeDatabaseError } from '../../db/errors'
import { FormProvider, useForm } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import type { Case } from '../../../src/domain/case'
import { requestFormSchema, type RequestForm, type RequestFormInput } from '../../../src/domain/request-form'
import { updateCaseFacts } from '../../repositories/cases'
import { officeActor, officeToday, useOffice } from '../../app/office'
import { Notice } from '../../components/Notice'
import { RequestFields } from '../intake/RequestFields'
import { useDraft } from '../intake/use-draft'
import { formatSavedAt } from '../intake/format-saved-at'

function caseToForm(c: Case): RequestFormInput {
  return {
    kind: c.kind,
    linkedCaseId: c.linkedCaseId,
    linkedReference: c.linkedReference,
    channel: c.channel,
    received: c.received,
    requester: { ...c.requester },
    rights: [...c.rights],
    otherRight: c.otherRight,
    regime: c.regime,
    jurisdiction: c.jurisdiction,
    regimeOther: c.regimeOther,
    summary: c.summary,
    notes: c.notes
  }
}

export function CaseEditor({ record, onDone }: { record: Case; onDone: (changed: boolean) => void }) {
  const { db } = useOffice()
  const draft = useDraft<RequestFormInput>(db, `edit-case-${record.id}`)
  if (!draft.checked) return <p className="loading">Opening the editor…</p>
  return <EditorForm record={record} onDone={onDone} draft={draft} />
}

function EditorForm({
  record,
  onDone,
  draft
}: {
  record: Case
  onDone: (changed: boolean) => void
  draft: ReturnType<typeof useDraft<RequestFormInput>>
}) {
  const { db, settings } = useOffice()
  const today = officeToday(settings)
  const [restoredAt] = useState(draft.offered?.savedAt ?? null)
  const methods = useForm<RequestFormInput, unknown, RequestForm>({
    resolver: zodResolver(requestFormSchema(today)),
    defaultValues: draft.offered?.value ?? caseToForm(record),
    mode: 'onTouched'
  })
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    const subscription = methods.watch((form) => draft.save(form as RequestFormInput))
    return () => subscription.unsubscribe()
  }, [methods, draft])

  const onSubmit = methods.handleSubmit(async (valid) => {
    setError(null)
    try {
      const { changes } = await updateCaseFacts(db, record.id!, valid, officeActor(settings))
      await draft.discard()
      onDone(changes.length > 0)
    } catch (e) {
      setError(`The changes were not saved: ${describeDatabaseError(e)}. Your edits are kept.`)
    }
  })

  return (
    <FormProvider {...methods}>
      <form onSubmit={onSubmit} noValidate className="request-form" aria-label="Edit case details">
        {restoredAt && (
          <Notice tone="info">Your unsaved edits from {formatSavedAt(restoredAt)} have been restored.</Notice>
        )}
        <RequestFields today={today} />
        {error && <Notice tone="error">{error}</Notice>}
        <div className="actions sticky-actions">
          <button type="submit" className="primary">
            Save changes
          </button>
          <button
            type="button"
            onClick={() => {
              void draft.discard().then(() => onDone(false))
            }}
          >
            Cancel
          </button>
        </div>
      </form>
    </FormProvider>
  )
}
