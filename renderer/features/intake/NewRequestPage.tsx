import { useEffect, useState } from 'react'
import { describeDatabaseError } from '../../db/errors'
import { FormProvider, useForm } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import { emptyRequestForm, requestFormSchema, type RequestForm, type RequestFormInput } from '../../../src/domain/request-form'
import { createCase, type NewAttachment } from '../../repositories/cases'
import { officeActor, officeToday, useOffice } from '../../app/office'
import { navigate } from '../../app/router'
import { Notice } from '../../components/Notice'
import { RequestFields } from './RequestFields'
import { useDraft } from './use-draft'
import { EmailImport, type ImportSummary } from './EmailImport'
import { PendingFiles } from './PendingFiles'
import { formatSavedAt } from './format-saved-at'
import { KindChoice } from '../complaints/KindChoice'
import { IcoLetterOffer } from '../escalations/IcoLetterOffer'

const DRAFT_KEY = 'new-request'

function listInWords(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`
}

interface NewRequestDraft {
  form: RequestFormInput
  attachments: NewAttachment[]
  imported: ImportSummary | null
}

export function NewRequestPage() {
  const { db, settings } = useOffice()
  const today = officeToday(settings)
  const draft = useDraft<NewRequestDraft>(db, DRAFT_KEY)
  const [restored, setRestored] = useState<NewRequestDraft | null>(null)
  if (!draft.checked) return <p className="loading">Checking for an unsaved request…</p>
  if (draft.offered) {
    const offered = draft.offered
    return (
      <section className="page narrow" aria-labelledby="draft-title">
        <h1 id="draft-title">Unsaved request</h1>
        <Notice tone="info">
          <p>
            A request you started on {formatSavedAt(offered.savedAt)} was not saved
            {offered.value.form.requester?.name ? ` (requester: ${offered.value.form.requester.name})` : ''}. Carry on with it,
            or discard it and start afresh.
          </p>
        </Notice>
        <div className="actions">
          <button
            type="button"
            className="primary"
            onClick={() => {
              setRestored(offered.value)
              draft.dismissOffer()
            }}
          >
            Restore the unsaved request
          </button>
          <button type="button" onClick={() => void draft.discard()}>
            Discard it
          </button>
        </div>
      </section>
    )
  }
  return <NewRequestForm today={today} draft={draft} restored={restored} />
}

interface FormProps {
  today: string
  restored: NewRequestDraft | null
  draft: ReturnType<typeof useDraft<NewRequestDraft>>
}

function NewRequestForm({ today, restored, draft }: FormProps) {
  const { db, settings } = useOffice()
  const schema = requestFormSchema(today)
  const methods = useForm<RequestFormInput, unknown, RequestForm>({
    resolver: zodResolver(schema),
    defaultValues: restored?.form ?? emptyRequestForm(today),
    mode: 'onTouched'
  })
  const [attachments, setAttachments] = useState<NewAttachment[]>(restored?.attachments ?? [])
  const [imported, setImported] = useState<ImportSummary | null>(restored?.imported ?? null)
  const [saveError, setSaveError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)

  useEffect(() => {
    const subscription = methods.watch((form) => draft.save({ form: form as RequestFormInput, attachments, imported }))
    return () => subscription.unsubscribe()
  }, [methods, draft, attachments, imported])

  const onImported = (form: RequestFormInput, files: NewAttachment[], summary: ImportSummary) => {
    methods.reset(form, { keepDefaultValues: true })
    setAttachments(files)
    setImported(summary)
    draft.save({ form, attachments: files, imported: summary })
  }

  const onSubmit = methods.handleSubmit(async (valid) => {
    setSaving(true)
    setSaveError(null)
    try {
      const saved = await createCase(db, valid, officeActor(settings), attachments)
      await draft.discard()
      navigate({ page: 'case', id: saved.id! })
    } catch (error) {
      setSaveError(
        `The request was not saved: ${describeDatabaseError(error)}. Your entries are kept.`
      )
      setSaving(false)
    }
  })

  const errorCount = Object.keys(methods.formState.errors).length
  const kind = methods.watch('kind') === 'complaint' ? 'complaint' : 'request'
  return (
    <section className="page" aria-labelledby="new-title">
      <div className="page-head">
        <h1 id="new-title">New {kind}</h1>
        <p className="lede">Log a request that arrived by post, email, phone, web form or in person. Fields marked * are required.</p>
      </div>
      <EmailImport timeZone={settings.timeZone} getCurrent={() => methods.getValues()} onImported={onImported} />
      {imported && (
        <Notice tone={imported.missing.length ? 'warning' : 'info'} title={`Imported from ${imported.fileName}`}>
          <p>
            The form has been filled in from the email. Check every field before saving
            {imported.missing.length ? `; the email has no ${listInWords(imported.missing)}, so enter ${imported.missing.length > 1 ? 'them' : 'it'} by hand` : ''}.
          </p>
        </Notice>
      )}
      {imported?.icoLetter && <IcoLetterOffer letter={imported.icoLetter} files={attachments} onLeave={() => draft.discard()} />}
      <FormProvider {...methods}>
        <form onSubmit={onSubmit} noValidate className="request-form">
          {methods.formState.isSubmitted && errorCount > 0 && (
            <Notice tone="error" title={`The ${kind} has not been saved yet`}>
              <p>Some fields need attention: each is marked below with what to fix.</p>
            </Notice>
          )}
          <KindChoice />
          <RequestFields today={today} />
          <PendingFiles files={attachments} onRemove={(i) => setAttachments(attachments.filter((_, j) => j !== i))} />
          {saveError && <Notice tone="error">{saveError}</Notice>}
          <div className="actions sticky-actions">
            <button type="submit" className="primary" disabled={saving}>
              {saving ? 'Saving…' : `Save ${kind}`}
            </button>
            <button
              type="button"
              onClick={() => {
                if (!confirm('Discard this request? What you have entered will be lost.')) return
                void draft.discard().then(() => navigate({ page: 'cases' }))
              }}
            >
              Discard
            </button>
            <span className="draft-state" aria-live="polite">
              Saved as a draft as you type.
            </span>
          </div>
        </form>
      </FormProvider>
    </section>
  )
}
