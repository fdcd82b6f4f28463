import { describe, expect, it } from 'vitest'
import { readStoredTheme, THEME_SCRIPT, THEME_STORAGE_KEY } from './theme-script'

/** Runs the head script against a stand-in document and storage. */
function runHeadScript(stored: string | null, throws = false): Record<string, string> {
  const attributes: Record<string, string> = {}
  const localStorage = {
    getItem: (key: string) => {
      if (throws) throw new Error('SecurityError')
      return key === THEME_STORAGE_KEY ? stored : null
    },
  }
  const document = { documentElement: { setAttribute: (name: string, value: string) => void (attributes[name] = value) } }
  new Function('localStorage', 'document', THEME_SCRIPT)(localStorage, document)
  return attributes
}

describe('THEME_SCRIPT', () => {
  it('applies a stored choice to <html> before the page paints', () => {
    expect(runHeadScript('dark')).toEqual({ 'data-theme': 'dark' })
    expect(runHeadScript('light')).toEqual({ 'data-theme': 'light' })
  })

  it('leaves the system scheme in charge without a valid choice, and never throws', () => {
    expect(runHeadScript(null)).toEqual({})
    expect(runHeadScript('purple')).toEqual({})
    expect(runHeadScript('dark', true)).toEqual({})
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
