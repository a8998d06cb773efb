import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import type { z } from 'zod'
import { useOffice } from '../../app/office'
import { Field } from '../../components/Field'
import { Notice } from '../../components/Notice'
import { officeSettingsSchema, saveOfficeSettings } from '../../repositories/settings'
import type { OfficeSettings } from '../../../src/domain/case'
import { AppInfo } from './AppInfo'
import { BackupsSection } from '../backup/BackupsSection'
import { VerifyHistory } from './VerifyHistory'
import { AppLockSettings } from '../lock/AppLockSettings'
import { BodiesSettings } from '../bodies/BodiesSettings'
import { LetterSettingsFields } from '../letters/LetterSettingsFields'
import { LetterheadLogoSetting } from '../letters/LetterheadLogoSetting'

const TIME_ZONES = ['Europe/London', 'Europe/Dublin', 'Europe/Paris', 'Europe/Berlin', 'America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles', 'America/Toronto', 'Africa/Johannesburg', 'America/Sao_Paulo', 'Australia/Sydney']

type SettingsInput = z.input<typeof officeSettingsSchema>

export function SettingsPage({ welcome = false }: { welcome?: boolean }) {
  const { db, settings } = useOffice()
  const [saved, setSaved] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const {
    register,
    handleSubmit,
    formState: { errors }
  } = useForm<SettingsInput, unknown, OfficeSettings>({
    resolver: zodResolver(officeSettingsSchema),
    defaultValues: settings,
    mode: 'onTouched'
  })
  const zones = TIME_ZONES.includes(settings.timeZone) ? TIME_ZONES : [settings.timeZone, ...TIME_ZONES]

  const onSubmit = handleSubmit(async (valid) => {
    setError(null)
    try {
      await saveOfficeSettings(db, valid)
      setSaved(true)
    } catch (e) {
      setError(`The settings were not saved: ${e instanceof Error ? e.message : String(e)}`)
    }
  })

  return (
    <section className="page narrow" aria-labelledby="settings-title">
      <div className="page-head">
        <h1 id="settings-title">{welcome ? 'Welcome to Privacy Casebook' : 'Settings'}</h1>
        {welcome && (
          <p className="lede">
            Before logging the first case, tell the app who you are and which office it serves. Your name is recorded as the
            author of every change you make.
          </p>
        )}
      </div>
      <form onSubmit={onSubmit} noValidate onChange={() => setSaved(false)}>
        <fieldset className="group">
          <legend>You</legend>
          <Field label="Your name" required error={errors.staffName?.message} hint="The staff member using this computer.">
            <input type="text" autoComplete="name" {...register('staffName')} />
          </Field>
        </fieldset>
        <fieldset className="group">
          <legend>The organisation</legend>
          <Field label="Organisation name" error={errors.organisationName?.message}>
            <input type="text" autoComplete="organization" {...register('organisationName')} />
          </Field>
          <Field label="Postal address" error={errors.organisationAddress?.message} hint="Printed on the letterhead, one line per line.">
            <textarea rows={4} {...register('organisationAddress')} />
          </Field>
          <Field label="Privacy office email" error={errors.privacyEmail?.message}>
            <input type="email" autoComplete="email" {...register('privacyEmail')} />
          </Field>
          <Field label="Office time zone" error={errors.timeZone?.message} hint="Dates received and deadlines are calendar dates in this time zone.">
            <select {...register('timeZone')}>
              {zones.map((z) => (
                <option key={z} value={z}>
                  {z}
                </option>
              ))}
            </select>
          </Field>
        </fieldset>
        <LetterSettingsFields register={register} errors={errors} />
        <fieldset className="group">
          <legend>Reminders</legend>
          <label className="choice">
            <input type="checkbox" {...register('dailyReminders')} /> Once a day, a desktop notification of cases that became
            overdue or fall due tomorrow (while the app is open)
          </label>
          <p className="hint">&nbsp;</p>
        </fieldset>
        <fieldset className="group">
          <legend>Retention</legend>
          <Field
            label="Keep closed cases for (years)"
            error={errors.retentionYears?.message}
            hint="After this many years from closing, a case is listed under “Due for deletion”, unless it is on legal hold. CCPA rules (11 CCR §7101) require records of requests to be kept for at least 24 months."
          >
            <input type="number" min={1} max={20} step={1} inputMode="numeric" {...register('retentionYears', { valueAsNumber: true })} />
          </Field>
        </fieldset>
        <fieldset className="group">
          <legend>Complaints</legend>
          <Field
            label="Answer complaints within (days)"
            error={errors.complaintTargetDays?.message}
            hint="The office's own target, counted in calendar days from the day after a complaint arrives. Each new complaint carries it as a deadline, beside the statutory ones (s.164A acknowledgement, the DPF's 45 days)."
          >
            <input type="number" min={1} max={365} step={1} inputMode="numeric" {...register('complaintTargetDays', { valueAsNumber: true })} />
          </Field>
        </fieldset>
        {error && <Notice tone="error">{error}</Notice>}
        {saved && <Notice tone="success">Settings saved.</Notice>}
        <div className="actions">
          <button type="submit" className="primary">
            Save settings
          </button>
        </div>
      </form>
      <BackupsSection welcome={welcome} />
      {!welcome && <LetterheadLogoSetting />}
      {!welcome && <BodiesSettings />}
      {!welcome && <AppLockSettings />}
      {!welcome && <VerifyHistory />}
      {!welcome && <AppInfo />}
    </section>
  )
}
