import { useEffect, useState } from 'react'

/** The real PDF, shown by the browser's PDF viewer from a blob: URL that lives as long as the preview. */
export function PdfPreview({ bytes, title }: { bytes: Uint8Array; title: string }) {
  const [url, setUrl] = useState<string | null>(null)
  useEffect(() => {
    const blobUrl = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }))
    setUrl(blobUrl)
    return () => URL.revokeObjectURL(blobUrl)
  }, [bytes])
  return <div className="pdf-preview">{url && <iframe src={url} title={title} />}</div>
}
