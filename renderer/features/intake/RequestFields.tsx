import { useEffect } from 'react'
import { useFormContext, type FieldErrors } from 'react-hook-form'
import { Field } from '../../components/Field'
import { CHANNELS, CHANNEL_LABELS } from '../../../src/domain/channels'
import { RIGHTS, RIGHT_LABELS } from '../../../src/domain/rights'
import { EU_MEMBER_STATES, REGIMES, REGIME_LABELS, UK_NATIONS, US_STATE_LAWS } from '../../../src/domain/regimes'
import type { RequestFormInput } from '../../../src/domain/request-form'
import { LinkedRequestPicker } from '../complaints/LinkedRequestPicker'

function message(errors: FieldErrors<RequestFormInput>, path: string): string | undefined {
  let node: unknown = errors
  for (const part of path.split('.')) node = (node as Record<string, unknown> | undefined)?.[part]
  const text = (node as { message?: unknown } | undefined)?.message
  return typeof text === 'string' ? text : undefined
}

/** The facts of a request, shared by the new-request form and the case editor. */
export function RequestFields({ today }: { today: string }) {
  const {
    register,
    watch,
    getValues,
    setValue,
    formState: { errors }
  } = useFormContext<RequestFormInput>()
  const regime = watch('regime')

  useEffect(() => {
    const current = getValues('jurisdiction')
    const options: Partial<Record<string, Record<string, unknown>>> = {
      'UK-GDPR': UK_NATIONS,
      'EU-GDPR': EU_MEMBER_STATES,
      'US-STATE': US_STATE_LAWS
    }
    const valid = options[regime]
    if (valid && current in valid) return
    setValue('jurisdiction', regime === 'UK-GDPR' ? 'GB-ENG' : '')
  }, [regime, getValues, setValue])
  const rights = watch('rights') ?? []
  const complaint = watch('kind') === 'complaint'
  const channel = watch('channel')
  const err = (path: string) => message(errors, path)

  return (
    <>
      <fieldset className="group">
        <legend>{complaint ? 'The complaint' : 'The request'}</legend>
        <fieldset className="choices" aria-describedby={err('channel') ? 'channel-error' : undefined}>
          <legend>
            How it arrived <span className="required" aria-hidden="true">*</span>
          </legend>
          <div className="choice-row">
            {CHANNELS.map((c) => (
              <label key={c} className="choice">
                <input type="radio" value={c} {...register('channel')} /> {CHANNEL_LABELS[c]}
              </label>
            ))}
          </div>
          {err('channel') && <p className="error" id="channel-error">{err('channel')}</p>}
        </fieldset>
        <Field
          label="Date received"
          required
          error={err('received')}
          hint={channel === 'post' ? 'The day the letter arrived, not the date written on it.' : 'The day it reached the office.'}
        >
          <input type="date" max={today} {...register('received')} />
        </Field>
      </fieldset>

      <fieldset className="group">
        <legend>The requester</legend>
        <Field label="Full name" required error={err('requester.name')} hint="As the requester writes it, in any script.">
          <input type="text" autoComplete="off" spellCheck={false} {...register('requester.name')} />
        </Field>
        <div className="two-columns">
          <Field label="Email" error={err('requester.email')}>
            <input type="email" autoComplete="off" spellCheck={false} {...register('requester.email')} />
          </Field>
          <Field label="Phone" error={err('requester.phone')}>
            <input type="tel" autoComplete="off" {...register('requester.phone')} />
          </Field>
        </div>
        <Field label="Postal address" error={err('requester.postalAddress')} hint="One line per line of the envelope.">
          <textarea rows={4} spellCheck={false} {...register('requester.postalAddress')} />
        </Field>
      </fieldset>

      {complaint && (
        <fieldset className="group">
          <legend>What it is about</legend>
          <LinkedRequestPicker />
        </fieldset>
      )}
      <fieldset className="group" hidden={complaint}>
        <legend>What they ask for</legend>
        <fieldset className="choices" aria-describedby={err('rights') ? 'rights-error' : undefined}>
          <legend>
            Rights asked for <span className="required" aria-hidden="true">*</span>
          </legend>
          <div className="choice-grid">
            {RIGHTS.map((r) => (
              <label key={r} className="choice">
                <input type="checkbox" value={r} {...register('rights')} /> {RIGHT_LABELS[r]}
              </label>
            ))}
          </div>
          {err('rights') && <p className="error" id="rights-error">{err('rights')}</p>}
        </fieldset>
        {rights.includes('other') && (
          <Field label="The other right, described" required error={err('otherRight')}>
            <input type="text" {...register('otherRight')} />
          </Field>
        )}
      </fieldset>

      <fieldset className="group">
        <legend>Where the requester is</legend>
        <div className="two-columns">
          <Field label="Regime that applies" required error={err('regime')}>
            <select {...register('regime')}>
              {REGIMES.map((r) => (
                <option key={r} value={r}>
                  {REGIME_LABELS[r]}
                </option>
              ))}
            </select>
          </Field>
          {regime === 'UK-GDPR' && (
            <Field label="UK nation" required error={err('jurisdiction')} hint="Bank holidays differ between nations.">
              <select {...register('jurisdiction')}>
                <option value="">Choose…</option>
                {Object.entries(UK_NATIONS).map(([code, name]) => (
                  <option key={code} value={code}>
                    {name}
                  </option>
                ))}
              </select>
            </Field>
          )}
          {regime === 'EU-GDPR' && (
            <Field label="Member state" required error={err('jurisdiction')}>
              <select {...register('jurisdiction')}>
                <option value="">Choose…</option>
                {Object.entries(EU_MEMBER_STATES).map(([code, name]) => (
                  <option key={code} value={code}>
                    {name}
                  </option>
                ))}
              </select>
            </Field>
          )}
          {regime === 'US-STATE' && (
            <Field label="US state" required error={err('jurisdiction')}>
              <select {...register('jurisdiction')}>
                <option value="">Choose…</option>
                {Object.entries(US_STATE_LAWS).map(([code, law]) => (
                  <option key={code} value={code}>
                    {law.name}
                  </option>
                ))}
              </select>
            </Field>
          )}
          {regime === 'OTHER' && (
            <Field label="Law or country" required error={err('regimeOther')}>
              <input type="text" {...register('regimeOther')} />
            </Field>
          )}
        </div>
      </fieldset>

      <fieldset className="group">
        <legend>Details</legend>
        <Field
          label={complaint ? 'What the person complains of' : 'Summary of the request'}
          required={complaint}
          error={err('summary')}
          hint={complaint ? 'Each point of the complaint, in their words where it matters.' : 'What the requester asks, in their words where it matters.'}
        >
          <textarea rows={8} {...register('summary')} />
        </Field>
        <Field label="Internal notes" error={err('notes')} hint="Not sent to the requester.">
          <textarea rows={4} {...register('notes')} />
        </Field>
      </fieldset>
    </>
  )
}
