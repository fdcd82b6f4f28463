import { describe, expect, it } from 'vitest'
import { normalizeLooseDate, readJekyllDate } from './loose-date'

// Each expectation is what Ruby's Time.parse (which Jekyll hands such a date) printed for it.
describe('normalizeLooseDate', () => {
  it('reads numbers written day first, as Time.parse does', () => {
    expect(normalizeLooseDate('11-9-2017')).toBe('2017-09-11 00:00:00')
    expect(normalizeLooseDate('11/9/2017')).toBe('2017-09-11 00:00:00')
    expect(normalizeLooseDate('11.9.2017')).toBe('2017-09-11 00:00:00')
    expect(normalizeLooseDate('31-12-2017 10:30')).toBe('2017-12-31 10:30:00')
  })

  it('reads a year first with slashes or one-digit parts, and leaves the blog’s own form alone', () => {
    expect(normalizeLooseDate('2017/9/11')).toBe('2017-09-11 00:00:00')
    expect(normalizeLooseDate('2017-11-8')).toBe('2017-11-08 00:00:00')
    expect(normalizeLooseDate('2017-11-08 00:00:00')).toBeNull()
  })

  it('runs a day past the month’s end on into the next month, as Time.parse (Time.local) did', () => {
    expect(normalizeLooseDate('2016-06-31')).toBe('2016-07-01 00:00:00')
    expect(normalizeLooseDate('2015-02-30')).toBe('2015-03-02 00:00:00')
    expect(normalizeLooseDate('2016-02-31')).toBe('2016-03-02 00:00:00')
    expect(normalizeLooseDate('2016-04-31 09:00 -0400')).toBe('2016-05-01 09:00:00 -0400')
  })

  it('reads nothing that is no date', () => {
    expect(normalizeLooseDate('13-13-2017')).toBeNull()
    expect(normalizeLooseDate('2017/13/01')).toBeNull()
    expect(normalizeLooseDate('soon')).toBeNull()
  })
})

describe('readJekyllDate', () => {
  it('reads the instant Jekyll read, in the site zone when the date names none, and says which loose form it was', () => {
    const seoul = readJekyllDate('2020-03-01 09:00:00', 'Asia/Seoul')
    expect(new Date(seoul?.iso ?? '').toISOString()).toBe('2020-03-01T00:00:00.000Z')
    expect(seoul?.loose).toBeNull()
    expect(new Date(readJekyllDate('September 8, 2014', 'UTC')?.iso ?? '').toISOString()).toBe(
      '2014-09-08T00:00:00.000Z',
    )
    expect(readJekyllDate('September 8, 2014', 'UTC')?.loose).toBe('2014-09-08 00:00:00')
    expect(readJekyllDate('someday', 'UTC')).toBeNull()
  })
})
