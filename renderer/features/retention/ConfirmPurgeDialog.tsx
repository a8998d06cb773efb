import { useModal } from '../../components/use-modal'

const cases = (n: number) => `${n.toLocaleString('en-GB')} case${n === 1 ? '' : 's'}`

/** "Delete N cases for good?": the last step before a purge, naming how many cases go. */
export function ConfirmPurgeDialog(props: { count: number; open: boolean; busy: boolean; onConfirm: () => void; onCancel: () => void }) {
  const ref = useModal(props.open)
  return (
    <dialog
      ref={ref}
      className="modal"
      aria-labelledby="purge-title"
      aria-describedby="purge-what"
      onCancel={(e) => {
        e.preventDefault()
        if (!props.busy) props.onCancel()
      }}
    >
      <h2 id="purge-title">Delete {cases(props.count)} for good?</h2>
      <div id="purge-what">
        <p>
          {props.count === 1 ? 'The case' : `The ${cases(props.count)}`} selected will be deleted with {props.count === 1 ? 'its' : 'their'} history,
          letters and attachments. This cannot be undone.
        </p>
        <p>The purge log keeps only today’s date, the number of cases and your name. Backups made before now still hold the cases.</p>
      </div>
      <div className="actions">
        <button type="button" className="danger" disabled={props.busy} onClick={props.onConfirm}>
          Delete {cases(props.count)} for good
        </button>
        <button type="button" disabled={props.busy} onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </dialog>
  )
}
