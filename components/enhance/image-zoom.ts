/**
 * Large pictures in a post are links to themselves (lib/markdown/image-zoom.ts). Here a plain
 * click opens the picture at full size in a modal `<dialog>` over the page instead of leaving it;
 * Esc, the close button or a click anywhere closes it, and focus returns to the link. A click with
 * a modifier key (new tab, download) is left to the browser.
 */
const LINK = 'a.image-zoom'

/** The dialog, named in the page's language by the post body's `data-zoom-label` and `data-zoom-close`. */
function buildDialog(root: Document, words: DOMStringMap): { dialog: HTMLDialogElement; image: HTMLImageElement } {
  const dialog = root.createElement('dialog')
  dialog.className = 'image-zoom-dialog'
  dialog.setAttribute('aria-label', words.zoomLabel ?? '')
  const close = root.createElement('button')
  close.type = 'button'
  close.className = 'image-zoom-dialog__close'
  close.textContent = words.zoomClose ?? ''
  const image = root.createElement('img')
  image.className = 'image-zoom-dialog__image'
  image.decoding = 'async'
  dialog.append(close, image)
  // Any click inside (the picture, the backdrop, the button) closes: there is nothing else to do.
  dialog.addEventListener('click', () => dialog.close())
  root.body.append(dialog)
  return { dialog, image }
}

export function startImageZoom(root: Document): () => void {
  let built: ReturnType<typeof buildDialog> | null = null
  let opener: HTMLElement | null = null
  const onClick = (event: MouseEvent) => {
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    )
      return
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>(LINK) : null
    if (link === null || typeof HTMLDialogElement === 'undefined') return
    const picture = link.querySelector('img')
    event.preventDefault()
    built ??= buildDialog(root, link.closest<HTMLElement>('.prose')?.dataset ?? {})
    built.image.src = link.href
    built.image.alt = picture?.alt ?? ''
    opener = link
    built.dialog.addEventListener('close', () => opener?.focus(), { once: true })
    built.dialog.showModal()
  }
  root.addEventListener('click', onClick)
  return () => {
    root.removeEventListener('click', onClick)
    built?.dialog.remove()
  }
}
