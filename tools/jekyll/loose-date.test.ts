import { describe, expect, it } from 'vitest'
import { normalizeLooseDate } from './loose-date'

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

  it('reads nothing that is no date', () => {
    expect(normalizeLooseDate('13-13-2017')).toBeNull()
    expect(normalizeLooseDate('2017/13/01')).toBeNull()
    expect(normalizeLooseDate('soon')).toBeNull()
  })
})
