import type { Attachment } from '../../../src/domain/case'
import { formatBytes } from '../../components/format-bytes'

export function CaseFiles({ files }: { files: Attachment[] }) {
  if (files.length === 0) return null
  return (
    <section className="card wide" aria-labelledby="files-heading">
      <h2 id="files-heading">Files</h2>
      <ul className="file-list">
        {files.map((file) => (
          <li key={file.id}>
            <span className="file-name">{file.name}</span>
            <span className="file-meta">
              {file.role === 'original-email' ? 'Original email' : 'Email attachment'} · {formatBytes(file.size)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  )
}
