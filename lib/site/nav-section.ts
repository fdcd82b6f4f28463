/**
 * Which menu item stands for the page at `here` (paths without the base path): `page` on the
 * section's own page, `true` below it, null elsewhere. Home (`/`) is no prefix of every page;
 * `also` is one more path the item stands for (/categories/ under 태그, /page/ under 최신 글).
 */
export function sectionMatch(linkPath: string, also: string | undefined, here: string): 'page' | 'true' | null {
  if (here === linkPath) return 'page'
  const prefixes = [...(linkPath === '/' ? [] : [linkPath]), ...(also ? [also] : [])]
  return prefixes.some((prefix) => here.startsWith(prefix)) ? 'true' : null
}
