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

  it('refuses a careers address that is not a web address', () => {
    expect(() => resolveBrand({ SITE_CAREERS_URL: 'careers' })).toThrow(/SITE_CAREERS_URL="careers": https:\/\//)
  })

  it('writes the colours as custom properties', () => {
    expect(brandStyle(resolveBrand({ SITE_ACCENT: '#000000' }))).toBe(
      ':root{--brand:#000000;--brand-soft:#e6e6e6;--brand-on-dark:#8c8c8c;--brand-soft-on-dark:#2b2d31}',
    )
  })
})
