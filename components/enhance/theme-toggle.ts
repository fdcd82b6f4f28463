import {
  readStoredTheme,
  THEME_COLOR_CHOICE_ID,
  THEME_COLORS,
  THEME_STORAGE_KEY,
  type Theme,
  type ThemeChoice,
} from '@/lib/site/theme-script'
import { buildThemePicker, showChoice, type ThemePickerView } from './theme-picker-view'

const DARK_QUERY = '(prefers-color-scheme: dark)'
/** Where the header keeps the picker's place (components/layout/site-header.tsx). */
export const THEME_TOGGLE_SLOT = 'site-header__theme'

/** What the head script (THEME_SCRIPT) does, for the picker: a chosen theme, or null to follow the system. */
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

/** The reader's choice as the page shows it (the head script applied the stored one). */
function currentChoice(root: Document): ThemeChoice {
  const chosen = root.documentElement.getAttribute('data-theme')
  return chosen === 'light' || chosen === 'dark' ? chosen : 'system'
}

/** Applies and remembers a choice; "system" is remembered as no choice, and the CSS follows the system live. */
function choose(root: Document, choice: ThemeChoice): void {
  applyTheme(root, choice === 'system' ? null : choice)
  try {
    if (choice === 'system') localStorage.removeItem(THEME_STORAGE_KEY)
    else localStorage.setItem(THEME_STORAGE_KEY, choice)
  } catch {
    // Storage blocked (private mode, policy): the choice holds for this page only.
  }
}

/** Opening, closing and choosing: a disclosure button over a group of radio buttons. */
function wire(root: Document, view: ThemePickerView, picker: HTMLElement): () => void {
  const { button, panel } = view
  const isOpen = () => !panel.hidden
  const open = () => {
    panel.hidden = false
    button.setAttribute('aria-expanded', 'true')
    view.radios.find((radio) => radio.checked)?.focus()
  }
  const close = (refocus: boolean) => {
    if (!isOpen()) return
    panel.hidden = true
    button.setAttribute('aria-expanded', 'false')
    if (refocus) button.focus()
  }
  // A choice made with the pointer closes the panel; with the arrow keys it stays open, so the
  // reader can try each theme and leave with Enter, Esc or Tab.
  let pointer = false
  const onPointerDown = () => void (pointer = true)
  const onKeyDown = (event: KeyboardEvent) => {
    pointer = false
    if (!isOpen()) return
    if (event.key === 'Escape' || (event.key === 'Enter' && event.target instanceof HTMLInputElement)) {
      event.preventDefault()
      close(true)
    }
  }
  // The click comes before the change: closing here also covers a click on the current choice.
  const onClick = (event: MouseEvent) => {
    if (pointer && event.target instanceof HTMLInputElement) close(true)
  }
  const onChange = (event: Event) => {
    const choice = (event.target as HTMLInputElement).value as ThemeChoice
    choose(root, choice)
    showChoice(root, view, choice)
  }
  const onButton = () => (isOpen() ? close(false) : open())
  // Focus or a click leaving the picker closes it, as a menu would.
  const onFocusOut = (event: FocusEvent) => {
    if (!(event.relatedTarget instanceof Node) || !picker.contains(event.relatedTarget)) close(false)
  }
  const onOutside = (event: PointerEvent) => {
    if (!(event.target instanceof Node) || !picker.contains(event.target)) close(false)
  }
  // Another tab changed the choice: apply it here too.
  const onStorage = (event: StorageEvent) => {
    if (event.key !== THEME_STORAGE_KEY && event.key !== null) return
    applyTheme(root, readStoredTheme(localStorage))
    showChoice(root, view, currentChoice(root))
  }
  button.addEventListener('click', onButton)
  panel.addEventListener('pointerdown', onPointerDown)
  picker.addEventListener('keydown', onKeyDown)
  panel.addEventListener('click', onClick)
  panel.addEventListener('change', onChange)
  picker.addEventListener('focusout', onFocusOut)
  root.addEventListener('pointerdown', onOutside)
  window.addEventListener('storage', onStorage)
  return () => {
    root.removeEventListener('pointerdown', onOutside)
    window.removeEventListener('storage', onStorage)
  }
}

/**
 * The header's theme picker: 시스템 설정 따르기 (the default, following the system's scheme even
 * when it changes while the page is open), 밝게 or 어둡게 (in the page's language, from the slot's
 * data-* attributes), remembered across visits and tabs. The server cannot know the reader's
 * choice, so the picker appears once the page's script runs; without JavaScript the system's
 * scheme applies.
 */
export function startThemeToggle(root: Document): () => void {
  const slot = root.querySelector<HTMLElement>(`.${THEME_TOGGLE_SLOT}`)
  if (!slot) return () => undefined
  const view = buildThemePicker(root, slot.dataset)
  const picker = root.createElement('div')
  picker.className = 'theme-picker'
  picker.append(view.button, view.panel)
  showChoice(root, view, currentChoice(root))
  const stop = wire(root, view, picker)
  slot.replaceChildren(picker)
  return () => {
    stop()
    picker.remove()
  }
}
