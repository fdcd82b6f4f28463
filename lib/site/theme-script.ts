/** The reader's explicit choice, kept in localStorage; without one the system's scheme applies. */
export const THEME_STORAGE_KEY = 'theme'

export type Theme = 'light' | 'dark'

/**
 * What the reader picks in the header: a theme, or the system's scheme. "system" is the default
 * and is stored as no value at all, so the head script below needs no third case.
 */
export type ThemeChoice = Theme | 'system'

/** The browser's own colour around the page (the address bar on phones): each theme's background. */
export const THEME_COLORS: Record<Theme, string> = { light: '#ffffff', dark: '#16181d' }

/**
 * The id of the theme-color meta that follows a chosen theme. The layout's two theme-color metas
 * follow the system scheme; this one goes first in <head>, and the first that applies wins.
 */
export const THEME_COLOR_CHOICE_ID = 'theme-color-choice'

/**
 * Runs in `<head>` before the page is painted, so a stored choice applies with no flash of the
 * other theme, to the page and to the browser's colour around it. One string fixed at build
 * time, so a Content-Security-Policy can allow it by its hash. The CSS follows
 * `prefers-color-scheme` when `data-theme` is absent.
 */
export const THEME_SCRIPT =
  'try{var t=localStorage.getItem("theme");if(t==="light"||t==="dark"){document.documentElement.setAttribute("data-theme",t);' +
  `var m=document.createElement("meta");m.name="theme-color";m.id="${THEME_COLOR_CHOICE_ID}";m.content=t==="dark"?"${THEME_COLORS.dark}":"${THEME_COLORS.light}";document.head.prepend(m)}}catch(e){}`

/** The theme stored by the toggle, or null when there is none (or storage is blocked). */
export function readStoredTheme(storage: Pick<Storage, 'getItem'>): Theme | null {
  try {
    const value = storage.getItem(THEME_STORAGE_KEY)
    return value === 'light' || value === 'dark' ? value : null
  } catch {
    return null
  }
}
