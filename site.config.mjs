// @ts-check
// The blog's configuration: the one file to edit to make this blog yours. Every field is described
// in lib/site-config.ts and in the README's Configuration section. Environment variables of the same
// meaning (SITE_URL, BASE_PATH, SITE_*, GISCUS_*, SUBSCRIBE_*, ANALYTICS_*, KAKAO_JS_KEY) override it at build time,
// for CI, secrets and a deploy at another address. Plain JavaScript, so that next.config.js and the
// preview server read it as they are; `npm run typecheck` checks it against the type.

/** @type {import('./lib/site-config').SiteConfigFile} */
const siteConfig = {
  name: '메가존 웹서비스 부문 기술 블로그',
  description: '메가존 웹서비스 부문 엔지니어들이 클라우드, 쿠버네티스, 웹 개발 경험을 나누는 기술 블로그입니다.',
  url: 'https://megazonedsg.github.io',
  basePath: '',
  locale: 'ko-KR',
  timeZone: 'Asia/Seoul',
  legacyOrigins: ['https://megazonedsg.github.io', 'http://megazonedsg.github.io'],
  brand: {
    company: '메가존클라우드',
    shortName: '메가존 테크',
    aboutUrl: 'https://www.megazone.com/',
    careersUrl: 'https://www.megazone.com/careers/',
    careersText: '클라우드와 웹 서비스를 함께 만들 엔지니어를 찾고 있습니다.',
    accent: '#2449d8',
  },
  links: { github: 'https://github.com/megazonedsg', edit: '' },
  comments: null,
  analytics: null,
  subscribe: { formUrl: '', email: '' },
  share: { kakaoJavaScriptKey: '' },
}

export default siteConfig
