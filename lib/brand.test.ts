import { describe, expect, it } from 'vitest'
import { BRAND_DEFAULTS, DARK_BACKGROUND, DARK_SOFT_BACKGROUND, brandStyle, contrastRatio, resolveBrand } from './brand'

describe('resolveBrand', () => {
  it('uses the defaults when nothing is set, with an accent readable on both themes', () => {
    const brand = resolveBrand({})
    expect(brand.company).toBe(BRAND_DEFAULTS.company)
    expect(brand.careersUrl).toBe(BRAND_DEFAULTS.careersUrl)
    expect(contrastRatio(brand.accent, '#ffffff')).toBeGreaterThanOrEqual(4.5)
    expect(contrastRatio(brand.accentOnDark, DARK_BACKGROUND)).toBeGreaterThanOrEqual(4.5)
    expect(contrastRatio(brand.accentOnDark, DARK_SOFT_BACKGROUND)).toBeGreaterThanOrEqual(4.5)
  })

  it("keeps each theme's accent readable on its own pale tint (the current menu item), for any accent", () => {
    for (const accent of ['#2449d8', '#0066aa', '#b00020', '#1a7f37', '#6f42c1', '#000000']) {
      const brand = resolveBrand({ SITE_ACCENT: accent })
      const tints = /--brand-soft:(#[0-9a-f]{6});.*--brand-soft-on-dark:(#[0-9a-f]{6})/.exec(brandStyle(brand))
      expect(tints, accent).not.toBeNull()
      expect(contrastRatio(brand.accent, tints![1]!), accent).toBeGreaterThanOrEqual(4.5)
      expect(contrastRatio(brand.accentOnDark, tints![2]!), accent).toBeGreaterThanOrEqual(4.5)
    }
  })

  it('takes every value from the environment and turns careers off with an empty URL', () => {
    const brand = resolveBrand({
      SITE_COMPANY: 'Example',
      SITE_ABOUT_URL: 'https://example.com/about',
      SITE_CAREERS_URL: '',
      SITE_ACCENT: '#06A',
    })
    expect(brand).toMatchObject({
      company: 'Example',
      aboutUrl: 'https://example.com/about',
      careersUrl: '',
      accent: '#0066aa',
    })
  })

  it('refuses a colour that is not hex or too light for text on white, naming the variable and the fix', () => {
    expect(() => resolveBrand({ SITE_ACCENT: 'blue' })).toThrow(/SITE_ACCENT="blue".*16진수/)
    expect(() => resolveBrand({ SITE_ACCENT: '#ffd800' })).toThrow(
      /SITE_ACCENT=#ffd800: 흰 배경과의 명암비가 1\.\d\d:1.*#2449d8/,
    )
  })

  it('names the site.config.mjs field when the bad value was written there, and shows a colour that works', () => {
    const written = { ...BRAND_DEFAULTS, accent: 'blue' }
    expect(() => resolveBrand({}, written)).toThrow(
      'site.config.mjs의 brand.accent="blue": 색은 #2449d8처럼 # 뒤에 16진수 여섯 자리(또는 세 자리)로 쓰세요.',
    )
    expect(() => resolveBrand({}, { ...BRAND_DEFAULTS, accent: '#eeeeee' })).toThrow(
      /^site\.config\.mjs의 brand\.accent=#eeeeee: 흰 배경과의 명암비가 .*\(예: #2449d8\)/,
    )
    expect(() => resolveBrand({}, { ...BRAND_DEFAULTS, aboutUrl: 'about' })).toThrow(
      'site.config.mjs의 brand.aboutUrl="about": https://로 시작하는 전체 주소를 쓰세요 (예: brand.aboutUrl: https://',
    )
    expect(resolveBrand({ SITE_ACCENT: '#000000' }, written).accent).toBe('#000000')
  })

  it('refuses a careers address that is not a web address', () => {
    expect(() => resolveBrand({ SITE_CAREERS_URL: 'careers' })).toThrow(/SITE_CAREERS_URL="careers": https:\/\//)
  })

  it('writes the colours as custom properties', () => {
    expect(brandStyle(resolveBrand({ SITE_ACCENT: '#000000' }))).toBe(
      ':root{--brand:#000000;--brand-soft:#e6e6e6;--brand-on-dark:#8c8c8c;--brand-soft-on-dark:#24262a}',
    )
  })
})
