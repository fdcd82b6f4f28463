/**
 * The header's language switch (components/edition/language-switch.tsx) leads to the other
 * edition's home. On a page that names its counterpart in that language (`<link rel="alternate"
 * hreflang>` in its head: a post and its translation, a list's index), it leads there instead. The
 * head's address is absolute (the site's own URL); only its path is taken, so a preview on another
 * host stays on that host.
 */
export function startLanguageSwitch(root: Document): () => void {
  const restores = [...root.querySelectorAll<HTMLAnchorElement>('.language-switch a[hreflang]')].map((link) => {
    const language = link.getAttribute('hreflang') ?? ''
    const alternate = root.head.querySelector<HTMLLinkElement>(
      `link[rel="alternate"][hreflang="${CSS.escape(language)}"]`,
    )
    const home = link.getAttribute('href') ?? ''
    if (alternate === null) return () => undefined
    try {
      link.setAttribute('href', new URL(alternate.href).pathname)
    } catch {
      return () => undefined
    }
    return () => link.setAttribute('href', home)
  })
  return () => restores.forEach((restore) => restore())
}
