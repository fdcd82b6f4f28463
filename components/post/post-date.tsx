import { formatPostDate } from '@/lib/site/format'

/** A machine-readable date with the calendar form of the page's language as its text (lib/site/format.ts). */
export function PostDate({ iso }: { iso: string }) {
  return <time dateTime={iso}>{formatPostDate(iso)}</time>
}
