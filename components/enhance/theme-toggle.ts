import {
  readStoredTheme,
  THEME_COLOR_CHOICE_ID,
  THEME_COLORS,
  THEME_STORAGE_KEY,
  type Theme,
} from '@/lib/site/theme-script'

const DARK_QUERY = '(prefers-color-scheme: dark)'
/** Where the header keeps the button's place (components/layout/site-header.tsx). */
export const THEME_TOGGLE_SLOT = 'site-header__theme'
const ICON_PATH = 'M20 14.5A8.5 8.5 0 0 1 9.5 4a8.5 8.5 0 1 0 10.5 10.5Z'
const SVG = 'http://www.w3.org/2000/svg'

/** What the head script (THEME_SCRIPT) does, for the toggle: a chosen theme, or null to follow the system again. */
function applyTheme(root: Document, theme: Theme | null): void {
  let meta = root.getElementById(THEME_COLOR_CHOICE_ID)
  if (theme === null) {
    root.documentElement.removeAttribute('data-theme')
    meta?.remove()
    return
  }
  root.documentElement.setAttribute('data-theme', theme)
  if (!meta) {
    meta = root.createElement('meta')
    meta.setAttribute('name', 'theme-color')
    meta.id = THEME_COLOR_CHOICE_ID
    root.head.prepend(meta)
  }
  meta.setAttribute('content', THEME_COLORS[theme])
}

/** The theme on screen: the stored choice the head script applied, else the system's. */
export function currentTheme(root: Document): Theme {
  const chosen = root.documentElement.getAttribute('data-theme')
  if (chosen === 'light' || chosen === 'dark') return chosen
  return window.matchMedia(DARK_QUERY).matches ? 'dark' : 'light'
}

function createButton(root: Document): HTMLButtonElement {
  const button = root.createElement('button')
  button.type = 'button'
  button.className = 'theme-toggle'
  const svg = root.createElementNS(SVG, 'svg')
  for (const [name, value] of Object.entries({
    'aria-hidden': 'true',
    viewBox: '0 0 24 24',
    width: '20',
    height: '20',
    focusable: 'false',
  }))
    svg.setAttribute(name, value)
  const path = root.createElementNS(SVG, 'path')
  path.setAttribute('d', ICON_PATH)
  svg.append(path)
  const label = root.createElement('span')
  label.className = 'sr-only'
  label.textContent = '어두운 테마'
  button.append(svg, label)
  return button
}

/**
 * "어두운 테마" on/off in the header: overrides the system scheme and remembers it across visits
 * and tabs. The server cannot know the reader's theme, so the button appears once the page's
 * script runs; without JavaScript the system's scheme applies.
 */
export function startThemeToggle(root: Document): () => void {
  const slot = root.querySelector<HTMLElement>(`.${THEME_TOGGLE_SLOT}`)
  if (!slot) return () => undefined
  const button = createButton(root)
  const media = window.matchMedia(DARK_QUERY)
  const show = () => button.setAttribute('aria-pressed', String(currentTheme(root) === 'dark'))
  const toggle = () => {
    const theme: Theme = currentTheme(root) === 'dark' ? 'light' : 'dark'
    applyTheme(root, theme)
    try {
      localStorage.setItem(THEME_STORAGE_KEY, theme)
    } catch {
      // Storage blocked (private mode, policy): the choice holds for this page only.
    }
    show()
  }
  // Another tab changed the choice: apply it here too.
  const onStorage = (event: StorageEvent) => {
    if (event.key !== THEME_STORAGE_KEY) return
    applyTheme(root, readStoredTheme(localStorage))
    show()
  }
  button.addEventListener('click', toggle)
  media.addEventListener('change', show)
  window.addEventListener('storage', onStorage)
  show()
  slot.replaceChildren(button)
  return () => {
    media.removeEventListener('change', show)
    window.removeEventListener('storage', onStorage)
    button.remove()
  }
}
