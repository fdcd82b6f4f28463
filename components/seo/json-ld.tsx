import { serializeJsonLd } from '@/lib/site/json-ld'

/** Structured data for search engines; a data block, not a script, and escaped against break-out. */
export function JsonLd({ data }: { data: unknown }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />
}
