import type { Page } from '@playwright/test'

/**
 * How a Korean IME types a word: each syllable grows jamo by jamo inside an open composition
 * (`ㅋ` -> `쿠` -> `쿱`, the next consonant tentatively joining as a final), then is committed
 * when the next vowel takes that consonant away. Each step is one composition update.
 */
export const KUBERNETES_STEPS: string[][] = [['ㅋ', '쿠', '쿱'], ['버', '벊'], ['네', '넽'], ['티', '팃'], ['스']]

/**
 * Types syllables through Chromium's IME path (the DevTools protocol's imeSetComposition and
 * insertText), which fires real compositionstart/update/end and isComposing input events.
 * `during` runs while the last syllable is still being composed, to check what the page did.
 */
export async function typeWithIme(page: Page, steps: readonly string[][], during?: () => Promise<void>): Promise<void> {
  const cdp = await page.context().newCDPSession(page)
  for (const [index, syllable] of steps.entries()) {
    for (const state of syllable) {
      await cdp.send('Input.imeSetComposition', {
        text: state,
        selectionStart: state.length,
        selectionEnd: state.length,
      })
    }
    if (index === steps.length - 1 && during) await during()
    // The committed syllable is the first complete one of the step (`쿱` falls back to `쿠`).
    await cdp.send('Input.insertText', { text: committed(syllable) })
  }
  await cdp.detach()
}

function committed(syllable: readonly string[]): string {
  return syllable.find((state) => /^[\uAC00-\uD7A3]$/.test(state)) ?? syllable[syllable.length - 1] ?? ''
}
