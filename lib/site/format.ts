import { formatKoreanDate } from '../schema/dates'
import { site } from '../config'

/** A post date as readers see it: `2019년 12월 6일`. */
export function formatPostDate(iso: string): string {
  return formatKoreanDate(iso, site.timeZone)
}

/** `8분` — reading time label. */
export function formatReadingTime(minutes: number): string {
  return `${minutes}분`
}
