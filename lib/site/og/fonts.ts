import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { create, type Font } from 'fontkit'
import type { Measure } from './title-lines'

/**
 * Pretendard (SIL OFL 1.1) from its npm package: full Hangul coverage, and the typeface the site's
 * CSS asks for first. WOFF rather than WOFF2 or OTF: both satori and fontkit read it, and it is
 * the smaller of the two complete formats. Nothing is fetched at run time.
 */
const require = createRequire(import.meta.url)
const FONT_FAMILY = 'Pretendard'
const WEIGHTS = { bold: { file: 'Bold', weight: 700 }, medium: { file: 'Medium', weight: 500 } } as const

export type CardWeight = keyof typeof WEIGHTS

export interface CardFont {
  name: string
  data: Buffer
  weight: 500 | 700
  style: 'normal'
}

export interface CardFonts {
  family: string
  /** Fonts in the form satori takes. */
  satori: CardFont[]
  /** Whether the fonts have a glyph for a character. */
  canDraw: (codePoint: number) => boolean
  /** Width of a line of text in the given weight, for line breaking before satori lays it out. */
  measure: (weight: CardWeight, letterSpacingEm: number) => Measure
  /** The font package's version, part of the image cache key. */
  version: string
}

function loadFont(file: string): { data: Buffer; font: Font } {
  const data = readFileSync(require.resolve(`pretendard/dist/public/static/Pretendard-${file}.otf`))
  const font = create(data)
  if (!('layout' in font)) throw new Error(`Pretendard-${file}.otf is a font collection, expected one font`)
  return { data, font }
}

let loaded: CardFonts | undefined

/** Loads the card's fonts once per process (parsing them costs more than drawing a card). */
export function loadCardFonts(): CardFonts {
  if (loaded) return loaded
  const bold = loadFont(WEIGHTS.bold.file)
  const medium = loadFont(WEIGHTS.medium.file)
  const byWeight: Record<CardWeight, Font> = { bold: bold.font, medium: medium.font }
  const { version } = require('pretendard/package.json') as { version: string }
  loaded = {
    family: FONT_FAMILY,
    satori: [
      { name: FONT_FAMILY, data: bold.data, weight: WEIGHTS.bold.weight, style: 'normal' },
      { name: FONT_FAMILY, data: medium.data, weight: WEIGHTS.medium.weight, style: 'normal' },
    ],
    canDraw: (codePoint) => bold.font.hasGlyphForCodePoint(codePoint),
    measure: (weight, letterSpacingEm) => (text, fontSize) => {
      const font = byWeight[weight]
      const run = font.layout(text)
      // Letter spacing is added after every glyph, the last included, as CSS does.
      return (run.advanceWidth / font.unitsPerEm + run.glyphs.length * letterSpacingEm) * fontSize
    },
    version,
  }
  return loaded
}
