import type { ReactNode } from 'react'
import { hrefFor, type Route } from './router'
import { useOffice } from './office'

const NAV: { label: string; route: Route; pages: Route['page'][] }[] = [
  { label: 'Cases', route: { page: 'cases' }, pages: ['cases', 'case'] },
  { label: 'Deadlines', route: { page: 'deadlines' }, pages: ['deadlines'] },
  { label: 'Letters', route: { page: 'letters' }, pages: ['letters'] },
  { label: 'Reports', route: { page: 'reports' }, pages: ['reports'] },
  { label: 'New request', route: { page: 'new' }, pages: ['new'] },
  { label: 'Due for deletion', route: { page: 'retention' }, pages: ['retention'] },
  { label: 'Settings', route: { page: 'settings' }, pages: ['settings'] }
]

export function Layout({ route, children }: { route: Route; children: ReactNode }) {
  const { settings } = useOffice()
  return (
    <div className="shell">
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          // The hash holds the page; focus the content without changing it.
          event.preventDefault()
          document.getElementById('main')?.focus()
        }}
      >
        Skip to content
      </a>
      <header className="app-header">
        <div className="brand">
          <span className="brand-name">Privacy Casebook</span>
          {settings.organisationName && <span className="brand-org">{settings.organisationName}</span>}
        </div>
        <nav aria-label="Main">
          <ul>
            {NAV.map((item) => (
              <li key={item.label}>
                <a href={hrefFor(item.route)} aria-current={item.pages.includes(route.page) ? 'page' : undefined}>
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        {settings.staffName && <span className="signed-in">Signed in as {settings.staffName}</span>}
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </div>
  )
}
