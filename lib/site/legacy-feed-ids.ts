import { escapeXmlText } from './xml'

/**
 * Old feeds that named one post by different ids. A Jekyll site often had two feed templates written
 * by hand, `atom.xml` with `{{ site.url }}{{ post.id }}` and `rss.xml` with `{{ post.id }}`; each
 * reader keyed its items by the feed it subscribed to. A post keeps one `feed_id` (the first old
 * feed's), and content/legacy-urls.yml's `feed_ids:` lists, per old feed address, the posts that
 * feed named otherwise: `/rss.xml: { <feed_id>: <that feed's id> }`. The build writes the blog's feed
 * at that address with those ids (pipeline/stages/write-legacy-redirects.ts).
 */
export type LegacyFeedIds = ReadonlyMap<string, ReadonlyMap<string, string>>

/** `feed_ids:` of content/legacy-urls.yml: old feed path -> (the post's feed_id -> the old feed's id). */
export function readLegacyFeedIds(data: unknown): LegacyFeedIds {
  const byFeed = new Map<string, Map<string, string>>()
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return byFeed
  for (const [feed, ids] of Object.entries(data as Record<string, unknown>)) {
    if (typeof ids !== 'object' || ids === null || Array.isArray(ids)) continue
    const pairs = Object.entries(ids as Record<string, unknown>).filter(
      (pair): pair is [string, string] => typeof pair[1] === 'string',
    )
    if (pairs.length > 0) byFeed.set(feed, new Map(pairs))
  }
  return byFeed
}

/**
 * The blog's feed (lib/site/feeds.ts wrote it: RSS `<guid>`, Atom `<id>` in each `<entry>`, JSON Feed
 * `items[].id`) with the ids `ids` names replaced. Nothing else changes; an RSS guid's isPermaLink
 * says whether the new id is the item's link, as the feed writer decides it.
 */
export function renameFeedIds(text: string, file: string, ids: ReadonlyMap<string, string>): string {
  if (ids.size === 0) return text
  if (file.endsWith('.json')) {
    const feed = JSON.parse(text) as { items?: { id?: unknown }[] }
    for (const item of feed.items ?? []) {
      const renamed = typeof item.id === 'string' ? ids.get(item.id) : undefined
      if (renamed !== undefined) item.id = renamed
    }
    return `${JSON.stringify(feed, null, 2)}\n`
  }
  const escaped = new Map([...ids].map(([from, to]) => [escapeXmlText(from), escapeXmlText(to)]))
  return text
    .replace(/<item>([\s\S]*?)<\/item>/g, (item, body: string) => {
      const link = /<link>([^<]*)<\/link>/.exec(body)?.[1]
      return item.replace(/<guid isPermaLink="(?:true|false)">([^<]*)<\/guid>/, (guid, id: string) => {
        const renamed = escaped.get(id)
        return renamed === undefined ? guid : `<guid isPermaLink="${renamed === link}">${renamed}</guid>`
      })
    })
    .replace(/<entry>([\s\S]*?)<\/entry>/g, (entry) =>
      entry.replace(/<id>([^<]*)<\/id>/, (whole, id: string) => {
        const renamed = escaped.get(id)
        return renamed === undefined ? whole : `<id>${renamed}</id>`
      }),
    )
}
