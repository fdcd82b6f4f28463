/** Pictures in post bodies and post cards; old posts hotlink many that are gone. */
const WATCHED = '.prose img, img.card-picture__image'

/**
 * A picture that failed leaves its alt text in a box, or nothing if it had none: a card's picture
 * (alt="") is hidden and uncovers the brand pattern drawn behind it (components/post/card-picture.tsx).
 */
function collapse(image: HTMLImageElement): void {
  const alt = image.alt.trim()
  if (alt === '') {
    // A paragraph that held only this picture would leave an empty gap behind.
    const parent = image.parentElement
    const holder =
      parent && parent.matches('.prose p') && parent.textContent?.trim() === '' && parent.children.length === 1
        ? parent
        : image
    holder.hidden = true
    return
  }
  const box = document.createElement('span')
  box.className = 'image-missing'
  box.textContent = alt
  image.replaceWith(box)
}

function isBroken(image: HTMLImageElement): boolean {
  return image.complete && image.naturalWidth === 0 && image.getAttribute('src') !== null
}

/**
 * Listens for failed image loads (errors do not bubble, hence the capture phase) and also
 * collapses the images that failed before the page's script ran.
 */
export function startImageFallback(root: Document): () => void {
  const onError = (event: Event) => {
    const target = event.target
    if (target instanceof HTMLImageElement && target.matches(WATCHED)) collapse(target)
  }
  root.addEventListener('error', onError, true)
  root.querySelectorAll<HTMLImageElement>(WATCHED).forEach((image) => {
    if (isBroken(image)) collapse(image)
  })
  return () => root.removeEventListener('error', onError, true)
}
