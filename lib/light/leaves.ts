/**
 * The interactive parts of a light page (LIGHT_PAGES=1), which has no React in the browser: the
 * header search box warms the index when focused (its form already submits to /search/ without
 * JavaScript), "링크 복사" copies the post's address, and "공유하기" appears where the browser
 * has a share sheet. Behaviour and wording match the React leaves in components/.
 * Bundled on its own by scripts/light-pages.ts; imports nothing that reads the environment.
 */
import { SHARE_MESSAGE_MS, SHARE_TEXT } from '../share-messages'

/** The first focus of the header box fetches the index, so the search page finds it in the cache. */
export function warmSearchIndex(root: ParentNode): void {
  for (const input of root.querySelectorAll<HTMLInputElement>('input[data-index-url]')) {
    const url = input.dataset.indexUrl
    if (url) input.addEventListener('focus', () => void fetch(url).catch(() => undefined), { once: true })
  }
}

/** Wires the copy button of a share section and adds the share-sheet button where there is one. */
export function wireShare(section: HTMLElement, navigatorLike: Pick<Navigator, 'clipboard' | 'share'> = navigator): void {
  const url = section.dataset.shareUrl
  const title = section.dataset.shareTitle ?? document.title
  const status = section.querySelector<HTMLElement>('.share__status')
  const copyItem = status?.closest('li')
  const copyButton = copyItem?.querySelector('button')
  if (!url || !status || !copyItem || !copyButton) return

  let timer: ReturnType<typeof setTimeout> | undefined
  copyButton.addEventListener('click', async () => {
    clearTimeout(timer)
    try {
      await navigatorLike.clipboard.writeText(url)
      status.textContent = SHARE_TEXT.copied
    } catch {
      status.textContent = SHARE_TEXT.copyFailed
    }
    timer = setTimeout(() => {
      status.textContent = ''
    }, SHARE_MESSAGE_MS)
  })

  if (typeof navigatorLike.share !== 'function') return
  const item = document.createElement('li')
  const button = document.createElement('button')
  button.type = 'button'
  button.className = copyButton.className
  button.textContent = SHARE_TEXT.share
  button.addEventListener('click', () => {
    // The reader closed the sheet (AbortError) or the share target failed; nothing to do.
    navigatorLike.share({ title, url }).catch(() => undefined)
  })
  item.append(button)
  copyItem.before(item)
}

/** Runs every leaf on the page. */
export function startLeaves(root: Document = document): void {
  warmSearchIndex(root)
  for (const section of root.querySelectorAll<HTMLElement>('section.share[data-share-url]')) wireShare(section)
}
