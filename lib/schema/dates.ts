import { formatInTimeZone, fromZonedTime } from 'date-fns-tz'

/**
 * Front-matter dates as Jekyll authors write them. Without an offset the wall-clock time is read
 * in the blog's time zone, never the build machine's, so every machine builds the same pages.
 */
const DATE_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i

export type DateResult = { ok: true; iso: string } | { ok: false; reason: string }

function isRealCalendarDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false
  // Day 0 of the next month is the last day of this month; UTC keeps it machine-independent.
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return day <= daysInMonth
}

/**
 * Parses `2019-12-06`, `2019-12-06 01:00`, `2019-12-06 01:00:00`, `2019-12-06T01:00:00+09:00`,
 * `2019-12-06 01:00:00 +0900` or `...Z`, and returns ISO 8601 with the blog's offset
 * (`2019-12-06T01:00:00+09:00`), whatever the machine's TZ.
 */
export function parseFrontMatterDate(raw: string, timeZone: string): DateResult {
  const match = DATE_PATTERN.exec(raw.trim())
  if (!match) {
    return { ok: false, reason: `"${raw}" is not a date in the form YYYY-MM-DD HH:MM:SS` }
  }
  const [, y, mo, d, h = '00', mi = '00', s = '00', fraction, offset] = match
  const year = Number(y)
  const month = Number(mo)
  const day = Number(d)
  if (!isRealCalendarDay(year, month, day)) {
    return { ok: false, reason: `"${raw}" names a day that does not exist` }
  }
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) {
    return { ok: false, reason: `"${raw}" has a time outside 00:00:00-23:59:59` }
  }
  const wallClock = `${y}-${mo}-${d}T${h}:${mi}:${s}${fraction ? `.${fraction.slice(0, 3)}` : ''}`
  let instant: Date
  if (offset) {
    const normalizedOffset = offset.toUpperCase() === 'Z' ? 'Z' : `${offset.slice(0, 3)}:${offset.slice(-2)}`
    instant = new Date(`${wallClock}${normalizedOffset}`)
  } else {
    instant = fromZonedTime(wallClock, timeZone)
  }
  if (Number.isNaN(instant.getTime())) {
    return { ok: false, reason: `"${raw}" could not be read as a date` }
  }
  return { ok: true, iso: formatInTimeZone(instant, timeZone, "yyyy-MM-dd'T'HH:mm:ssXXX") }
}

/** `2019-12-06T01:00:00+09:00` -> `2019년 12월 6일`, in the blog's time zone. */
export function formatKoreanDate(iso: string, timeZone: string): string {
  return formatInTimeZone(new Date(iso), timeZone, 'yyyy년 M월 d일')
}

/** The calendar day (YYYY-MM-DD) of an instant in the given time zone. */
export function toZonedDay(instant: Date, timeZone: string): string {
  return formatInTimeZone(instant, timeZone, 'yyyy-MM-dd')
}

/** Year and month (`2019`, `12`) of an ISO date in the blog's time zone, for the archive. */
export function toZonedYearMonth(iso: string, timeZone: string): { year: string; month: string } {
  const [year = '', month = ''] = formatInTimeZone(new Date(iso), timeZone, 'yyyy-MM').split('-')
  return { year, month }
}

const RFC_3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/

/** RFC 3339 (Atom, JSON Feed, sitemaps' W3C datetime): the date as written when it already is, with its offset; else in UTC. */
export function toRfc3339(date: string): string {
  return RFC_3339.test(date) ? date : new Date(date).toISOString()
}
