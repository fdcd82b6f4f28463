import { site } from '../config'
import { t } from '../i18n'

/** A post date as readers see it, in the blog's time zone: `2019년 12월 6일`, `December 6, 2019`. */
export function formatPostDate(iso: string): string {
  return t.date(iso, site.timeZone)
}

/** The reading time label: `8분 읽기`, `8 min read`. */
export function formatReadingTime(minutes: number): string {
  return t.readingTime(minutes)
}
