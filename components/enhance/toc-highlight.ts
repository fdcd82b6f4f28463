/** A section counts as being read once its heading passes this far down the viewport. */
const READING_LINE = 0.25

/** The id of the section being read: the last heading above the reading line. */
function currentSection(headings: HTMLElement[]): string | null {
  const atBottom = window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2
  // At the very end short last sections never reach the line; the last visible heading wins.
  const line = atBottom ? window.innerHeight : window.innerHeight * READING_LINE
  let current: string | null = null
  for (const heading of headings) {
    if (heading.getBoundingClientRect().top > line) break
    current = heading.id
  }
  return current
}

/**
 * Marks the table-of-contents links (both renderings) of the section being read with
 * aria-current, updated at most once a frame while scrolling.
 */
export function startTocHighlight(root: Document): () => void {
  const links = [...root.querySelectorAll<HTMLAnchorElement>('.toc a[href^="#"]')]
  const ids = [...new Set(links.map((link) => (link.getAttribute('href') ?? '').slice(1)))]
  const headings = ids
    .map((id) => root.getElementById(id))
    .filter((heading): heading is HTMLElement => heading !== null)
  if (headings.length === 0) return () => undefined
  let frame = 0
  let shown: string | null | undefined
  const update = () => {
    frame = 0
    const id = currentSection(headings)
    if (id === shown) return
    shown = id
    for (const link of links) {
      if (link.getAttribute('href') === `#${id}`) link.setAttribute('aria-current', 'location')
      else link.removeAttribute('aria-current')
    }
  }
  const schedule = () => {
    if (frame === 0) frame = requestAnimationFrame(update)
  }
  update()
  window.addEventListener('scroll', schedule, { passive: true })
  window.addEventListener('resize', schedule)
  return () => {
    cancelAnimationFrame(frame)
    window.removeEventListener('scroll', schedule)
    window.removeEventListener('resize', schedule)
  }
}
