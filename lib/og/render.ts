import { Resvg } from '@resvg/resvg-js'
import satori from 'satori'
import { SOCIAL_IMAGE_SIZE } from '../social-image'
import { buildSocialCard, type SocialCardInput } from './card'
import { loadCardFonts } from './fonts'

export type { SocialCardInput }

/**
 * The card as SVG. With `embedFont` (the default) text becomes paths, so the PNG step needs no
 * fonts; without it text stays `<text>`, which tests read back.
 */
export async function renderSocialCardSvg(input: SocialCardInput, { embedFont = true } = {}): Promise<string> {
  const fonts = loadCardFonts()
  return satori(buildSocialCard(input, fonts), { ...SOCIAL_IMAGE_SIZE, fonts: fonts.satori, embedFont })
}

/** Rasterises a card SVG whose text is already paths; system fonts are not even looked up. */
export function cardSvgToPng(svg: string): Buffer {
  const resvg = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } })
  return resvg.render().asPng()
}

/** A post's social image: a 1200×630 PNG with its title, the blog's name and the date. */
export async function renderSocialCard(input: SocialCardInput): Promise<Buffer> {
  return cardSvgToPng(await renderSocialCardSvg(input))
}
