import { formatPostDate } from '@/lib/site/format'

/** A machine-readable date with the Korean calendar form as its text. */
export function PostDate({ iso }: { iso: string }) {
  return <time dateTime={iso}>{formatPostDate(iso)}</time>
}
