import type { Segment } from '@/lib/search/excerpt'

/** Text with the matched runs in `<mark>`. */
export function HighlightedText({ segments }: { segments: readonly Segment[] }) {
  return segments.map((segment, i) => (segment.mark ? <mark key={i}>{segment.text}</mark> : segment.text))
}
