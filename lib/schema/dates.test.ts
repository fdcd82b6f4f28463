import { describe, expect, it } from 'vitest'
import { formatKoreanDate, parseFrontMatterDate, toZonedDay } from './dates'

const SEOUL = 'Asia/Seoul'

describe('parseFrontMatterDate', () => {
  it('reads a date without an offset as Seoul wall-clock time', () => {
    expect(parseFrontMatterDate('2019-12-06 01:00:00', SEOUL)).toEqual({
      ok: true,
      iso: '2019-12-06T01:00:00+09:00',
    })
  })

  it('accepts the forms Jekyll authors write', () => {
    const cases: Record<string, string> = {
      '2019-12-06': '2019-12-06T00:00:00+09:00',
      '2019-12-06 01:00': '2019-12-06T01:00:00+09:00',
      '2019-12-06T01:00:00': '2019-12-06T01:00:00+09:00',
      '2019-12-06T01:00:00+09:00': '2019-12-06T01:00:00+09:00',
      '2019-12-06 01:00:00 +0900': '2019-12-06T01:00:00+09:00',
      '2019-12-05T16:00:00Z': '2019-12-06T01:00:00+09:00',
      '2019-12-05 08:00:00 -0800': '2019-12-06T01:00:00+09:00',
      '2019-12-06T01:00:00.250+09:00': '2019-12-06T01:00:00+09:00',
      // What the Jekyll importer writes for an old site that read dates as UTC: the same instant.
      '2019-12-06 01:00:00 +0000': '2019-12-06T10:00:00+09:00',
    }
    for (const [raw, iso] of Object.entries(cases)) {
      expect(parseFrontMatterDate(raw, SEOUL), raw).toEqual({ ok: true, iso })
    }
  })

  it('rejects what is not a real date, with a reason', () => {
    for (const raw of ['yesterday', '2019-13-01', '2019-02-30', '2019-12-06 25:00', '06/12/2019', '']) {
      const result = parseFrontMatterDate(raw, SEOUL)
      expect(result.ok, raw).toBe(false)
      if (!result.ok) expect(result.reason).toContain(raw)
    }
  })

  it('gives the same result whatever the machine time zone (run under TZ=UTC and TZ=Asia/Seoul)', () => {
    // npm run test:unit runs the suite once under TZ=UTC and once under TZ=Asia/Seoul.
    expect(parseFrontMatterDate('2019-12-06 01:00:00', SEOUL)).toEqual({
      ok: true,
      iso: '2019-12-06T01:00:00+09:00',
    })
    expect(formatKoreanDate('2019-12-06T01:00:00+09:00', SEOUL)).toBe('2019년 12월 6일')
    expect(toZonedDay(new Date('2019-12-05T16:30:00Z'), SEOUL)).toBe('2019-12-06')
  })
})

describe('formatKoreanDate', () => {
  it('writes the Korean calendar form without leading zeros', () => {
    expect(formatKoreanDate('2020-01-02T09:00:00+09:00', SEOUL)).toBe('2020년 1월 2일')
  })
})
