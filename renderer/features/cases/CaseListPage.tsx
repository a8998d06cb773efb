import { useEffect, useState } from 'react'
import { useOffice } from '../../app/office'
import { hrefFor } from '../../app/router'
import { Notice } from '../../components/Notice'
import { SORTS, type CaseListQuery, type CaseSort } from '../../repositories/case-list'
import { CHANNELS, CHANNEL_LABELS } from '../../../src/domain/channels'
import { RIGHTS, RIGHT_SHORT_LABELS } from '../../../src/domain/rights'
import { REGIMES, REGIME_LABELS } from '../../../src/domain/regimes'
import { STATUSES, STATUS_LABELS } from '../../../src/domain/status'
import { useCaseList } from './use-case-list'
import { CaseTable } from './CaseTable'
import { useStoredState } from './use-stored-state'
import { useBodies } from '../escalations/use-bodies'
import { ESCALATION_OUTCOMES, ESCALATION_OUTCOME_LABELS } from '../../../src/escalations/types'
import { ExportCasesButton } from '../exports/ExportCasesButton'

type Filters = Omit<CaseListQuery, 'search'>

export function CaseListPage() {
  const { db } = useOffice()
  const [filters, setFilters] = useStoredState<Filters>('case-list-filters', { sort: 'received-desc' })
  const [searchText, setSearchText] = useStoredState('case-list-search', '')
  const [search, setSearch] = useState(searchText)

  useEffect(() => {
    const t = setTimeout(() => setSearch(searchText.trim()), 200)
    return () => clearTimeout(t)
  }, [searchText])

  const query: CaseListQuery = { ...filters, ...(search ? { search } : {}) }
  const list = useCaseList(db, query)
  const set = <K extends keyof Filters>(key: K, value: string) =>
    setFilters({ ...filters, [key]: value === '' ? undefined : value })
  const bodies = useBodies()
  const filtered = Boolean(
    search || filters.status || filters.right || filters.channel || filters.regime || filters.kind || filters.escalatedTo || filters.escalationOutcome
  )

  return (
    <section className="page" aria-labelledby="cases-title">
      <div className="page-head with-action">
        <h1 id="cases-title">Cases</h1>
        <div className="head-actions">
          <ExportCasesButton query={query} />
          <a className="button primary" href={hrefFor({ page: 'new' })}>
            New request
          </a>
        </div>
      </div>
      <form className="toolbar" role="search" aria-label="Find cases" onSubmit={(e) => e.preventDefault()}>
        <div className="field search-field">
          <label htmlFor="case-search">Search</label>
          <input
            id="case-search"
            type="search"
            placeholder="Name, email or reference"
            value={searchText}
            onChange={(e) => setSearchText(e.target.value)}
          />
        </div>
        <FilterSelect label="Status" value={filters.status} onChange={(v) => set('status', v)}
          options={[['open', 'Open (not closed)'], ...STATUSES.map((s) => [s, STATUS_LABELS[s]] as [string, string])]} />
        <FilterSelect label="Right" value={filters.right} onChange={(v) => set('right', v)}
          options={RIGHTS.map((r) => [r, RIGHT_SHORT_LABELS[r]])} />
        <FilterSelect label="Channel" value={filters.channel} onChange={(v) => set('channel', v)}
          options={CHANNELS.map((c) => [c, CHANNEL_LABELS[c]])} />
        <FilterSelect label="Regime" value={filters.regime} onChange={(v) => set('regime', v)}
          options={REGIMES.map((r) => [r, REGIME_LABELS[r]])} />
        <FilterSelect label="Kind" value={filters.kind} onChange={(v) => set('kind', v)}
          options={[['request', 'Requests'], ['complaint', 'Complaints']]} />
        <FilterSelect label="Escalated to" value={filters.escalatedTo} onChange={(v) => set('escalatedTo', v)}
          options={[['any', 'Any body'], ...(bodies ?? []).map((b) => [b.id, b.shortName ? `${b.name} (${b.shortName})` : b.name] as [string, string])]} />
        <FilterSelect label="Escalation outcome" value={filters.escalationOutcome} onChange={(v) => set('escalationOutcome', v)}
          options={[['pending', 'Awaited'], ...ESCALATION_OUTCOMES.map((o) => [o, ESCALATION_OUTCOME_LABELS[o]] as [string, string])]} />
        <div className="field">
          <label htmlFor="case-sort">Sort by</label>
          <select id="case-sort" value={filters.sort} onChange={(e) => setFilters({ ...filters, sort: e.target.value as CaseSort })}>
            {Object.entries(SORTS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        {filtered && (
          <button type="button" className="link-button clear-filters" onClick={() => { setFilters({ sort: filters.sort }); setSearchText('') }}>
            Clear filters
          </button>
        )}
      </form>
      {list.error && <Notice tone="error">The cases could not be listed: {list.error}</Notice>}
      <p className="result-count" aria-live="polite">
        {list.loading && list.rows.length === 0
          ? 'Loading cases…'
          : list.rows.length === 0
            ? filtered
              ? 'No case matches these filters.'
              : 'No cases yet. Log the first with “New request”.'
            : `${list.rows.length}${list.hasMore ? '+' : ''} case${list.rows.length === 1 ? '' : 's'}${filtered ? ' match' : ''}`}
      </p>
      {list.rows.length > 0 && <CaseTable rows={list.rows} hasMore={list.hasMore} loadMore={list.loadMore} />}
    </section>
  )
}

function FilterSelect(props: { label: string; value: string | undefined; options: [string, string][]; onChange: (v: string) => void }) {
  const id = `filter-${props.label.toLowerCase().replace(/\s+/g, '-')}`
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <select id={id} value={props.value ?? ''} onChange={(e) => props.onChange(e.target.value)}>
        <option value="">All</option>
        {props.options.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </div>
  )
}
