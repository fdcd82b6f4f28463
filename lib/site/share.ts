import { absoluteUrl } from '../config'

export interface ShareLink {
  /** The network's name, shown on the link. */
  network: string
  href: string
}

/** The absolute, percent-encoded URL of a site page, as readers share it: '/글-1/' -> 'https://…/%EA%B8%80-1/'. */
export function shareableUrl(path: string): string {
  return new URL(absoluteUrl(path)).href
}

function withQuery(endpoint: string, query: Record<string, string>): string {
  const url = new URL(endpoint)
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value)
  return url.href
}

/**
 * Plain share links (no script of theirs on our pages): each network's own share page, with the
 * post's URL (and, where the network takes it, its title) in the query string.
 */
export function shareLinks(url: string, title: string): ShareLink[] {
  return [
    { network: 'X', href: withQuery('https://x.com/intent/tweet', { url, text: title }) },
    { network: 'Facebook', href: withQuery('https://www.facebook.com/sharer/sharer.php', { u: url }) },
    { network: 'LinkedIn', href: withQuery('https://www.linkedin.com/sharing/share-offsite/', { url }) },
  ]
}
