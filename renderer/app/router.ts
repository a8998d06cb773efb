import { useSyncExternalStore } from 'react'

export type Route =
  | { page: 'cases' }
  | { page: 'case'; id: number }
  | { page: 'new' }
  | { page: 'settings' }
  | { page: 'deadlines' }
  | { page: 'letters' }
  | { page: 'retention' }
  | { page: 'reports' }

/** Pages live in the URL's hash: a reload comes back to the same page, and nothing ever leaves the document. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '')
  const caseMatch = /^\/cases\/(\d+)$/.exec(path)
  if (caseMatch) return { page: 'case', id: Number(caseMatch[1]) }
  if (path === '/new') return { page: 'new' }
  if (path === '/settings') return { page: 'settings' }
  if (path === '/deadlines') return { page: 'deadlines' }
  if (path === '/letters') return { page: 'letters' }
  if (path === '/retention') return { page: 'retention' }
  if (path === '/reports') return { page: 'reports' }
  return { page: 'cases' }
}

export function hrefFor(route: Route): string {
  switch (route.page) {
    case 'case':
      return `#/cases/${route.id}`
    case 'new':
      return '#/new'
    case 'settings':
      return '#/settings'
    case 'deadlines':
      return '#/deadlines'
    case 'letters':
      return '#/letters'
    case 'retention':
      return '#/retention'
    case 'reports':
      return '#/reports'
    default:
      return '#/cases'
  }
}

export function navigate(route: Route): void {
  window.location.hash = hrefFor(route)
}

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash)
  return parseRoute(hash)
}
