/** How long "복사됨" and the announcement stay, so a second copy is announced again. */
const MESSAGE_MS = 3000

/**
 * The class of the polite live region (rendered with the post) that announces the result; its
 * `data-copied` and `data-failed` are what it says.
 */
export const CODE_COPY_STATUS_CLASS = 'code-copy-status'

/**
 * Puts a copy button in the bar of every code block of the post body and announces each result
 * once, in the post's polite live region, to screen readers. The words are the server's, in the
 * page's language: the button's are data-* attributes of the body (`.prose`, components/post/post-body.tsx).
 */
export function startCodeCopy(root: Document): () => void {
  const status = root.querySelector<HTMLElement>(`.${CODE_COPY_STATUS_CLASS}`)
  const timers = new Set<ReturnType<typeof setTimeout>>()
  let statusTimer: ReturnType<typeof setTimeout> | undefined
  const announce = (copied: boolean) => {
    if (!status) return
    clearTimeout(statusTimer)
    status.textContent = (copied ? status.dataset.copied : status.dataset.failed) ?? ''
    statusTimer = setTimeout(() => (status.textContent = ''), MESSAGE_MS)
  }
  const buttons = [...root.querySelectorAll<HTMLElement>('.prose .code-block__bar')].map((bar) => {
    const words: DOMStringMap = bar.closest<HTMLElement>('.prose')?.dataset ?? {}
    const copy = words.copy ?? ''
    const button = root.createElement('button')
    button.type = 'button'
    button.className = 'code-copy'
    // What only screen readers hear around the visible word: "코드 복사", "Copy code".
    const hidden = (text = '') => {
      const span = root.createElement('span')
      span.className = 'sr-only'
      span.textContent = text
      return text === '' ? [] : [span]
    }
    const label = root.createTextNode(copy)
    button.append(...hidden(words.copyBefore), label, ...hidden(words.copyAfter))
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
      label.data = ok ? (words.copied ?? copy) : copy
      clearTimeout(timer)
      timers.delete(timer as ReturnType<typeof setTimeout>)
      timer = setTimeout(() => (label.data = copy), MESSAGE_MS)
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
