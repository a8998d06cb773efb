const MONTHS: Record<string, number> = {
  jan: 0, feb: 1, mar: 2, apr: 3, may: 4, jun: 5, jul: 6, aug: 7, sep: 8, oct: 9, nov: 10, dec: 11
}
// RFC 5322 §4.3 obsolete zone names, in minutes east of UTC.
const ZONES: Record<string, number> = {
  ut: 0, utc: 0, gmt: 0, z: 0, est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420
}

const RFC_5322 =
  /^(?:[a-z]+,?\s*)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*([+-]\d{4}|[a-z]{1,5})?/i
const ISO_8601 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i

/**
 * The instant an email's Date header (or a .msg time) names. Parsed here rather
 * than by `new Date(text)`, which reads a date without a zone in the computer's
 * own zone: a date without one is read as UTC, as RFC 5322 reads "-0000".
 */
export function parseMailDate(value: string | undefined): Date | undefined {
  if (!value) return undefined
  const text = value.slice(0, 200).replace(/\([^()]*\)/g, ' ').trim()
  const m = RFC_5322.exec(text)
  if (m) {
    const day = Number(m[1])
    const month = MONTHS[m[2]!.toLowerCase()]
    let year = Number(m[3])
    if (m[3]!.length === 2) year += year < 50 ? 2000 : 1900
    else if (m[3]!.length === 3) year += 1900
    const [hour, minute, second] = [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)]
    if (month === undefined || hour > 23 || minute > 59 || second > 60) return undefined
    const local = Date.UTC(year, month, day, hour, minute, Math.min(second, 59))
    if (new Date(local).getUTCDate() !== day) return undefined
    const offset = zoneOffsetMinutes(m[7])
    if (offset === undefined) return undefined
    return sane(new Date(local - offset * 60_000))
  }
  if (ISO_8601.test(text)) return sane(new Date(text))
  return undefined
}

function zoneOffsetMinutes(zone: string | undefined): number | undefined {
  if (!zone) return 0
  const numeric = /^([+-])(\d{2})(\d{2})$/.exec(zone)
  if (numeric) {
    const minutes = Number(numeric[2]) * 60 + Number(numeric[3])
    return Number(numeric[3]) > 59 ? undefined : numeric[1] === '-' ? -minutes : minutes
  }
  // military single letters and unknown names carry no reliable offset
  return ZONES[zone.toLowerCase()] ?? 0
}

function sane(date: Date): Date | undefined {
  const year = date.getUTCFullYear()
  return Number.isNaN(date.getTime()) || year < 1970 || year > 9999 ? undefined : date
}
