'use client'

import { useSyncExternalStore } from 'react'
import { readStoredTheme, THEME_STORAGE_KEY, type Theme } from '@/lib/theme-script'

const DARK_QUERY = '(prefers-color-scheme: dark)'
const CHANGE_EVENT = 'themechange'

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia(DARK_QUERY)
  // Another tab changed the choice: apply it here too, then re-render.
  const onStorage = (event: StorageEvent) => {
    if (event.key !== THEME_STORAGE_KEY) return
    const stored = readStoredTheme(localStorage)
    if (stored) document.documentElement.setAttribute('data-theme', stored)
    else document.documentElement.removeAttribute('data-theme')
    onChange()
  }
  media.addEventListener('change', onChange)
  window.addEventListener('storage', onStorage)
  document.addEventListener(CHANGE_EVENT, onChange)
  return () => {
    media.removeEventListener('change', onChange)
    window.removeEventListener('storage', onStorage)
    document.removeEventListener(CHANGE_EVENT, onChange)
  }
}

/** The theme on screen: the stored choice the head script applied, else the system's. */
function currentTheme(): Theme {
  const chosen = document.documentElement.getAttribute('data-theme')
  if (chosen === 'light' || chosen === 'dark') return chosen
  return window.matchMedia(DARK_QUERY).matches ? 'dark' : 'light'
}

/** The server cannot know the reader's theme; the button appears once the browser does. */
const unknownOnServer = () => null

function choose(theme: Theme): void {
  document.documentElement.setAttribute('data-theme', theme)
  try {
    localStorage.setItem(THEME_STORAGE_KEY, theme)
  } catch {
    // Storage blocked (private mode, policy): the choice holds for this page only.
  }
  document.dispatchEvent(new Event(CHANGE_EVENT))
}

/** "어두운 테마" on/off: overrides the system scheme and remembers it across visits. */
export function ThemeToggle() {
  const theme = useSyncExternalStore(subscribe, currentTheme, unknownOnServer)
  if (theme === null) return null
  const dark = theme === 'dark'
  return (
    <button type="button" className="theme-toggle" aria-pressed={dark} onClick={() => choose(dark ? 'light' : 'dark')}>
      <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20" focusable="false">
        <path d="M20 14.5A8.5 8.5 0 0 1 9.5 4a8.5 8.5 0 1 0 10.5 10.5Z" />
      </svg>
      <span className="sr-only">어두운 테마</span>
    </button>
  )
}
