import { createElement as h, type ReactElement } from 'react'
import { site } from '../../config'
import { SOCIAL_IMAGE_SIZE } from '../social-image'
import type { CardFonts } from './fonts'
import { keepDrawable, layoutTitle, type TitleStep } from './title-lines'

export interface SocialCardInput {
  title: string
  siteName: string
  /** The post date as readers see it (lib/site/format.ts), e.g. `2019년 12월 6일`. */
  dateLabel: string
}

const PADDING_X = 80
const PADDING_Y = 64
const TITLE_WIDTH = SOCIAL_IMAGE_SIZE.width - 2 * PADDING_X
/** Room left for satori's shaping, which may round a little differently from fontkit's. */
const MEASURE_SLACK = 8
const TITLE_LINE_HEIGHT = 1.3
const TITLE_LETTER_SPACING_EM = -0.02
/** Short titles large; longer ones smaller with more lines; past the last step, an ellipsis. */
const TITLE_STEPS: readonly TitleStep[] = [
  { fontSize: 72, maxLines: 3 },
  { fontSize: 60, maxLines: 4 },
  { fontSize: 52, maxLines: 5 },
]
const COLORS = { background: '#ffffff', text: '#1d2129', soft: '#4e5561', accent: '#0b57d0', rule: '#dfe2e7' }

/**
 * The card as satori elements: an accent bar, the title on pre-broken lines (so satori never
 * wraps it again), and a footer with the blog's name and the date. Text is passed as React
 * children, never parsed as markup, so `</script>` or `&` in a title is drawn as written.
 */
export function buildSocialCard(input: SocialCardInput, fonts: CardFonts): ReactElement {
  const measure = fonts.measure('bold', TITLE_LETTER_SPACING_EM)
  const title = keepDrawable(input.title, fonts.canDraw)
  const { fontSize, lines } = layoutTitle(title, TITLE_STEPS, TITLE_WIDTH - MEASURE_SLACK, measure)
  const footerText = { fontSize: 30, fontWeight: 500, color: COLORS.soft }
  return h(
    'div',
    {
      // The edition's language: it picks the glyphs a font draws differently by language (`ko-KR`).
      lang: site.locale,
      style: {
        boxSizing: 'border-box',
        width: SOCIAL_IMAGE_SIZE.width,
        height: SOCIAL_IMAGE_SIZE.height,
        padding: `${PADDING_Y}px ${PADDING_X}px`,
        display: 'flex',
        flexDirection: 'column',
        backgroundColor: COLORS.background,
        fontFamily: fonts.family,
      },
    },
    h('div', { style: { width: 96, height: 12, borderRadius: 6, backgroundColor: COLORS.accent } }),
    h(
      'div',
      { style: { flexGrow: 1, display: 'flex', flexDirection: 'column', justifyContent: 'center' } },
      ...lines.map((line, index) =>
        h(
          'div',
          {
            key: index,
            style: {
              whiteSpace: 'pre',
              fontSize,
              fontWeight: 700,
              lineHeight: TITLE_LINE_HEIGHT,
              letterSpacing: `${TITLE_LETTER_SPACING_EM}em`,
              color: COLORS.text,
            },
          },
          line,
        ),
      ),
    ),
    h(
      'div',
      {
        style: {
          display: 'flex',
          justifyContent: 'space-between',
          alignItems: 'center',
          paddingTop: 28,
          borderTop: `2px solid ${COLORS.rule}`,
        },
      },
      h('div', { style: { ...footerText, color: COLORS.accent, fontWeight: 700 } }, input.siteName),
      h('div', { style: footerText }, input.dateLabel),
    ),
  )
}
