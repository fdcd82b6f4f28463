import { Resvg } from '@resvg/resvg-js'
import satori from 'satori'
import sharp from 'sharp'
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

/**
 * Rasterises a card SVG whose text is already paths; system fonts are not even looked up. The
 * card has three flat colours on white and anti-aliased text, so 16 colours without dithering look
 * the same as full colour at a fifth of the bytes (9 KB instead of 40 KB; 256 colours took 10.6 KB
 * and a quarter more time to quantise): every post ships one.
 */
export async function cardSvgToPng(svg: string): Promise<Buffer> {
  const resvg = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } })
  const image = resvg.render()
  const raw = { width: image.width, height: image.height, channels: 4 as const }
  return sharp(image.pixels, { raw })
    .png({ palette: true, colours: 16, dither: 0, effort: 1, compressionLevel: 9 })
    .toBuffer()
}

/** A post's social image: a 1200×630 PNG with its title, the blog's name and the date. */
export async function renderSocialCard(input: SocialCardInput): Promise<Buffer> {
  return cardSvgToPng(await renderSocialCardSvg(input))
}
