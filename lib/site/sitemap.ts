import { toRfc3339 } from '../schema/dates'
import { renderXmlDocument, xmlElement, xmlText } from './xml'

export interface SitemapEntry {
  /** Absolute URL, already percent-encoded (lib/config.ts absoluteUrl). */
  url: string
  lastModified?: string | undefined
  /** The page in the blog's other languages, `hreflang` -> absolute URL, itself included (lib/site/editions.ts). */
  alternates?: Readonly<Record<string, string>> | undefined
}

/**
 * sitemap.xml by the sitemaps.org protocol (urlset/url/loc/lastmod): URLs and dates escaped by
 * lib/site/xml.ts, since Next's own sitemap writer copies them into the XML as they are (`R&D` broke it).
 * A page in several languages lists each with `<xhtml:link rel="alternate" hreflang>`, as Google's
 * sitemap extension for localized pages describes.
 */
export function renderSitemap(entries: readonly SitemapEntry[]): string {
  return renderXmlDocument(
    xmlElement(
      'urlset',
      {
        xmlns: 'http://www.sitemaps.org/schemas/sitemap/0.9',
        'xmlns:xhtml': entries.some((entry) => entry.alternates !== undefined)
          ? 'http://www.w3.org/1999/xhtml'
          : undefined,
      },
      entries.map((entry) =>
        xmlElement('url', {}, [
          xmlText('loc', entry.url),
          xmlText('lastmod', entry.lastModified === undefined ? undefined : toRfc3339(entry.lastModified)),
          ...Object.entries(entry.alternates ?? {}).map(([hreflang, href]) =>
            xmlElement('xhtml:link', { rel: 'alternate', hreflang, href }),
          ),
        ]),
      ),
    ),
  )
}
