import { describe, expect, it } from 'vitest'
import { buildPolicy, knownScriptHashes } from '../../pipeline/stages/csp'
import { analyticsScriptTag, discussionSearchUrl, KAKAO_SDK, policyAdditions, readIntegrations } from './integrations'

const GISCUS = {
  GISCUS_REPO: 'example-org/blog-comments',
  GISCUS_REPO_ID: 'R_1',
  GISCUS_CATEGORY: 'Comments',
  GISCUS_CATEGORY_ID: 'DIC_1',
}

describe('readIntegrations', () => {
  it('is all off by default, and the policy is then exactly the one without services', () => {
    const services = readIntegrations({}, {})
    expect(services).toEqual({
      giscus: null,
      analytics: null,
      subscribe: { formUrl: null, email: null },
      kakao: null,
    })
    expect(buildPolicy(['x'], policyAdditions(services))).toBe(buildPolicy(['x']))
    expect(buildPolicy([], policyAdditions(services))).not.toContain('giscus')
  })

  it('reads giscus from the environment or the site config, the environment first', () => {
    expect(readIntegrations(GISCUS).giscus).toEqual({
      repo: 'example-org/blog-comments',
      repoId: 'R_1',
      category: 'Comments',
      categoryId: 'DIC_1',
    })
    expect(readIntegrations({ GISCUS_CATEGORY: '댓글' }, GISCUS).giscus?.category).toBe('댓글')
  })

  it('refuses half a configuration, naming what is missing', () => {
    expect(() => readIntegrations({ GISCUS_REPO: 'a/b' })).toThrow(
      'GISCUS_REPO만 있고 GISCUS_REPO_ID, GISCUS_CATEGORY, GISCUS_CATEGORY_ID가 없습니다',
    )
    expect(() => readIntegrations({ ANALYTICS_SITE_ID: 'blog' })).toThrow('ANALYTICS_SCRIPT_URL가 없습니다')
    expect(() => readIntegrations({ ...GISCUS, GISCUS_REPO: 'no-slash' })).toThrow('owner/name')
    expect(() =>
      readIntegrations({ ANALYTICS_SCRIPT_URL: 'http://stats.example.com/s.js', ANALYTICS_SITE_ID: 'x' }),
    ).toThrow('https://')
    expect(() => readIntegrations({ SUBSCRIBE_EMAIL: '구독' })).toThrow('SUBSCRIBE_EMAIL')
  })

  it('reads the Kakao JavaScript key, the environment first, and refuses one that is not a key', () => {
    const key = '0123456789abcdef0123456789abcdef'
    expect(readIntegrations({}, { KAKAO_JS_KEY: key }).kakao).toEqual({ javaScriptKey: key })
    expect(readIntegrations({ KAKAO_JS_KEY: '' }, { KAKAO_JS_KEY: key }).kakao).toBeNull()
    expect(() => readIntegrations({ KAKAO_JS_KEY: `'${key}'` })).toThrow(
      'share.kakaoJavaScriptKey)는 카카오디벨로퍼스 [앱 키]의 JavaScript 키',
    )
  })
})

describe('policyAdditions', () => {
  it('with a Kakao key: Kakao’s SDK origin for scripts, nothing else', () => {
    const services = readIntegrations({ KAKAO_JS_KEY: '0123456789abcdef0123456789abcdef' })
    expect(policyAdditions(services)).toEqual({
      script: ['https://t1.kakaocdn.net'],
      frame: [],
      style: [],
      connect: [],
      form: [],
    })
    expect(new URL(KAKAO_SDK.url).origin).toBe(KAKAO_SDK.origin)
    expect(KAKAO_SDK.integrity).toMatch(/^sha384-[A-Za-z0-9+/]{64}$/)
  })

  it('with giscus: its script, frame and stylesheet from giscus.app, nothing else', () => {
    const policy = buildPolicy([], policyAdditions(readIntegrations(GISCUS)))
    expect(policy).toBe(
      "default-src 'self'; script-src 'self' https://giscus.app; style-src 'self' 'unsafe-inline' https://giscus.app; img-src 'self' https: data:; " +
        "font-src 'self'; connect-src 'self'; frame-src https://www.youtube.com https://www.youtube-nocookie.com https://www.slideshare.net " +
        "https://speakerdeck.com https://codepen.io https://giscus.app; object-src 'none'; base-uri 'self'; form-action 'self'",
    )
  })

  it('with analytics: its origin for the script and its reports; with a form service: its origin for the form', () => {
    const services = readIntegrations({
      ANALYTICS_SCRIPT_URL: 'https://stats.example.com/js/script.js',
      ANALYTICS_SITE_ID: 'blog.example.com',
      SUBSCRIBE_FORM_URL: 'https://forms.example.net/f/123',
    })
    expect(policyAdditions(services)).toEqual({
      script: ['https://stats.example.com'],
      frame: [],
      style: [],
      connect: ['https://stats.example.com'],
      form: ['https://forms.example.net'],
    })
    expect(buildPolicy([], policyAdditions(services))).not.toContain('giscus')
  })
})

describe('analyticsScriptTag and discussionSearchUrl', () => {
  it('writes a deferred script with the site id, escaped', () => {
    expect(
      analyticsScriptTag({
        scriptUrl: 'https://stats.example.com/s.js?a=1&b=2',
        origin: 'https://stats.example.com',
        siteId: 'blog"x',
      }),
    ).toBe(
      '<script defer="" src="https://stats.example.com/s.js?a=1&amp;b=2" data-domain="blog&quot;x" data-website-id="blog&quot;x"></script>',
    )
  })

  it('the tag the build writes passes the policy step only when the site chose that script', () => {
    const services = readIntegrations({
      ANALYTICS_SCRIPT_URL: 'https://stats.example.com/s.js?a=1&b=2',
      ANALYTICS_SITE_ID: 'blog',
    })
    const settings = services.analytics
    if (!settings) throw new Error('analytics should be on')
    const page = `<!doctype html><html><head><title>t</title>${analyticsScriptTag(settings)}</head><body></body></html>`
    expect(knownScriptHashes(page, { basePaths: [''], files: [settings.scriptUrl] })).toEqual([])
    expect(() => knownScriptHashes(page, { basePaths: [''], files: [] })).toThrow(
      '빌드가 만들지 않은 스크립트 파일입니다',
    )
  })

  it('searches the repository’s discussions for the post’s thread', () => {
    expect(discussionSearchUrl({ repo: 'example-org/blog-comments' }, '/비용-최적화/')).toBe(
      `https://github.com/example-org/blog-comments/discussions?discussions_q=${encodeURIComponent('in:title /비용-최적화/')}`,
    )
  })
})
