/**
 * The first focus of the header's search link, or a pointer over it (components/layout/site-header.tsx),
 * downloads the index into the browser's cache, so the search page, a full page load away, finds it there.
 */
export function startSearchWarmUp(root: Document): () => void {
  const inputs = [...root.querySelectorAll<HTMLElement>('[data-index-url]')]
  const stops = inputs.map((input) => {
    const url = input.dataset.indexUrl ?? ''
    // A failed warm-up only means the search page downloads the index itself.
    let warmed = false
    const warm = () => {
      if (warmed) return
      warmed = true
      void fetch(url).catch(() => undefined)
    }
    input.addEventListener('focus', warm)
    input.addEventListener('pointerenter', warm)
    return () => {
      input.removeEventListener('focus', warm)
      input.removeEventListener('pointerenter', warm)
    }
  })
  return () => stops.forEach((stop) => stop())
}
