/** How long "복사됨" and the announcement stay, so a second copy is announced again. */
const MESSAGE_MS = 3000

export const CODE_COPY_TEXT = {
  copy: '복사',
  copied: '복사됨',
  announceCopied: '코드를 복사했습니다',
  announceFailed: '코드를 복사하지 못했습니다. 코드를 직접 선택해 복사해 주세요.',
} as const

/** The class of the polite live region (rendered with the post) that announces the result. */
export const CODE_COPY_STATUS_CLASS = 'code-copy-status'

/**
 * Puts a copy button in the bar of every code block of the post body and announces each result
 * once, in the post's polite live region, to screen readers.
 */
export function startCodeCopy(root: Document): () => void {
  const status = root.querySelector<HTMLElement>(`.${CODE_COPY_STATUS_CLASS}`)
  const timers = new Set<ReturnType<typeof setTimeout>>()
  let statusTimer: ReturnType<typeof setTimeout> | undefined
  const announce = (copied: boolean) => {
    if (!status) return
    clearTimeout(statusTimer)
    status.textContent = copied ? CODE_COPY_TEXT.announceCopied : CODE_COPY_TEXT.announceFailed
    statusTimer = setTimeout(() => (status.textContent = ''), MESSAGE_MS)
  }
  const buttons = [...root.querySelectorAll<HTMLElement>('.prose .code-block__bar')].map((bar) => {
    const button = root.createElement('button')
    button.type = 'button'
    button.className = 'code-copy'
    const hidden = root.createElement('span')
    hidden.className = 'sr-only'
    hidden.textContent = '코드 '
    const label = root.createTextNode(CODE_COPY_TEXT.copy)
    button.append(hidden, label)
    let timer: ReturnType<typeof setTimeout> | undefined
    button.addEventListener('click', async () => {
      let ok = true
      try {
        await navigator.clipboard.writeText(bar.nextElementSibling?.textContent ?? '')
      } catch {
        // No clipboard outside secure contexts or without permission; the message says what to do.
        ok = false
      }
      announce(ok)
      label.data = ok ? CODE_COPY_TEXT.copied : CODE_COPY_TEXT.copy
      clearTimeout(timer)
      timers.delete(timer as ReturnType<typeof setTimeout>)
      timer = setTimeout(() => (label.data = CODE_COPY_TEXT.copy), MESSAGE_MS)
      timers.add(timer)
    })
    bar.append(button)
    return button
  })
  return () => {
    clearTimeout(statusTimer)
    for (const timer of timers) clearTimeout(timer)
    for (const button of buttons) button.remove()
  }
}
