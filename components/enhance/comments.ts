import { currentTheme } from './theme-toggle'

const DARK_QUERY = '(prefers-color-scheme: dark)'
/** The attribute naming the comment service's script; every other data-* attribute of the thread is the script's configuration. */
const SCRIPT_ATTRIBUTE = 'data-comments-script'

/**
 * The comment section's button: the comment service's script (giscus) is added only when the reader
 * presses it ("댓글 보기", which the server renders), so reading a post asks no third party for
 * anything. The thread then loads in place, in the blog's current theme, and follows the theme
 * toggle and the system scheme after.
 */
function wireComments(root: Document, section: HTMLElement): () => void {
  const button = section.querySelector<HTMLButtonElement>('button[data-comments-load]')
  const thread = section.querySelector<HTMLElement>(`[${SCRIPT_ATTRIBUTE}]`)
  const src = thread?.getAttribute(SCRIPT_ATTRIBUTE) ?? ''
  if (!button || !thread || !URL.canParse(src)) return () => undefined
  const origin = new URL(src).origin

  const sendTheme = () => {
    const frame = thread.querySelector<HTMLIFrameElement>('iframe')
    frame?.contentWindow?.postMessage({ giscus: { setConfig: { theme: currentTheme(root) } } }, origin)
  }
  const observer = new MutationObserver(sendTheme)
  const media = window.matchMedia(DARK_QUERY)

  const load = () => {
    const script = root.createElement('script')
    for (const attribute of thread.attributes) {
      if (attribute.name.startsWith('data-') && attribute.name !== SCRIPT_ATTRIBUTE)
        script.setAttribute(attribute.name, attribute.value)
    }
    script.setAttribute('data-theme', currentTheme(root))
    script.crossOrigin = 'anonymous'
    script.async = true
    script.src = src
    thread.append(script)
    button.hidden = true
    observer.observe(root.documentElement, { attributes: true, attributeFilter: ['data-theme'] })
    media.addEventListener('change', sendTheme)
  }
  button.addEventListener('click', load, { once: true })
  button.hidden = false
  return () => {
    button.removeEventListener('click', load)
    button.hidden = true
    observer.disconnect()
    media.removeEventListener('change', sendTheme)
  }
}

export function startComments(root: Document): () => void {
  const stops = [...root.querySelectorAll<HTMLElement>('section.comments')].map((section) =>
    wireComments(root, section),
  )
  return () => stops.forEach((stop) => stop())
}
