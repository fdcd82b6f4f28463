import { sectionMatch } from '@/lib/site/nav-section'

function pathOf(href: string, base: string): string {
  const path = decodeURI(new URL(href).pathname)
  return path.startsWith(base) ? path.slice(base.length) || '/' : path
}

/**
 * Marks the menu item of the section the reader is in with aria-current (the header is shared by
 * every page, so the server does not know which one is open): `page` on the section's own page,
 * `true` below it (lib/site/nav-section.ts). Paths are compared without the base path.
 */
export function startCurrentSection(root: Document): () => void {
  const links = [...root.querySelectorAll<HTMLAnchorElement>('.site-nav a')]
  const home = root.querySelector<HTMLAnchorElement>('.site-header .brand')
  if (!home || links.length === 0) return () => undefined
  // The home link is the base path with its trailing slash: '/' or '/blog/'.
  const base = decodeURI(new URL(home.href).pathname).replace(/\/$/, '')
  const here = pathOf(root.location.href, base)
  for (const link of links) {
    const match = sectionMatch(pathOf(link.href, base), link.dataset.section, here)
    if (match) link.setAttribute('aria-current', match)
  }
  return () => links.forEach((link) => link.removeAttribute('aria-current'))
}
