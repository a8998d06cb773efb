import type { ReactNode } from 'react'

export function Notice({ tone, children, title }: { tone: 'error' | 'info' | 'success' | 'warning'; title?: string; children: ReactNode }) {
  return (
    <div className={`notice notice-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {title && <p className="notice-title">{title}</p>}
      {children}
    </div>
  )
}
