import { useFormContext } from 'react-hook-form'
import type { RequestFormInput } from '../../../src/domain/request-form'

/** At the top of the intake form: a request (rights asked for) or a complaint about how one was handled. */
export function KindChoice() {
  const { register } = useFormContext<RequestFormInput>()
  return (
    <fieldset className="group kind-choice" aria-describedby="kind-hint">
      <legend>What arrived</legend>
      <p className="hint" id="kind-hint">
        A request asks to exercise a right; a complaint says how the person&apos;s data or an earlier request was mishandled.
      </p>
      <div className="choice-row">
        <label className="choice">
          <input type="radio" value="request" {...register('kind')} /> Request
        </label>
        <label className="choice">
          <input type="radio" value="complaint" {...register('kind')} /> Complaint
        </label>
      </div>
    </fieldset>
  )
}
