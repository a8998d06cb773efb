import type { NewAttachment } from '../../repositories/cases'
import { formatBytes } from '../../components/format-bytes'

/** The files that will be kept with the case when it is saved. */
export function PendingFiles({ files, onRemove }: { files: NewAttachment[]; onRemove: (index: number) => void }) {
  if (files.length === 0) return null
  return (
    <fieldset className="group">
      <legend>Files kept with the case</legend>
      <ul className="file-list">
        {files.map((file, i) => (
          <li key={`${file.name}-${i}`}>
            <span className="file-name">{file.name}</span>
            <span className="file-meta">
              {file.role === 'original-email' ? 'Original email' : 'Attachment'} · {formatBytes(file.bytes.byteLength)}
            </span>
            {file.role !== 'original-email' && (
              <button type="button" className="link-button" onClick={() => onRemove(i)}>
                Remove<span className="visually-hidden"> {file.name}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
    </fieldset>
  )
}
