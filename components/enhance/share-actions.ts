/** What the copy and share buttons say. */
export const SHARE_TEXT = {
  copy: '링크 복사',
  share: '공유하기',
  copied: '링크를 복사했습니다',
  copyFailed: '링크를 복사하지 못했습니다. 주소창의 주소를 복사해 주세요.',
} as const

/** How long the confirmation stays, so the same message can be announced again on the next copy. */
const SHARE_MESSAGE_MS = 4000

/**
 * Wires a post's share section (components/post/share-buttons.tsx renders it on the server):
 * "링크 복사" puts the post's URL on the clipboard and says so in its live region, and
 * "공유하기" is added where the browser has a share sheet.
 */
function wireShare(root: Document, section: HTMLElement): () => void {
  const url = section.dataset.shareUrl ?? ''
  const title = section.dataset.shareTitle ?? root.title
  const copyButton = section.querySelector<HTMLButtonElement>('button[data-copy-link]')
  const status = section.querySelector<HTMLElement>('.share__status')
  const copyItem = copyButton?.closest('li')
  if (!copyButton || !status || !copyItem) return () => undefined

  let timer: ReturnType<typeof setTimeout> | undefined
  const copy = async () => {
    clearTimeout(timer)
    try {
      // Missing outside secure contexts; the catch tells the reader what to do instead.
      await navigator.clipboard.writeText(url)
      status.textContent = SHARE_TEXT.copied
    } catch {
      status.textContent = SHARE_TEXT.copyFailed
    }
    timer = setTimeout(() => (status.textContent = ''), SHARE_MESSAGE_MS)
  }
  copyButton.addEventListener('click', copy)

  // An empty item the server renders for it: a new element elsewhere would not match React's markup.
  const shareItem = section.querySelector<HTMLLIElement>('li.share__native')
  if (shareItem && typeof navigator.share === 'function') {
    const button = root.createElement('button')
    button.type = 'button'
    button.className = copyButton.className
    button.textContent = SHARE_TEXT.share
    button.addEventListener('click', () => {
      // The reader closed the sheet (AbortError) or the share target failed; nothing to do.
      navigator.share({ title, url }).catch(() => undefined)
    })
    shareItem.append(button)
    shareItem.hidden = false
  }
  return () => {
    clearTimeout(timer)
    copyButton.removeEventListener('click', copy)
    if (shareItem) {
      shareItem.replaceChildren()
      shareItem.hidden = true
    }
  }
}

export function startShare(root: Document): () => void {
  const stops = [...root.querySelectorAll<HTMLElement>('section.share[data-share-url]')].map((section) =>
    wireShare(root, section),
  )
  return () => stops.forEach((stop) => stop())
}
