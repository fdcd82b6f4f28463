import type { MetadataRoute } from 'next'
import { edition, editionUrl } from '@/lib/config'
import { getEditions } from '@/lib/content'

export const dynamic = 'force-static'

/** Crawlers read robots.txt at the host's root only: the first edition's names every edition's sitemap. */
export default function robots(): MetadataRoute.Robots {
  const editions = edition.path === '' ? getEditions() : [edition]
  return {
    rules: { userAgent: '*', allow: '/' },
    sitemap: editions.map((each) => editionUrl(each, '/sitemap.xml')),
  }
}
