import siteConfig from '../site.config.mjs'

/**
 * The company behind the blog: its name, short wordmark, links and accent colour. Each value is set
 * in site.config.mjs and has an environment variable that replaces it at build time, so a staging
 * build can carry another brand without touching the file. An empty careers URL turns the
 * careers link and the call-to-action under posts off.
 */
export interface Brand {
  /** The company, in the footer and the copyright line. */
  company: string
  /** The short wordmark in the header (the full site name stays in titles and feeds). */
  shortName: string
  /** The company's own page about itself. */
  aboutUrl: string
  /** Where to apply; '' when the blog shows no careers link or call-to-action. */
  careersUrl: string
  /** One sentence above the careers link at the end of posts. */
  careersText: string
  /** Links, buttons and the logo on a light background: #rrggbb. */
  accent: string
  /** The same colour lightened until it reads on the dark theme's background. */
  accentOnDark: string
}

export interface BrandEnv {
  SITE_COMPANY?: string | undefined
  SITE_SHORT_NAME?: string | undefined
  SITE_ABOUT_URL?: string | undefined
  SITE_CAREERS_URL?: string | undefined
  SITE_CAREERS_TEXT?: string | undefined
  SITE_ACCENT?: string | undefined
}

/** The brand as site.config.mjs sets it, before the environment overrides it. */
export const BRAND_DEFAULTS = siteConfig.brand

/** The backgrounds the accent is drawn on (app/globals.css: --bg of each theme). */
export const LIGHT_BACKGROUND = '#ffffff'
export const DARK_BACKGROUND = '#16181d'
/** The dark theme's lighter boxes (--bg-soft: series box, author box): the accent must read there too. */
export const DARK_SOFT_BACKGROUND = '#1f2229'
/** WCAG AA for body-size text. */
const MIN_CONTRAST = 4.5

type Rgb = [number, number, number]

function parseHex(hex: string): Rgb | null {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim())
  if (!match) return null
  const digits = match[1]!.length === 3 ? [...match[1]!].map((d) => d + d).join('') : match[1]!
  return [0, 2, 4].map((at) => parseInt(digits.slice(at, at + 2), 16)) as Rgb
}

function toHex(rgb: Rgb): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`
}

function luminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
  }) as Rgb
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

/** WCAG contrast ratio of two #rrggbb colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const la = luminance(parseHex(a)!)
  const lb = luminance(parseHex(b)!)
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05)
}

/** The colour mixed towards white in 5 % steps until it reaches AA contrast on the dark theme's lighter boxes (and so on its page). */
export function lightenForDark(hex: string): string {
  const rgb = parseHex(hex)!
  for (let step = 0; step <= 20; step += 1) {
    const t = step / 20
    const mixed = toHex(rgb.map((c) => c + (255 - c) * t) as Rgb)
    if (contrastRatio(mixed, DARK_SOFT_BACKGROUND) >= MIN_CONTRAST) return mixed
  }
  return '#ffffff'
}

/** An example a message can always show: a colour that passes, whatever site.config.mjs holds. */
const EXAMPLE_ACCENT = '#2449d8'

/**
 * Where a brand value was written, for messages: the environment variable when it is set, else the
 * field of site.config.mjs (lib/config.ts files a message starting `site.config.mjs의 ` under that file).
 */
function origin(variable: keyof BrandEnv, field: string, env: BrandEnv): { label: string; fix: string } {
  return env[variable] === undefined
    ? { label: `site.config.mjs의 brand.${field}`, fix: `brand.${field}: ` }
    : { label: variable, fix: `${variable}=` }
}

function checkUrl(where: { label: string; fix: string }, value: string): string {
  if (value === '') return value
  try {
    const url = new URL(value)
    if (url.protocol === 'https:' || url.protocol === 'http:') return url.href
  } catch {
    // reported below
  }
  throw new Error(
    `${where.label}="${value}": https://로 시작하는 전체 주소를 쓰세요 (예: ${where.fix}https://www.example.com/careers/). 끄려면 빈 값으로 두세요.`,
  )
}

/**
 * The brand from the environment over `defaults` (site.config.mjs); refuses values that would break
 * a page, naming the variable or the site.config.mjs field the value came from.
 */
export function resolveBrand(env: BrandEnv, defaults: Omit<Brand, 'accentOnDark'> = BRAND_DEFAULTS): Brand {
  const pick = (value: string | undefined, fallback: string) => (value === undefined ? fallback : value.trim())
  const accentFrom = origin('SITE_ACCENT', 'accent', env)
  const written = pick(env.SITE_ACCENT, defaults.accent)
  const accent = written.toLowerCase()
  const rgb = parseHex(accent)
  if (!rgb)
    throw new Error(
      `${accentFrom.label}="${written}": 색은 ${EXAMPLE_ACCENT}처럼 # 뒤에 16진수 여섯 자리(또는 세 자리)로 쓰세요.`,
    )
  const full = toHex(rgb)
  const ratio = contrastRatio(full, LIGHT_BACKGROUND)
  if (ratio < MIN_CONTRAST) {
    throw new Error(
      `${accentFrom.label}=${accent}: 흰 배경과의 명암비가 ${ratio.toFixed(2)}:1이라 링크 글자를 읽기 어렵습니다. ` +
        `${MIN_CONTRAST}:1 이상이 되게 더 진한 색을 고르세요 (예: ${EXAMPLE_ACCENT}).`,
    )
  }
  return {
    company: pick(env.SITE_COMPANY, defaults.company) || defaults.company,
    shortName: pick(env.SITE_SHORT_NAME, defaults.shortName) || defaults.shortName,
    aboutUrl: checkUrl(origin('SITE_ABOUT_URL', 'aboutUrl', env), pick(env.SITE_ABOUT_URL, defaults.aboutUrl)),
    careersUrl: checkUrl(
      origin('SITE_CAREERS_URL', 'careersUrl', env),
      pick(env.SITE_CAREERS_URL, defaults.careersUrl),
    ),
    careersText: pick(env.SITE_CAREERS_TEXT, defaults.careersText) || defaults.careersText,
    accent: full,
    accentOnDark: lightenForDark(full),
  }
}

/** A brand that always resolves: site.config.mjs's words, with a readable accent and no links. */
export const SAFE_BRAND_DEFAULTS: Omit<Brand, 'accentOnDark'> = {
  ...BRAND_DEFAULTS,
  accent: EXAMPLE_ACCENT,
  aboutUrl: '',
  careersUrl: '',
}

/** `share` of `hex` over `background` (0 to 1), as #rrggbb. */
export function tint(hex: string, background: string, share: number): string {
  const a = parseHex(hex)!
  const b = parseHex(background)!
  return toHex(a.map((c, i) => c * share + b[i]! * (1 - share)) as Rgb)
}

/**
 * The accent's pale tint over a theme's page (the current menu item, tag chips: accent text on it):
 * `share` of the accent, less where the accent would no longer read on it at AA contrast. The accent
 * reads on the page itself, so a share of 0 always does.
 */
function readableTint(accent: string, background: string, share: number): string {
  for (let step = Math.round(share * 100); step > 0; step -= 1) {
    const candidate = tint(accent, background, step / 100)
    if (contrastRatio(accent, candidate) >= MIN_CONTRAST) return candidate
  }
  return background
}

/** The page-wide CSS custom properties the brand sets (app/globals.css reads them): the accent and a pale tint for each theme. */
export function brandStyle(brand: Brand): string {
  const soft = readableTint(brand.accent, LIGHT_BACKGROUND, 0.1)
  const softOnDark = readableTint(brand.accentOnDark, DARK_BACKGROUND, 0.18)
  return `:root{--brand:${brand.accent};--brand-soft:${soft};--brand-on-dark:${brand.accentOnDark};--brand-soft-on-dark:${softOnDark}}`
}
