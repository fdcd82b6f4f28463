import { toRfc3339 } from '../schema/dates'
import { renderXmlDocument, xmlElement, xmlText } from './xml'

export interface SitemapEntry {
  /** Absolute URL, already percent-encoded (lib/config.ts absoluteUrl). */
  url: string
  lastModified?: string | undefined
}

/**
 * sitemap.xml by the sitemaps.org protocol (urlset/url/loc/lastmod): URLs and dates escaped by
 * lib/site/xml.ts, since Next's own sitemap writer copies them into the XML as they are (`R&D` broke it).
 */
export function renderSitemap(entries: readonly SitemapEntry[]): string {
  return renderXmlDocument(
    xmlElement(
      'urlset',
      { xmlns: 'http://www.sitemaps.org/schemas/sitemap/0.9' },
      entries.map((entry) =>
        xmlElement('url', {}, [
          xmlText('loc', entry.url),
          xmlText('lastmod', entry.lastModified === undefined ? undefined : toRfc3339(entry.lastModified)),
        ]),
      ),
    ),
  )
}
