import type { FieldErrors, UseFormRegister } from 'react-hook-form'
import type { z } from 'zod'
import { Field } from '../../components/Field'
import type { officeSettingsSchema } from '../../repositories/settings'

type SettingsInput = z.input<typeof officeSettingsSchema>

/** The settings letters take: who signs them, the paper, and the letterhead's telephone and website. */
export function LetterSettingsFields({ register, errors }: { register: UseFormRegister<SettingsInput>; errors: FieldErrors<SettingsInput> }) {
  return (
    <fieldset className="group">
      <legend>Letters</legend>
      <div className="two-columns">
        <Field label="Signatory’s name" error={errors.signatoryName?.message} hint="Signs every letter the office issues.">
          <input type="text" autoComplete="off" {...register('signatoryName')} />
        </Field>
        <Field label="Signatory’s title" error={errors.signatoryTitle?.message} hint="For instance, Data Protection Officer.">
          <input type="text" autoComplete="off" {...register('signatoryTitle')} />
        </Field>
        <Field label="Office telephone" error={errors.organisationPhone?.message} hint="On the letterhead, if given.">
          <input type="tel" autoComplete="tel" {...register('organisationPhone')} />
        </Field>
        <Field label="Website" error={errors.organisationWebsite?.message} hint="On the letterhead, if given.">
          <input type="text" autoComplete="url" {...register('organisationWebsite')} />
        </Field>
      </div>
      <Field label="Paper size" error={errors.letterPageSize?.message}>
        <select {...register('letterPageSize')}>
          <option value="A4">A4</option>
          <option value="LETTER">US Letter</option>
        </select>
      </Field>
    </fieldset>
  )
}
