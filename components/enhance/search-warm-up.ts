/**
 * The first focus of the header's search box (components/search/search-box.tsx) downloads the
 * index into the browser's cache, so the search page, a full page load away, finds it there.
 */
export function startSearchWarmUp(root: Document): () => void {
  const inputs = [...root.querySelectorAll<HTMLInputElement>('input[data-index-url]')]
  const stops = inputs.map((input) => {
    const url = input.dataset.indexUrl ?? ''
    // A failed warm-up only means the search page downloads the index itself.
    const warm = () => void fetch(url).catch(() => undefined)
    input.addEventListener('focus', warm, { once: true })
    return () => input.removeEventListener('focus', warm)
  })
  return () => stops.forEach((stop) => stop())
}
