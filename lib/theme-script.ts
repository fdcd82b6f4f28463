/** The reader's explicit choice, kept in localStorage; without one the system's scheme applies. */
export const THEME_STORAGE_KEY = 'theme'

export type Theme = 'light' | 'dark'

/**
 * Runs in `<head>` before the page is painted, so a stored choice applies with no flash of the
 * other theme. One static string (no interpolation), so a Content-Security-Policy can allow it
 * by its hash. The CSS follows `prefers-color-scheme` when `data-theme` is absent.
 */
export const THEME_SCRIPT =
  'try{var t=localStorage.getItem("theme");if(t==="light"||t==="dark")document.documentElement.setAttribute("data-theme",t)}catch(e){}'

/** The theme stored by the toggle, or null when there is none (or storage is blocked). */
export function readStoredTheme(storage: Pick<Storage, 'getItem'>): Theme | null {
  try {
    const value = storage.getItem(THEME_STORAGE_KEY)
    return value === 'light' || value === 'dark' ? value : null
  } catch {
    return null
  }
}
