import localFont from 'next/font/local'

/**
 * Pretendard Variable, weights 400–700, cut to the blog's own characters by
 * pipeline/stages/font.ts. Served by the site, preloaded, `swap` so text never waits for it, with
 * an Arial-based fallback sized to Pretendard's metrics so Latin text barely moves on the swap.
 */
export const pretendard = localFont({
  src: '../../.cache/fonts/pretendard-site.woff2',
  weight: '400 700',
  style: 'normal',
  display: 'swap',
  variable: '--font-pretendard',
  adjustFontFallback: 'Arial',
  preload: true,
})
