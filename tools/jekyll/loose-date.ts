import { parseFrontMatterDate } from '../../lib/schema/dates'

/**
 * Dates Jekyll accepted in front matter and file names that the blog's stricter reader does not:
 * Jekyll hands a date that is not YAML's own timestamp to Ruby's Time.parse, which reads month
 * names (`September 8, 2014`), one-digit months and days (`2017-11-8`) and zone abbreviations
 * (`2016-03-21 12:00 EDT`). This turns each into the form the blog reads, with the same instant.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

/**
 * Zone abbreviations Ruby's Time.parse turns into an offset (Time::ZoneOffset). Any other name
 * (`CEST`, `KST`) it read as no zone at all: the time is on the site's clock (Jekyll's `timezone`).
 */
const ZONES: Readonly<Record<string, string>> = {
  UTC: '+0000',
  UT: '+0000',
  GMT: '+0000',
  Z: '+0000',
  EST: '-0500',
  EDT: '-0400',
  CST: '-0600',
  CDT: '-0500',
  MST: '-0700',
  MDT: '-0600',
  PST: '-0800',
  PDT: '-0700',
}

const pad = (value: string) => value.padStart(2, '0')

function monthNumber(name: string): number | null {
  const index = MONTHS.indexOf(name.slice(0, 3).toLowerCase())
  return index === -1 ? null : index + 1
}

/** `12:00`, `12:00:30`, `3:05 pm` → `HH:MM:SS`; null when it is no time of day. */
function readTime(text: string): string | null {
  const match = /^(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*([ap]\.?m\.?)?$/i.exec(text.trim())
  if (!match) return null
  const [, h = '0', m = '00', s = '00', half] = match
  let hour = Number(h)
  if (half && /^p/i.test(half) && hour < 12) hour += 12
  if (half && /^a/i.test(half) && hour === 12) hour = 0
  return `${pad(String(hour))}:${m}:${s}`
}

/** `+09:00`, `+0900`, `EDT` → `+0900`; '' for none; null for what is no zone Time.parse knows. */
function readZone(text: string): string | null {
  const trimmed = text.trim()
  if (trimmed === '') return ''
  const numeric = /^([+-])(\d{1,2}):?(\d{2})$/.exec(trimmed)
  if (numeric) return `${numeric[1]}${pad(numeric[2] ?? '')}${numeric[3]}`
  return ZONES[trimmed.toUpperCase()] ?? null
}

/**
 * The date in the form `YYYY-MM-DD HH:MM:SS` (with ` +hhmm` when it named a zone) when Jekyll
 * would have read it but the blog would not; null when it is already in the blog's form or is
 * nothing Jekyll read as a date either.
 */
export function normalizeLooseDate(raw: string): string | null {
  const text = raw.trim().replace(/\s+/g, ' ')
  let day: { y: string; m: string; d: string } | null = null
  let rest = ''
  const numeric = /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?:[T ](.*))?$/.exec(text)
  // Time.parse reads `11-9-2017`, `11/9/2017` and `11.9.2017` day first: 11 September.
  const numericDayFirst = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?: (.*))?$/.exec(text)
  const named = /^(?:[A-Za-z]+,? )?([A-Za-z]{3,})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})(?:,? (.*))?$/.exec(text)
  const dayFirst = /^(?:[A-Za-z]+,? )?(\d{1,2}) ([A-Za-z]{3,})\.?,? (\d{4})(?:,? (.*))?$/.exec(text)
  // What the `date` command prints: `Fri Sep 3 11:21:31 CEST 2021`, the year last.
  const yearLast =
    /^(?:[A-Za-z]+,? )?([A-Za-z]{3,})\.? (\d{1,2}) (\d{1,2}:\d{2}(?::\d{2})?)(?: ([A-Za-z]+|[+-]\d{2}:?\d{2}))? (\d{4})$/.exec(
      text,
    )
  if (yearLast) {
    const month = monthNumber(yearLast[1] ?? '')
    if (month !== null) day = { y: yearLast[5] ?? '', m: String(month), d: yearLast[2] ?? '' }
    rest = `${yearLast[3] ?? ''} ${yearLast[4] ?? ''}`
  } else if (numeric) {
    day = { y: numeric[1] ?? '', m: numeric[3] ?? '', d: numeric[4] ?? '' }
    rest = numeric[5] ?? ''
  } else if (numericDayFirst) {
    day = { y: numericDayFirst[4] ?? '', m: numericDayFirst[3] ?? '', d: numericDayFirst[1] ?? '' }
    rest = numericDayFirst[5] ?? ''
  } else if (named) {
    const month = monthNumber(named[1] ?? '')
    if (month !== null) day = { y: named[3] ?? '', m: String(month), d: named[2] ?? '' }
    rest = named[4] ?? ''
  } else if (dayFirst) {
    const month = monthNumber(dayFirst[2] ?? '')
    if (month !== null) day = { y: dayFirst[3] ?? '', m: String(month), d: dayFirst[1] ?? '' }
    rest = dayFirst[4] ?? ''
  }
  if (day === null || Number(day.m) < 1 || Number(day.m) > 12 || Number(day.d) < 1 || Number(day.d) > 31) return null
  // Time.parse builds the time as Time.local does: a day past the month's end (`2016-06-31`) runs on
  // into the next month (1 July), which is where Jekyll dated and filed the post.
  const calendar = new Date(Date.UTC(Number(day.y), Number(day.m) - 1, Number(day.d)))
  day = {
    y: String(calendar.getUTCFullYear()),
    m: String(calendar.getUTCMonth() + 1),
    d: String(calendar.getUTCDate()),
  }
  // The time is everything up to the zone: `12:00 EDT`, `12:00:00 -0400`, `3:05 pm`.
  const parts = /^(\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:\s*[ap]\.?m\.?)?)?\s*(.*)$/i.exec(rest.trim())
  const time = parts?.[1] ? readTime(parts[1]) : '00:00:00'
  const given = readZone(parts?.[2] ?? '')
  // After a time, what Time.parse did not read as a zone (a name it does not know, `CEST`, or the
  // rest of a time it stopped reading, `00:10::00 -03:00`) left the time on the site's clock.
  if (time === null || (given === null && !parts?.[1])) return null
  const zone = given ?? ''
  const result = `${day.y}-${pad(day.m)}-${pad(day.d)} ${time}${zone === '' ? '' : ` ${zone}`}`
  // Compared with the value as written: runs of spaces (`2021-07-22  21:00:00`, which YAML reads) are no form the blog reads.
  return result === raw.trim() ? null : result
}

/** A post file name with a one-digit month or day (`2017-1-5-x.md`), which Jekyll read, padded (`2017-01-05-x.md`). */
export function padPostFileName(name: string): string {
  return name.replace(
    /^(\d{4})-(\d{1,2})-(\d{1,2})-/,
    (_, y: string, m: string, d: string) => `${y}-${pad(m)}-${pad(d)}-`,
  )
}

/**
 * The instant Jekyll read from a date as written, in `zone` when it names none: the blog's own form,
 * else a form Ruby's Time.parse or YAML took (normalizeLooseDate), which `loose` then holds; null
 * when Jekyll read no date there either.
 */
export function readJekyllDate(written: string, zone: string): { iso: string; loose: string | null } | null {
  const exact = parseFrontMatterDate(written, zone)
  if (exact.ok) return { iso: exact.iso, loose: null }
  const loose = normalizeLooseDate(written)
  const read = loose === null ? null : parseFrontMatterDate(loose, zone)
  return read?.ok ? { iso: read.iso, loose } : null
}
