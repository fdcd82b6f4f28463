import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

/**
 * app/globals.css states the dark theme's tokens twice: for a reader who chose dark, and for one who
 * left the choice to a system set to dark. CSS cannot share one block between a selector and a
 * media query, so this keeps the two the same.
 */
const css = readFileSync(new URL('../../app/globals.css', import.meta.url), 'utf8')

function declarationsAfter(marker: string): string[] {
  const start = css.indexOf(marker)
  expect(start, marker).toBeGreaterThanOrEqual(0)
  const open = css.indexOf('{', start + marker.length - 1)
  const close = css.indexOf('}', open)
  return css
    .slice(open + 1, close)
    .split(';')
    .map((line) => line.trim())
    .filter((line) => line !== '')
}

describe('the dark theme tokens', () => {
  it('are the same whether the reader chose dark or the system asks for it', () => {
    const chosen = declarationsAfter(":root[data-theme='dark'] {")
    const bySystem = declarationsAfter(":root:not([data-theme='light']) {")
    expect(chosen.length).toBeGreaterThan(10)
    expect(bySystem).toEqual(chosen)
  })
})
