import { describe, expect, it } from 'vitest'
import { readStoredTheme, THEME_COLOR_CHOICE_ID, THEME_COLORS, THEME_SCRIPT, THEME_STORAGE_KEY } from './theme-script'

/** Runs the head script against a stand-in document and storage: <html>'s attributes and the metas it put in <head>. */
function runHeadScript(
  stored: string | null,
  throws = false,
): { html: Record<string, string>; metas: Record<string, string>[] } {
  const html: Record<string, string> = {}
  const metas: Record<string, string>[] = []
  const localStorage = {
    getItem: (key: string) => {
      if (throws) throw new Error('SecurityError')
      return key === THEME_STORAGE_KEY ? stored : null
    },
  }
  const document = {
    documentElement: { setAttribute: (name: string, value: string) => void (html[name] = value) },
    createElement: (tag: string) => ({ tag }),
    head: { prepend: (element: Record<string, string>) => void metas.unshift(element) },
  }
  new Function('localStorage', 'document', THEME_SCRIPT)(localStorage, document)
  return { html, metas }
}

describe('THEME_SCRIPT', () => {
  it('applies a stored choice to <html> and to the browser colour before the page paints', () => {
    expect(runHeadScript('dark')).toEqual({
      html: { 'data-theme': 'dark' },
      metas: [{ tag: 'meta', name: 'theme-color', id: THEME_COLOR_CHOICE_ID, content: THEME_COLORS.dark }],
    })
    expect(runHeadScript('light').metas[0]?.content).toBe(THEME_COLORS.light)
  })

  it('leaves the system scheme in charge without a valid choice, and never throws', () => {
    const untouched = { html: {}, metas: [] }
    expect(runHeadScript(null)).toEqual(untouched)
    expect(runHeadScript('purple')).toEqual(untouched)
    expect(runHeadScript('dark', true)).toEqual(untouched)
  })

  it('reads the same key as the toggle writes', () => {
    expect(THEME_SCRIPT).toContain(`localStorage.getItem("${THEME_STORAGE_KEY}")`)
  })
})

describe('readStoredTheme', () => {
  it('accepts only light and dark', () => {
    expect(readStoredTheme({ getItem: () => 'dark' })).toBe('dark')
    expect(readStoredTheme({ getItem: () => 'sepia' })).toBeNull()
    expect(
      readStoredTheme({
        getItem: () => {
          throw new Error('blocked')
        },
      }),
    ).toBeNull()
  })
})
