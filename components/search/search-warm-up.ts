/**
 * Light pages only (components/layout/light-page-entry.ts): the first focus of the header's search box
 * downloads the index into the browser's cache, so the search page, a full page load away,
 * finds it there. Under Next's runtime the header box itself loads the index into memory
 * (components/search/search-box.tsx), which the client-side navigation keeps.
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
