/**
 * The interface's words, one table per language: every word a reader sees that is not the content
 * itself (navigation, labels, dates, notices). A page takes the table of its edition
 * (lib/i18n/index.ts); the behaviours script reads the words the server wrote into the page
 * (data-* attributes), and the search page's browser code takes its own few from search.ts, part of
 * this table. The Korean table is the shape: a language is added by writing one more table of the
 * same type.
 *
 * A value is a text, or a function of the values it says (`readingTime(8)`), or a group of either
 * by kind of page (`termTitle.tags`). A sentence with a link in it is a function of the link, which
 * it puts where the language wants it: `movedTo(<a>…</a>)` is `[link, '(으)로 이동합니다.']`.
 *
 * Author-facing messages (`npm run check`, the build) stay Korean: they are for this team.
 */
import { formatInTimeZone } from 'date-fns-tz'
import { searchEn, searchKo } from './search'

const ko = {
  // Editions (docs/editions.md). The first two are said in their own language, on the other
  // edition's pages, with `lang` on the element.
  /** The language's own name, in the header's switch. */
  languageName: '한국어',
  /** The link from a post to its translation in this language. */
  readThisPostIn: '이 글을 한국어로 읽기',
  /** The header switch's accessible name. */
  languageSwitchLabel: '언어',
  /** On a translation whose original changed after it: the original's date, and a link to it. */
  translationBehind: <D, T>(date: D, original: T) => [
    '이 번역 뒤에 원문이 바뀌었습니다 (',
    date,
    '). ',
    original,
    '을 함께 보세요.',
  ],
  originalPost: '원문',

  // Words the Markdown pipeline writes into a post's body (lib/markdown): in the post's own `lang`.
  body: {
    headingAnchor: '이 제목으로 연결되는 링크',
    footnotes: '각주',
    footnoteBack: '본문으로 돌아가기',
    /** A picture's link to its full size: with its alt text, or without. */
    zoom: (alt: string) => `${alt} (원본 크기로 보기)`,
    zoomNoAlt: '그림을 원본 크기로 보기',
    embed: {
      youtube: 'YouTube 동영상',
      slideshare: 'SlideShare 슬라이드',
      speakerdeck: 'Speaker Deck 슬라이드',
      codepen: 'CodePen 예제',
      gist: 'GitHub Gist 코드',
    },
    gistLink: 'GitHub Gist에서 코드 보기',
    diagram: '다이어그램',
    /** A diagram's title from its first labels; `more` when it has more than those. */
    diagramOf: (labels: string, more: boolean) => `다이어그램: ${labels}${more ? ' 등' : ''}`,
  },

  // Dates and counts
  /** A post's date in the blog's time zone: `2019년 12월 6일` (lib/schema/dates.ts formatKoreanDate). */
  date: (iso: string, timeZone: string) => formatInTimeZone(new Date(iso), timeZone, 'yyyy년 M월 d일'),
  readingTime: (minutes: number) => `${minutes}분 읽기`,
  /** The number of posts in a list, a tag, an author's page. */
  postCount: (count: number) => `글 ${count}개`,
  /** After a list page's title from its second page on: `태그 (2페이지)`. */
  pageSuffix: (page: number) => ` (${page}페이지)`,

  // Header and navigation
  skipToContent: '본문으로 건너뛰기',
  /** The wordmark's accessible name. */
  home: (siteName: string) => `${siteName} 홈`,
  mainMenu: '주 메뉴',
  /** The phone menu's button, for screen readers. */
  menu: '메뉴',
  latest: '최신 글',
  series: '시리즈',
  authors: '글쓴이',
  archive: '아카이브',

  // Theme picker (the header's; components/enhance/theme-picker-view.ts builds it from these)
  theme: '테마',
  themeChoice: { system: '시스템 설정 따르기', light: '밝게', dark: '어둡게' },
  /** The picker button's name, which says the current choice. */
  themeCurrent: (choice: string) => `테마: ${choice}`,

  // Footer
  footerNav: '회사와 구독',
  aboutCompany: '회사 소개',
  careers: '채용',
  footerSubscribe: '구독',
  subscribe: '구독하기',

  // Lists of posts and their pages
  noPosts: '아직 글이 없습니다.',
  pagination: '페이지 이동',
  newerPage: '← 최근 글',
  olderPage: '이전 글 →',
  pageOf: (page: number, total: number) => `${page} / ${total} 페이지`,
  latestPage: (page: number) => `최신 글 ${page}페이지`,
  /** The link of /page/1/, which moved to the home page. */
  latestFirstPage: '최신 글 첫 페이지',

  // Moved pages (a redirect's page, and the old blog's addresses: lib/site/legacy-redirects.ts)
  movedTitle: '페이지를 옮겼습니다',
  movedTo: <T>(link: T) => [link, '(으)로 이동합니다.'],
  movedToNew: <T>(link: T) => [link, '합니다.'],
  movedToNewLink: '새 주소로 이동',
  /** Where an empty list's placeholder page sends the reader. */
  seriesList: '시리즈 목록',
  authorList: '글쓴이 목록',
  termList: { tags: '목록', categories: '목록' },

  // Tags and categories
  termTitle: { tags: '태그', categories: '카테고리' },
  termIndexDescription: { tags: '블로그의 모든 태그와 글 수', categories: '블로그의 모든 카테고리와 글 수' },
  termIndexLead: {
    tags: (count: number) => `태그 ${count}개`,
    categories: (count: number) => `카테고리 ${count}개`,
  },
  /** Said after a term's number of posts, for screen readers: `12개의 글`. */
  termPostCount: (_count: number) => '개의 글',
  termPageTitle: {
    tags: (name: string) => `#${name} 태그`,
    categories: (name: string) => `${name} 카테고리`,
  },
  termPageDescription: {
    tags: (name: string, count: number) => `#${name} 태그가 붙은 글 ${count}개`,
    categories: (name: string, count: number) => `${name} 카테고리의 글 ${count}개`,
  },

  // Series
  seriesDescription: '여러 편으로 이어지는 글 모음',
  seriesLead: (count: number) => `여러 편으로 이어지는 글 ${count}개`,
  seriesEmpty: '아직 시리즈가 없습니다.',
  seriesPageTitle: (title: string) => `${title} (시리즈)`,
  /** How many parts a series has. */
  seriesParts: (count: number) => `${count}편`,
  /** Which part a post is. */
  seriesPart: (part: number) => `${part}편`,
  /** The series box above a post: `시리즈 · 3편 중 2편`. */
  seriesPosition: (part: number, count: number) => `시리즈 · ${count}편 중 ${part}편`,
  seriesSteps: (title: string) => `${title}: 이전 편과 다음 편`,
  previousPart: '← 이전 편',
  nextPart: '다음 편 →',

  // Authors
  authorsDescription: '블로그에 글을 쓰는 사람들',
  authorsLead: (count: number) => `글을 쓰는 사람 ${count}명`,
  authorPageTitle: (name: string) => `${name}의 글`,
  authorPageDescription: (name: string) => `${name}이(가) 쓴 글`,
  authorPostCount: (count: number) => `쓴 글 ${count}개`,
  authorEmail: '이메일',
  /** The box under a post about its authors. */
  aboutAuthors: (_count: number) => '글쓴이 소개',

  // Archive
  archiveDescription: '모든 글을 연도와 달별로',
  archiveYear: (year: string) => `${year}년`,
  archiveMonth: (month: number) => `${month}월`,

  // A post
  draft: '초안 · 배포되지 않음',
  scheduled: '예약 · 아직 배포되지 않음',
  tableOfContents: '목차',
  olderPost: '이전 글',
  newerPost: '다음 글',
  neighbours: '이전 글과 다음 글',
  relatedPosts: '함께 읽으면 좋은 글',
  editOnGitHub: 'GitHub에서 이 글 고치기',
  /** The line under a post; `link` says `subscribe`. */
  subscribeNote: <T>(link: T, email: boolean) => [
    '다음 글 소식을 받고 싶다면 ',
    link,
    `: ${email ? '피드 리더나 이메일로' : '피드 리더로'} 새 글을 알려 드립니다.`,
  ],
  careersTitle: (company: string) => `${company}에서 함께 일해요`,
  careersLink: '채용 공고 보기 →',

  // Code blocks' copy button (components/enhance/code-copy.ts)
  codeCopy: '복사',
  codeCopied: '복사됨',
  /** Said around the button's word for screen readers only: `코드 복사`. */
  codeCopyBefore: '코드 ',
  codeCopyAfter: '',
  codeCopiedNotice: '코드를 복사했습니다',
  codeCopyFailedNotice: '코드를 복사하지 못했습니다. 코드를 직접 선택해 복사해 주세요.',

  // Pictures opened full size (components/enhance/image-zoom.ts)
  imageZoom: '그림 원본 크기',
  imageZoomClose: '닫기',

  // Sharing (components/enhance/share-actions.ts says the notices)
  shareHeading: '이 글 공유하기',
  shareOn: (network: string) => `${network}에 공유 (새 창)`,
  copyLink: '링크 복사',
  /** The device's share sheet, where the browser has one. */
  share: '공유하기',
  linkCopied: '링크를 복사했습니다',
  linkCopyFailed: '링크를 복사하지 못했습니다. 주소창의 주소를 복사해 주세요.',
  kakaoTalk: '카카오톡',
  kakaoFailed: '카카오톡 공유를 열지 못했습니다. 링크 복사를 써 주세요.',

  // Comments
  comments: '댓글',
  commentsNote:
    '댓글은 GitHub Discussions에 남습니다. 버튼을 누르기 전에는 댓글 서비스(giscus)에 아무것도 요청하지 않습니다.',
  commentsOnGitHub: 'GitHub에서 이 글의 댓글 보기',
  showComments: '댓글 보기',
  /** The language giscus shows its own interface in (its `data-lang`). */
  giscusLanguage: 'ko',

  // Search (search.ts, which the search page's browser code reads on its own)
  ...searchKo,
  searchNoScript: '검색은 자바스크립트가 켜져 있어야 쓸 수 있습니다.',

  // The subscribe page
  subscribeDescription: '피드 리더나 이메일로 새 글 소식을 받는 방법',
  subscribeLead:
    '새 글 소식을 받는 방법입니다. 어느 쪽이든 언제든 그만둘 수 있고, 이 블로그는 누가 구독하는지 추적하지 않습니다.',
  feedsHeading: '피드로 받기',
  feedsIntro:
    '피드는 블로그가 새 글 목록을 담아 두는 파일입니다. 피드 리더 앱에 아래 주소 하나를 넣어 두면, 블로그를 찾아오지 않아도 새 글이 리더에 모입니다.',
  /** One line each for readers who have never used a feed. */
  feedHelp: {
    rss: '가장 널리 쓰이는 형식입니다. Feedly, Inoreader 같은 피드 리더에 이 주소를 넣으면 새 글이 올라올 때마다 보입니다.',
    atom: 'RSS와 같은 내용을 더 엄격한 표준으로 담았습니다. 피드 리더가 RSS를 읽지 못할 때 쓰세요.',
    json: '같은 내용을 JSON으로 담았습니다. 직접 만든 도구나 봇으로 새 글을 받아 볼 때 편합니다.',
  },
  topicFeedsHeading: '관심 있는 주제만 받기',
  topicFeedsIntro: '아래 피드는 RSS 형식이고, 그 주제의 글만 담습니다.',
  termFeedsHeading: { tags: '태그별 피드', categories: '카테고리별 피드' },
  seriesFeedsHeading: '시리즈별 피드',
  authorFeedsHeading: '글쓴이별 피드',
  emailHeading: '이메일로 받기',
  emailIntro:
    '새 글이 올라오면 제목, 요약, 링크를 담은 메일을 한 통 보내 드립니다. 주소는 알림을 보내는 데만 쓰고 공개하지 않습니다.',
  emailLabel: '이메일 주소',
  emailSubmit: '새 글 알림 받기',
  /** The mail a reader sends to subscribe, where the site takes subscriptions by mail. */
  emailSubject: (siteName: string) => `${siteName} 새 글 알림 신청`,
  emailBody: '이 주소로 새 글 알림을 받고 싶습니다.',
  emailLink: (email: string) => `${email}로 구독 신청 메일 보내기`,
  emailNote: '— 보낸 주소로 새 글 알림을 보내 드립니다. 그만 받고 싶으면 같은 주소로 알려 주세요.',

  // Feeds' descriptions (lib/site/feed-routes.ts); `name` of a tag has its `#`
  termFeedDescription: {
    tags: (name: string) => `태그 ${name}의 새 글`,
    categories: (name: string) => `카테고리 ${name}의 새 글`,
  },
  seriesFeedDescription: (title: string) => `${title} 시리즈의 새 글`,
  authorFeedDescription: (name: string) => `${name}의 새 글`,

  // New-post mail to subscribers (lib/site/notify.ts)
  notifyRead: (url: string) => `읽기: ${url}`,
  notifyReadLink: '글 읽기',
  notifyFooter: (siteName: string) => `${siteName}의 새 글 알림입니다.`,
  notifyStop: (address: string) => `그만 받으려면: ${address}`,
  unsubscribe: '구독 해지',

  // /llms.txt (lib/site/llms-txt.ts)
  llmsIntro: (home: string) =>
    `글마다 Markdown 사본이 있습니다: 글 주소 뒤에 index.md를 붙이면 됩니다. 사이트: ${home}`,
  llmsPosts: '글',
  llmsFeed: '전체 글 피드 (RSS)',
  llmsFeedNote: '최신 글 전문',
  llmsSitemap: '사이트맵',
  llmsSitemapNote: '모든 페이지 주소',

  // The 404 page
  notFoundTitle: '페이지를 찾을 수 없습니다',
  notFoundText: '주소가 바뀌었거나 없어진 페이지입니다. 최신 글 목록에서 찾아보세요.',
  notFoundHome: '첫 페이지로 가기',
  /** On the site's 404 (which a static host answers for every edition's missing address), in this language. */
  notFoundEdition: '한국어판에서 찾던 페이지라면, 한국어판 첫 페이지에서 찾아보세요.',
} as const

/** A value's kind in every table: any text for a text, the same function for a function, and so on in a group. */
type Widen<T> = T extends string
  ? string
  : T extends (...args: never[]) => unknown
    ? T
    : { readonly [K in keyof T]: Widen<T[K]> }

/** A table with the Korean one's keys, each value of the same kind (text, or a function of the same arguments). */
export type Messages = Widen<typeof ko>

/** `1 post`, `3 posts`. */
function count(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`
}

const englishDates = new Map<string, Intl.DateTimeFormat>()
const englishMonths = new Intl.DateTimeFormat('en-US', { month: 'long', timeZone: 'UTC' })

const en: Messages = {
  languageName: 'English',
  readThisPostIn: 'Read this post in English',
  languageSwitchLabel: 'Language',
  translationBehind: <D, T>(date: D, original: T) => [
    'The original has been updated since this translation (',
    date,
    '). See the ',
    original,
    ' as well.',
  ],
  originalPost: 'original',

  body: {
    headingAnchor: 'Link to this heading',
    footnotes: 'Footnotes',
    footnoteBack: 'Back to the text',
    zoom: (alt) => `${alt} (open full size)`,
    zoomNoAlt: 'Open the picture full size',
    embed: {
      youtube: 'YouTube video',
      slideshare: 'SlideShare slides',
      speakerdeck: 'Speaker Deck slides',
      codepen: 'CodePen example',
      gist: 'GitHub Gist code',
    },
    gistLink: 'See the code on GitHub Gist',
    diagram: 'Diagram',
    diagramOf: (labels, more) => `Diagram: ${labels}${more ? ', …' : ''}`,
  },

  date: (iso, timeZone) => {
    let format = englishDates.get(timeZone)
    if (format === undefined) {
      format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'long', day: 'numeric' })
      englishDates.set(timeZone, format)
    }
    return format.format(new Date(iso))
  },
  readingTime: (minutes) => `${minutes} min read`,
  postCount: (n) => count(n, 'post'),
  pageSuffix: (page) => ` (page ${page})`,

  skipToContent: 'Skip to content',
  home: (siteName) => `${siteName} home`,
  mainMenu: 'Main menu',
  menu: 'Menu',
  latest: 'Latest',
  series: 'Series',
  authors: 'Authors',
  archive: 'Archive',

  theme: 'Theme',
  themeChoice: { system: 'Match system', light: 'Light', dark: 'Dark' },
  themeCurrent: (choice) => `Theme: ${choice}`,

  footerNav: 'Company and subscriptions',
  aboutCompany: 'About us',
  careers: 'Careers',
  footerSubscribe: 'Stay updated',
  subscribe: 'Subscribe',

  noPosts: 'No posts yet.',
  pagination: 'Pagination',
  newerPage: '← Newer posts',
  olderPage: 'Older posts →',
  pageOf: (page, total) => `Page ${page} of ${total}`,
  latestPage: (page) => `Latest posts, page ${page}`,
  latestFirstPage: 'the latest posts',

  movedTitle: 'This page has moved',
  movedTo: (link) => ['Taking you to ', link, '.'],
  movedToNew: (link) => [link, '.'],
  movedToNewLink: 'Go to the new address',
  seriesList: 'all series',
  authorList: 'all authors',
  termList: { tags: 'all tags', categories: 'all categories' },

  termTitle: { tags: 'Tags', categories: 'Categories' },
  termIndexDescription: {
    tags: 'Every tag on the blog, with its number of posts',
    categories: 'Every category on the blog, with its number of posts',
  },
  termIndexLead: { tags: (n) => count(n, 'tag'), categories: (n) => count(n, 'category', 'categories') },
  termPostCount: (n) => (n === 1 ? ' post' : ' posts'),
  termPageTitle: { tags: (name) => `Posts tagged #${name}`, categories: (name) => `Posts in ${name}` },
  termPageDescription: {
    tags: (name, n) => `${count(n, 'post')} tagged #${name}`,
    categories: (name, n) => `${count(n, 'post')} in the ${name} category`,
  },

  seriesDescription: 'Posts published in several parts',
  seriesLead: (n) => count(n, 'multi-part series', 'multi-part series'),
  seriesEmpty: 'No series yet.',
  seriesPageTitle: (title) => `${title} (series)`,
  seriesParts: (n) => count(n, 'part'),
  seriesPart: (part) => `Part ${part}`,
  seriesPosition: (part, n) => `Series · Part ${part} of ${n}`,
  seriesSteps: (title) => `${title}: previous and next parts`,
  previousPart: '← Previous part',
  nextPart: 'Next part →',

  authorsDescription: 'The people who write for this blog',
  authorsLead: (n) => count(n, 'author'),
  authorPageTitle: (name) => `Posts by ${name}`,
  authorPageDescription: (name) => `Posts written by ${name}`,
  authorPostCount: (n) => count(n, 'post'),
  authorEmail: 'Email',
  aboutAuthors: (n) => (n === 1 ? 'About the author' : 'About the authors'),

  archiveDescription: 'Every post, by year and month',
  archiveYear: (year) => year,
  archiveMonth: (month) => englishMonths.format(Date.UTC(2000, month - 1, 1)),

  draft: 'Draft · not published',
  scheduled: 'Scheduled · not published yet',
  tableOfContents: 'Contents',
  olderPost: 'Previous post',
  newerPost: 'Next post',
  neighbours: 'Previous and next posts',
  relatedPosts: 'Related posts',
  editOnGitHub: 'Edit this post on GitHub',
  subscribeNote: (link, email) => [
    'Want to hear about the next post? ',
    link,
    ` to get new posts in your feed reader${email ? ' or by email' : ''}.`,
  ],
  careersTitle: (company) => `Join us at ${company}`,
  careersLink: 'See open positions →',

  codeCopy: 'Copy',
  codeCopied: 'Copied',
  codeCopyBefore: '',
  codeCopyAfter: ' code',
  codeCopiedNotice: 'Code copied',
  codeCopyFailedNotice: 'Could not copy the code. Please select it and copy it yourself.',

  imageZoom: 'Full-size image',
  imageZoomClose: 'Close',

  shareHeading: 'Share this post',
  shareOn: (network) => `Share on ${network} (opens in a new window)`,
  copyLink: 'Copy link',
  share: 'Share',
  linkCopied: 'Link copied',
  linkCopyFailed: 'Could not copy the link. Please copy the address from the address bar.',
  kakaoTalk: 'KakaoTalk',
  kakaoFailed: 'Could not open KakaoTalk sharing. Please use Copy link instead.',

  comments: 'Comments',
  commentsNote:
    'Comments are kept in GitHub Discussions. Nothing is requested from the comment service (giscus) until you press the button.',
  commentsOnGitHub: 'View the comments on GitHub',
  showComments: 'Show comments',
  giscusLanguage: 'en',

  ...searchEn,
  searchNoScript: 'Search needs JavaScript to be turned on.',

  subscribeDescription: 'How to get new posts in a feed reader or by email',
  subscribeLead: 'Ways to hear about new posts. You can stop at any time, and this blog does not track who subscribes.',
  feedsHeading: 'Subscribe by feed',
  feedsIntro:
    'A feed is a file in which the blog lists its new posts. Add one of the addresses below to a feed reader, and new posts arrive in your reader without you having to visit the blog.',
  feedHelp: {
    rss: 'The most widely used format. Add this address to a feed reader such as Feedly or Inoreader and every new post shows up there.',
    atom: 'The same content under a stricter standard. Use it if your feed reader cannot read RSS.',
    json: 'The same content as JSON. Handy for picking up new posts with your own tools or bots.',
  },
  topicFeedsHeading: 'Only the topics you care about',
  topicFeedsIntro: 'These feeds are RSS and carry only the posts on their topic.',
  termFeedsHeading: { tags: 'Feeds by tag', categories: 'Feeds by category' },
  seriesFeedsHeading: 'Feeds by series',
  authorFeedsHeading: 'Feeds by author',
  emailHeading: 'Subscribe by email',
  emailIntro:
    'When a new post is published, we send you one email with its title, summary and link. Your address is used only for these notices and is never made public.',
  emailLabel: 'Email address',
  emailSubmit: 'Get new posts by email',
  emailSubject: (siteName) => `Subscribe to new posts from ${siteName}`,
  emailBody: 'Please send new-post notices to this address.',
  emailLink: (email) => `Email ${email} to subscribe`,
  emailNote:
    '— we will send new-post notices to the address you write from. To stop, just tell us from the same address.',

  termFeedDescription: {
    tags: (name) => `New posts tagged ${name}`,
    categories: (name) => `New posts in ${name}`,
  },
  seriesFeedDescription: (title) => `New posts in the ${title} series`,
  authorFeedDescription: (name) => `New posts by ${name}`,

  notifyRead: (url) => `Read it: ${url}`,
  notifyReadLink: 'Read the post',
  notifyFooter: (siteName) => `You are receiving this because you subscribed to new posts from ${siteName}.`,
  notifyStop: (address) => `To unsubscribe: ${address}`,
  unsubscribe: 'Unsubscribe',

  llmsIntro: (home) => `Every post has a Markdown copy: add index.md to the post's address. Site: ${home}`,
  llmsPosts: 'Posts',
  llmsFeed: 'Feed of all posts (RSS)',
  llmsFeedNote: 'the latest posts in full',
  llmsSitemap: 'Sitemap',
  llmsSitemapNote: 'the address of every page',

  notFoundTitle: 'Page not found',
  notFoundText: 'The address may have changed, or the page no longer exists. Try the list of latest posts.',
  notFoundHome: 'Go to the home page',
  notFoundEdition: 'Looking for a page of the English edition? Try its home page.',
}

export const MESSAGES: Readonly<Record<string, Messages>> = { ko, en }

/** Whether the interface has words for `language` ('ko', 'en'). */
export function hasMessages(language: string): boolean {
  return Object.hasOwn(MESSAGES, language)
}

/** The table for `language`, or the Korean one for a language without a table. */
export function messagesFor(language: string): Messages {
  return hasMessages(language) ? MESSAGES[language]! : ko
}
