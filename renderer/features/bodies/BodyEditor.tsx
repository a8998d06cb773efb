import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import { useOffice } from '../../app/office'
import { Field } from '../../components/Field'
import { Notice } from '../../components/Notice'
import { saveBody } from '../../repositories/bodies'
import { BODY_KINDS, BODY_KIND_LABELS, bodyFormSchema, emptyBodyForm, type BodyForm, type BodyFormInput, type ComplaintBody } from '../../../src/escalations/bodies'

/** Adds a body to the directory, or edits one; its id never changes, so escalations keep pointing at it. */
export function BodyEditor({ body, onDone }: { body?: ComplaintBody; onDone: (message: string | null) => void }) {
  const { db } = useOffice()
  const [error, setError] = useState<string | null>(null)
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting }
  } = useForm<BodyFormInput, unknown, BodyForm>({
    resolver: zodResolver(bodyFormSchema),
    defaultValues: body ?? emptyBodyForm(),
    mode: 'onTouched'
  })
  const onSubmit = handleSubmit(async (valid) => {
    setError(null)
    try {
      const saved = await saveBody(db, valid, body?.id)
      onDone(body ? `${saved.name} was updated.` : `${saved.name} was added to the directory.`)
    } catch (e) {
      setError(`Not saved: ${e instanceof Error ? e.message : String(e)}`)
    }
  })
  const title = body ? `Edit ${body.name}` : 'Add a body'
  return (
    <form className="escalation-form" aria-label={title} noValidate onSubmit={onSubmit}>
      <h3>{title}</h3>
      <div className="two-columns">
        <Field label="Name" required error={errors.name?.message} hint="As on its letters.">
          <input type="text" {...register('name')} />
        </Field>
        <Field label="Short name" error={errors.shortName?.message} hint="Used in sentences: “the ICO”.">
          <input type="text" {...register('shortName')} />
        </Field>
      </div>
      <Field label="Kind of body" required error={errors.kind?.message}>
        <select {...register('kind')}>
          {BODY_KINDS.map((k) => (
            <option key={k} value={k}>
              {BODY_KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Address" error={errors.address?.message} hint="One line per line of the envelope.">
        <textarea rows={3} {...register('address')} />
      </Field>
      <div className="two-columns">
        <Field label="Phone" error={errors.phone?.message}>
          <input type="tel" {...register('phone')} />
        </Field>
        <Field label="Opening hours" error={errors.hours?.message}>
          <input type="text" {...register('hours')} />
        </Field>
      </div>
      <div className="two-columns">
        <Field label="Email" error={errors.email?.message}>
          <input type="email" {...register('email')} />
        </Field>
        <Field label="Website" error={errors.website?.message}>
          <input type="text" {...register('website')} />
        </Field>
      </div>
      {error && <Notice tone="error">{error}</Notice>}
      <div className="actions">
        <button type="submit" className="primary" disabled={isSubmitting}>
          {body ? 'Save the changes' : 'Add the body'}
        </button>
        <button type="button" onClick={() => onDone(null)}>
          Cancel
        </button>
      </div>
    </form>
  )
}
