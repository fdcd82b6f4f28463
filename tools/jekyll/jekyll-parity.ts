// npm run test:jekyll-parity: the importer against Jekyll itself. Builds the fixture Jekyll site
// e2e/fixtures/jekyll-permalinks with real Jekyll (TZ=UTC, as GitHub Pages), imports it with that
// build's feeds, builds the blog from the import, serves out/ like GitHub Pages and checks that
// every URL the Jekyll build wrote answers, that the old feed ids come back unchanged, that titles,
// instants, authors and tags equal Jekyll's, and that the typographic quotes and the bylines' display
// names readers saw stay. Then it builds the same site once more per named permalink style and
// checks that the importer computes the very URLs Jekyll wrote.
import { execFileSync } from 'node:child_process'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import path from 'node:path'
import { readJekyllSite } from './import-jekyll'
import { tsxCommand } from '../../pipeline/processes/commands'
import { compareFeeds, verifyImport } from './verify-import'
import { planImport } from './plan'
import { parseFrontMatter } from '../../lib/schema/front-matter'
import { parseFrontMatterDate } from '../../lib/schema/dates'
import { derivePostSlug } from '../../lib/schema/slug'

const FIXTURE = 'e2e/fixtures/jekyll-permalinks'
const WORK = '.e2e/jekyll-parity'
const SITE = `${WORK}/_site`
const CONTENT = `${WORK}/content`
const PUBLIC = `${WORK}/public`
const OUT = `${WORK}/out`
const PORT = Number(process.env.E2E_PORT ?? 4173) + 6

const problems: string[] = []
const expect = (ok: boolean, message: string) => {
  if (!ok) problems.push(message)
}

function jekyllBuild(destination: string, extraConfig?: string): void {
  const configs = [`${FIXTURE}/_config.yml`, ...(extraConfig ? [extraConfig] : [])].join(',')
  // With the import's plugin, which keeps what Jekyll's Liquid made of each document (tools/jekyll/liquid-output.ts).
  const plugins = ['-p', `${FIXTURE}/_plugins,tools/jekyll/ruby`]
  // The Gemfile's jekyll_plugins group is loaded through Bundler, as `bundle exec jekyll build` does;
  // a copy in the work folder takes the lock file Bundler writes, so the fixture stays as committed.
  const bundle = path.resolve(WORK, 'bundle')
  mkdirSync(bundle, { recursive: true })
  copyFileSync(`${FIXTURE}/Gemfile`, path.join(bundle, 'Gemfile'))
  execFileSync('jekyll', ['build', '--quiet', '-s', FIXTURE, '-d', destination, '--config', configs, ...plugins], {
    env: { ...process.env, TZ: 'UTC', JEKYLL_ENV: 'production', BUNDLE_GEMFILE: path.join(bundle, 'Gemfile') },
    stdio: 'inherit',
  })
}

function run(command: string, args: string[], env: Record<string, string> = {}): void {
  execFileSync(command, args, { env: { ...process.env, ...env }, stdio: 'inherit' })
}

/** The old feeds against the blog's: ids byte for byte, and title, instant, authors and tags of each post. */
function checkFeeds(): void {
  const feeds = compareFeeds(SITE, OUT)
  problems.push(...feeds.problems)
  expect(feeds.items > 0 && feeds.compared > 0, '비교할 옛 피드 항목이 없습니다')
  // The fixture's posts all fit in the blog's feeds: each old id must be found, none only assumed.
  expect(feeds.outside === 0, `옛 피드 항목 ${feeds.outside}개가 블로그의 어느 피드에도 없습니다`)
  console.log(`옛 피드 id ${feeds.idsKept}/${feeds.items}개, 같은 글 ${feeds.equal}/${feeds.compared}개`)
}

/** Every `.html` file under a folder, as paths. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry)
    return statSync(full).isDirectory() ? htmlFiles(full) : /\.html$/.test(entry) ? [full] : []
  })
}

/**
 * The typographic quotes, dashes and ellipses kramdown wrote into prose (“배포 동결”, ‘on-call’,
 * 3–5일이고—예외는): each such phrase readers saw on a page of the old site is on some page of the blog too.
 */
function checkQuotes(): void {
  const phrases = new Set<string>()
  for (const file of htmlFiles(SITE))
    for (const [phrase] of readFileSync(file, 'utf8').matchAll(
      /[“‘][^“”‘’<>&\n]{1,60}[”’]|[^\s<>&]{0,12}[–—…][^\s<>&]{0,12}/g,
    ))
      phrases.add(phrase)
  const blog = htmlFiles(OUT)
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n')
  const missing = [...phrases].filter((phrase) => !blog.includes(phrase))
  for (const phrase of missing) expect(false, `문장 부호: Jekyll이 보여 준 ${phrase}가 블로그에 없습니다`)
  expect(
    [...phrases].some((phrase) => phrase.includes('“')) && [...phrases].some((phrase) => /[–—…]/.test(phrase)),
    '비교할 둥근 따옴표나 대시가 옛 사이트에 없습니다',
  )
  console.log(`둥근 따옴표·대시·말줄임표 ${phrases.size - missing.length}/${phrases.size}개가 그대로 보입니다`)
}

/**
 * The display names the old bylines showed (the fixture's post layout prints them in
 * `<span class="byline">`, looked up in the `_authors` collection as themes do): each is on the blog.
 */
function checkBylines(): void {
  const names = new Set<string>()
  for (const file of htmlFiles(SITE))
    // A byline written as HTML links (`_posts/2020-09-02-list-anchor-links.md`) showed its text.
    for (const [, name = ''] of readFileSync(file, 'utf8').matchAll(/<span class="byline">([\s\S]*?)<\/span>/g))
      names.add(name.replace(/<[^>]*>/g, '').trim())
  const blog = htmlFiles(OUT)
    .filter((file) => !file.includes(`${path.sep}authors${path.sep}`))
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n')
  const missing = [...names].filter((name) => !blog.includes(`>${name}<`))
  for (const name of missing) expect(false, `글쓴이: Jekyll이 보여 준 이름 ${name}가 블로그 글에 없습니다`)
  expect(names.has('박지우'), '_authors 컬렉션의 이름(박지우)을 옛 사이트가 보여 주지 않았습니다')
  console.log(`글쓴이 이름 ${names.size - missing.length}/${names.size}개가 그대로 보입니다`)
}

/**
 * The heading ids kramdown gave (`_posts/2020-08-01-heading-ids.md`: Markdown marks and a link in a
 * heading, a repeated heading): each is on the blog's page of that post, so old `#fragment` links
 * land; and the HTML comments there hid nothing after them (the last heading is shown).
 */
function checkHeadingIds(): void {
  const old = htmlFiles(SITE).find(
    (file) => file.endsWith('heading-ids.html') || file.endsWith('heading-ids/index.html'),
  )
  const blog = path.join(OUT, 'heading-ids', 'index.html')
  expect(old !== undefined && existsSync(blog), '제목 id: 비교할 글(heading-ids)을 찾지 못했습니다')
  if (old === undefined || !existsSync(blog)) return
  const html = readFileSync(blog, 'utf8')
  const ids = [...readFileSync(old, 'utf8').matchAll(/<h[1-6][^>]*\sid="([^"]+)"/g)].map((match) => match[1] ?? '')
  const missing = ids.filter((id) => !html.includes(`id="${id}"`) && !html.includes(`id="user-content-${id}"`))
  for (const id of missing) expect(false, `제목 id: Jekyll이 붙인 #${id}가 블로그 글에 없습니다`)
  expect(ids.length >= 4, `제목 id: Jekyll의 글에 제목이 ${ids.length}개뿐입니다`)
  expect(html.includes('이 제목까지 보여야'), '제목 id: HTML 주석 뒤의 글이 블로그에서 사라졌습니다')
  console.log(`kramdown 제목 id ${ids.length - missing.length}/${ids.length}개가 블로그 글에 있습니다`)
}

/**
 * The ids a plugin put on list items (`_posts/2020-09-01-list-anchors.md`, `<li id="lnd-10927">`):
 * each is on the blog's page of that post, at the item that starts with the same text, and the
 * other post's links go there (the build's link check has already found every fragment's id).
 */
function checkOldIds(): void {
  const old = path.join(SITE, '2020', '09', '01', 'list-anchors.html')
  const blog = path.join(OUT, 'list-anchors', 'index.html')
  const links = path.join(OUT, 'list-anchor-links', 'index.html')
  expect(existsSync(old) && existsSync(blog) && existsSync(links), '목록 id: 비교할 글(list-anchors)을 찾지 못했습니다')
  if (!existsSync(old) || !existsSync(blog) || !existsSync(links)) return
  const html = readFileSync(blog, 'utf8')
  const ids = [...readFileSync(old, 'utf8').matchAll(/<li id="([^"]+)"/g)].map((match) => match[1] ?? '')
  const missing = ids.filter((id) => !new RegExp(`<li>\\s*(<p>)?<a id="user-content-${id}"></a><strong>`).test(html))
  for (const id of missing) expect(false, `목록 id: 플러그인이 붙인 #${id}가 블로그 글의 같은 항목에 없습니다`)
  expect(ids.length === 2, `목록 id: Jekyll의 글에 id가 붙은 항목이 ${ids.length}개입니다 (2개여야 합니다)`)
  expect(
    html.includes('href="#user-content-ldk-4748"'),
    '목록 id: 같은 글 안의 #ldk-4748 링크가 그 자리로 가지 않습니다',
  )
  const linking = readFileSync(links, 'utf8')
  for (const id of ids)
    expect(
      linking.includes(`href="/list-anchors/#user-content-${id}"`),
      `목록 id: #${id}로 가는 링크가 그 자리로 가지 않습니다`,
    )
  expect(
    linking.includes('href="/list-anchors/#user-content-summary"') && html.includes('id="user-content-summary"'),
    '목록 id: 글이 HTML로 쓴 #summary로 가는 링크가 그 자리로 가지 않습니다',
  )
  expect(linking.includes('href="/list-anchors/"'), '목록 id: 옛 페이지에도 없던 #eclair-1 링크가 글로 가지 않습니다')
  console.log(`플러그인이 붙인 목록 id ${ids.length - missing.length}/${ids.length}개가 블로그 글에 있습니다`)
  // A reference definition right after an include the import leaves as written is still a link, as in Jekyll.
  const contact = /<a href="([^"]+)">연락처<\/a>/.exec(
    readFileSync(old.replace('01/list-anchors', '02/list-anchor-links'), 'utf8'),
  )
  expect(contact !== null, '참조 정의: Jekyll의 글에 연락처 링크가 없습니다')
  expect(
    /<a href="[^"]+">연락처<\/a>/.test(linking),
    '참조 정의: 포함 파일 줄 바로 뒤의 정의가 블로그에서 링크가 되지 않았습니다',
  )
}

/**
 * A post written in HTML (`_posts/2020-09-01-html-post.html`), which Jekyll showed as written: on the
 * blog its indented lines are not code, the text after a blank line is still HTML, and the `<pre>`
 * keeps its blank line and indentation. A picture whose link led nowhere on the old site stays, and
 * code Rouge coloured as `cl` is coloured as `lisp`; a page's relative picture (`about/index.md`) shows.
 */
function checkHtmlPost(): void {
  const blog = path.join(OUT, 'html-post', 'index.html')
  expect(existsSync(blog), 'HTML 글: 블로그에 /html-post/가 없습니다')
  if (!existsSync(blog)) return
  const html = readFileSync(blog, 'utf8')
  expect(html.includes('<em>글자</em>'), 'HTML 글: 들여쓴 줄의 <em>이 HTML로 보이지 않습니다')
  expect(
    html.includes('<p>빈 줄과 들여쓰기 뒤의 이 문단도 HTML로 쓴 글의 문단입니다.</p>'),
    'HTML 글: 빈 줄 뒤의 들여쓴 문단이 HTML 문단으로 보이지 않습니다',
  )
  expect(!html.includes('&lt;p&gt;'), 'HTML 글: 태그가 글자로 보입니다')
  expect(/\{\n\n {4}return 0;/.test(html), 'HTML 글: <pre> 안의 빈 줄이나 들여쓰기가 바뀌었습니다')
  const none = path.join(OUT, 'none', 'index.html')
  expect(
    existsSync(none) && readFileSync(none, 'utf8').includes('alt="데모 화면"'),
    '그림 링크: 옛 사이트에도 없던 주소로 가던 그림이 블로그 글에 없습니다',
  )
  expect(
    existsSync(none) && /<img[^>]*alt="줄바꿈 그림"/.test(readFileSync(none, 'utf8')),
    '두 줄에 걸친 그림 주소: Jekyll이 보여 준 그림이 블로그 글에 없습니다',
  )
  const rouge = htmlFiles(SITE).find((file) => file.endsWith(`${path.sep}none.html`))
  expect(
    rouge !== undefined && readFileSync(rouge, 'utf8').includes('language-cl'),
    '코드 언어: Jekyll(Rouge)이 cl 코드 블록을 칠하지 않았습니다',
  )
  expect(
    existsSync(none) && /language-lisp[^>]*>[\s\S]*?hljs-/.test(readFileSync(none, 'utf8')),
    '코드 언어: Rouge가 칠한 cl 코드가 블로그에서 lisp로 칠해지지 않았습니다',
  )
  const about = path.join(OUT, 'about', 'index.html')
  expect(
    existsSync(about) && /<img[^>]*alt="팀 사진"/.test(readFileSync(about, 'utf8')),
    '상대 주소: 페이지(about/index.md)가 상대 주소로 쓴 그림이 블로그 페이지에 없습니다',
  )
  const projects = path.join(OUT, 'demo', 'projects.html')
  const copied = existsSync(projects) ? readFileSync(projects, 'utf8') : ''
  expect(
    copied.includes('href="//example-team.github.io/other-project/"') && copied.includes('href="/about/"'),
    'HTML 파일: 옛 빌드가 쓰지 않은 주소가 옛 도메인으로 가지 않거나, 쓴 주소가 바뀌었습니다',
  )
  console.log(
    'HTML로 쓴 글, 링크가 풀린 그림, Rouge의 언어 이름, 페이지의 상대 주소, HTML 파일의 다른 프로젝트 링크가 Jekyll처럼 보입니다',
  )
}

/**
 * A post written in Liquid itself (variables, a capture, a condition, an include that loops over the
 * site's data): the words Jekyll computed are the words the blog's page shows, with no placeholder.
 */
function checkComputedLiquid(): void {
  const blog = path.join(OUT, 'liquid-logic', 'index.html')
  expect(existsSync(blog), 'Liquid 계산: 비교할 글(liquid-logic)이 블로그에 없습니다')
  if (!existsSync(blog)) return
  const html = readFileSync(blog, 'utf8')
  const computed = [
    '플랫폼팀이 씁니다',
    'href="https://tracker.example.org/issues/42"',
    '릴리스가 2개 나왔습니다',
    '<strong>1.4</strong> (3월 2일): 안정판',
    '1.5-rc: 미리 보기',
  ]
  for (const words of computed)
    expect(html.includes(words), `Liquid 계산: Jekyll이 보여 준 "${words}"가 블로그 글에 없습니다`)
  expect(!/\{[{%]/.test(html), 'Liquid 계산: 블로그 글에 Liquid가 그대로 남았습니다')
  console.log(`Liquid로 계산한 글: Jekyll이 보여 준 ${computed.length}곳이 블로그 글에 그대로 있습니다`)
  // The site's own filters and tags (_plugins/site-embeds.rb): what they rendered, never half-converted text.
  const plugins = path.join(OUT, 'site-plugins', 'index.html')
  const rendered = existsSync(plugins) ? readFileSync(plugins, 'utf8') : ''
  const byPlugins = [
    /<a\b[^>]*href="https:\/\/videos\.example\.org\/intro"[^>]*>소개 영상<\/a>/,
    /<a\b[^>]*href="https:\/\/videos\.example\.org\/demo"[^>]*>https:\/\/videos\.example\.org\/demo<\/a>/,
    /팀 사진: eric/,
    /대표 그림은 \/images\/cover\.png입니다/,
  ]
  for (const words of byPlugins)
    expect(words.test(rendered), `사이트 플러그인: Jekyll이 보여 준 ${words.source}가 블로그 글에 없습니다`)
  expect(rendered !== '' && !/\{[{%]|embed:/.test(rendered), '사이트 플러그인: 블로그 글에 Liquid가 그대로 남았습니다')
  console.log(`사이트 플러그인의 Liquid: Jekyll이 보여 준 ${byPlugins.length}곳이 블로그 글에 그대로 있습니다`)
  // An HTML collection document looping over the site's data (_team/releases.html), now a page of its own.
  const page = path.join(OUT, 'team-releases', 'index.html')
  const pageHtml = existsSync(page) ? readFileSync(page, 'utf8') : ''
  for (const words of ['1.4 담당 (3월 2일)', '1.5-rc 담당 (4월 9일)'])
    expect(
      pageHtml.includes(words),
      `Liquid 계산: Jekyll이 보여 준 "${words}"가 HTML 문서의 페이지(/team-releases/)에 없습니다`,
    )
}

/**
 * What the posts named themselves (`series: 워크숍 준비`, also as a list) is one series of the blog,
 * its parts in date order; a flowchart whose first line ends in `;` is drawn; a `timeline` the blog
 * cannot draw is shown as its text; and a page computed from the site's data shows what Jekyll computed.
 */
function checkImportedRules(): void {
  const series = path.join(OUT, 'series', '워크숍-준비', 'index.html')
  const dayTwo = path.join(OUT, 'party-day-two', 'index.html')
  const first = path.join(OUT, 'party-plan', 'index.html')
  // A page whose Liquid loops over the site's data: the blog shows what Jekyll computed, at its address or the one it redirects to.
  const schedule = [path.join(OUT, 'schedule', 'index.html'), path.join(OUT, 'schedule.html')].find(
    (file) => existsSync(file) && readFileSync(file, 'utf8').includes('1.5-rc'),
  )
  const found = [series, dayTwo, first].every((file) => existsSync(file)) && schedule !== undefined
  expect(found, '가져오기 규칙: 시리즈, 글, Jekyll이 계산한 일정표 가운데 없는 것이 있습니다')
  if (!found) return
  const list = readFileSync(series, 'utf8')
  expect(
    list.indexOf('준비') > 0 && list.indexOf('준비') < list.indexOf('둘째 날'),
    '시리즈: 워크숍 준비의 두 글이 날짜 순으로 묶이지 않았습니다',
  )
  expect(readFileSync(dayTwo, 'utf8').includes('<svg'), 'Mermaid: graph TB;로 시작하는 그림이 그려지지 않았습니다')
  expect(readFileSync(first, 'utf8').includes('발표자 모집'), 'Mermaid: timeline의 글이 블로그 글에 없습니다')
  console.log('글이 밝힌 시리즈, Mermaid 두 가지, 사이트 데이터로 계산한 페이지가 그대로입니다')
  // `published: false`: Jekyll wrote nothing for the page, and nothing of it reaches the blog either.
  const unpublished = [
    path.join(SITE, 'pages', 'unpublished.html'),
    path.join(CONTENT, 'pages', 'unpublished.md'),
    path.join(OUT, 'unpublished', 'index.html'),
  ].filter((file) => existsSync(file))
  expect(unpublished.length === 0, `published: false인 페이지가 나왔습니다: ${unpublished.join(', ')}`)
}

/**
 * What the import repairs in `_posts/2020-04-20-none-style.md` where the blog is stricter than
 * Jekyll: the flame graph SVG with scripts shows without them, the formula with MathJax's `\mbox` is
 * typeset, the link to `/guide-1.2` (a folder page written without its slash) leads to the page, an
 * HTML block with blank and indented lines inside (which kramdown read whole) stays HTML, and a tag
 * written over two lines keeps its address; and a folder page two levels deep computed from the site's
 * data (`manuals/linux/index.md`) shows the list Jekyll computed.
 */
function checkRepairs(): void {
  const blog = path.join(OUT, 'none', 'index.html')
  const svg = path.join(OUT, 'images', 'flame.svg')
  expect(existsSync(blog) && existsSync(svg), '고친 글: 비교할 글(none)이나 그림(flame.svg)이 블로그에 없습니다')
  if (!existsSync(blog) || !existsSync(svg)) return
  const html = readFileSync(blog, 'utf8')
  const picture = readFileSync(svg, 'utf8')
  expect(
    !/<script|\son[a-z]+=/i.test(picture) && picture.includes('<text x="4" y="34">work</text>'),
    'SVG: 스크립트가 남았거나 그림이 바뀌었습니다',
  )
  expect(/<img[^>]*src="\/images\/flame\.svg"/.test(html), 'SVG: 글에 불꽃 그래프 그림이 없습니다')
  expect(html.includes('class="katex') && html.includes('min'), '수식: \\mbox가 든 수식이 조판되지 않았습니다')
  expect(html.includes('href="/guide-1.2/"'), '링크: 끝의 /가 빠진 /guide-1.2가 페이지 주소로 가지 않습니다')
  expect(
    /<div[^>]*>\s*<strong>이름:<\/strong>/.test(html) && !html.includes('&lt;strong&gt;'),
    'HTML 블록: 빈 줄이 든 카드가 HTML로 보이지 않습니다',
  )
  expect(
    html.includes('href="https://data.example/sets"') && html.includes('“열린 자료”'),
    '두 줄에 걸친 태그: 링크가 깨졌거나 글자의 따옴표가 바뀌지 않았습니다',
  )
  const manual = path.join(OUT, 'linux', 'index.html')
  const listed = existsSync(manual) ? readFileSync(manual, 'utf8') : ''
  expect(
    listed.includes('1.4 (3월 2일): 안정판') && listed.includes('1.5-rc (4월 9일)') && !/\{[{%]/.test(listed),
    '계산한 페이지: 두 단계 아래 폴더의 페이지에 Jekyll이 계산한 목록이 없습니다',
  )
  console.log(
    'SVG의 스크립트, MathJax만 아는 수식 명령, 끝의 /가 빠진 페이지 링크, 빈 줄이 든 HTML 블록, 두 줄에 걸친 태그, 두 단계 아래 폴더의 계산한 페이지가 Jekyll처럼 보입니다',
  )
}

/**
 * The fixture built by Jekyll with some lines added to its `_config.yml`, and the import's plan of the
 * same site with the same lines, for checks that compare the two.
 */
function buildAndPlan(name: string, extraConfig: string): { destination: string; plan: ReturnType<typeof planImport> } {
  const destination = `${WORK}/${name}`
  const config = `${WORK}/${name}.yml`
  writeFileSync(config, extraConfig)
  rmSync(destination, { recursive: true, force: true })
  jekyllBuild(destination, config)
  const site = readJekyllSite(FIXTURE)
  site.config = `${site.config ?? ''}\n${extraConfig}`
  const plan = planImport(site, {
    labels: { site: 'site', content: 'content', public: 'public' },
    series: [],
    knownAuthors: new Set(),
    knownSeries: new Set(),
    blog: { legacyOrigins: [], timeZone: 'Asia/Seoul' },
  })
  return { destination, plan }
}

/** Each post the plan writes, with its front matter and the old URL the import kept for it. */
function plannedPosts(plan: ReturnType<typeof planImport>) {
  return plan.files
    .filter((file) => file.path.startsWith('posts/'))
    .map((file) => {
      const parsed = parseFrontMatter(file.text)
      const data = parsed.ok ? parsed.value.data : {}
      // The import adds the URL it computed last, after any redirect_from the post had itself; a post
      // whose one-segment URL stayed has none, and its slug is its file name's.
      const from = ([] as unknown[]).concat(data.redirect_from ?? []).at(-1)
      const slug = typeof data.slug === 'string' ? data.slug : derivePostSlug(path.basename(file.path))
      return { path: file.path, data, url: typeof from === 'string' ? from : `/${slug}/` }
    })
}

/**
 * With a `timezone`, each post's instant and old URL are the ones Jekyll gave it: an unquoted
 * `2020-01-05 23:30:00` is YAML's timestamp, read as UTC (the 6th in Seoul, and so in its URL),
 * while a bare day or a date without seconds is read in the site's zone.
 */
function checkTimeZone(): void {
  const { destination, plan } = buildAndPlan('zone', 'timezone: Asia/Seoul\n')
  const published = new Map(
    [...readFileSync(path.join(destination, 'feed.xml'), 'utf8').matchAll(/<entry>[\s\S]*?<\/entry>/g)].flatMap(
      ([entry]) => {
        const link = /<link href="https?:\/\/[^/"]+([^"]*)" rel="alternate"/.exec(entry)?.[1]
        const time = /<published>([^<]+)<\/published>/.exec(entry)?.[1]
        return link && time ? [[decodeURI(link), Date.parse(time)] as const] : []
      },
    ),
  )
  let compared = 0
  for (const post of plannedPosts(plan)) {
    const old = published.get(post.url)
    expect(old !== undefined, `timezone: ${post.path}의 옛 주소 ${post.url}가 Jekyll의 피드에 없습니다`)
    if (old === undefined || typeof post.data.date !== 'string') continue
    // The import writes every date with its offset, so the zone given here does not matter.
    const written = parseFrontMatterDate(post.data.date, 'UTC')
    expect(
      written.ok && Date.parse(written.iso) === old,
      `timezone: ${post.path}의 시각 ${post.data.date}가 Jekyll의 ${new Date(old).toISOString()}와 다릅니다`,
    )
    compared += 1
  }
  expect(compared >= 5, `timezone: 비교한 글이 ${compared}개뿐입니다`)
  console.log(`timezone이 있는 사이트: 글 ${compared}개의 시각과 옛 주소가 Jekyll과 같습니다`)
}

/** For each named style, the importer's idea of every post URL (and collection document URL) equals the files Jekyll wrote. */
function checkStyles(): void {
  for (const style of ['date', 'pretty', 'ordinal', 'none']) {
    const { destination, plan } = buildAndPlan(`style-${style}`, `permalink: ${style}\n`)
    const posts = plannedPosts(plan)
    for (const { path: file, url } of posts) {
      const built = url.endsWith('/') ? `${url}index.html` : /\.html$/.test(url) ? url : `${url}.html`
      expect(
        existsSync(path.join(destination, built)),
        `permalink: ${style}: ${file}의 옛 주소 ${url}를 Jekyll은 쓰지 않았습니다`,
      )
    }
    expect(posts.length > 0, `permalink: ${style}: 가져온 글이 없습니다`)
    // Collection documents without a permalink of their own (_authors/) take the ending of the style.
    const documents = plan.report.redirects.filter((r) => r.from.startsWith('/authors/'))
    for (const { from } of documents) {
      const built = from.endsWith('/') ? `${from}index.html` : /\.html$/.test(from) ? from : `${from}.html`
      expect(
        existsSync(path.join(destination, built)),
        `permalink: ${style}: 컬렉션 문서의 옛 주소 ${from}를 Jekyll은 쓰지 않았습니다`,
      )
    }
    expect(documents.length > 0, `permalink: ${style}: 옛 주소를 계산한 컬렉션 문서가 없습니다`)
  }
}

async function main(): Promise<void> {
  rmSync(WORK, { recursive: true, force: true })
  mkdirSync(WORK, { recursive: true })
  jekyllBuild(SITE)
  run(
    ...tsxCommand('tools/jekyll/import-jekyll.ts', [
      FIXTURE,
      '--out',
      CONTENT,
      '--public',
      PUBLIC,
      '--jekyll-build',
      SITE,
    ]),
  )
  run(...tsxCommand('pipeline/index.ts'), {
    CONTENT_DIR: CONTENT,
    OUT_DIR: OUT,
    EXTRA_PUBLIC_DIR: PUBLIC,
    SITE_URL: 'https://example-team.github.io',
  })
  const results = await verifyImport(path.resolve(SITE), path.resolve(OUT), PORT)
  for (const result of results) expect(result.ok, `${result.url}: 답하지 않습니다 (${result.detail})`)
  console.log(`옛 주소 ${results.filter((r) => r.ok).length}/${results.length}개가 답합니다`)
  checkFeeds()
  checkQuotes()
  checkBylines()
  checkHeadingIds()
  checkOldIds()
  checkHtmlPost()
  checkComputedLiquid()
  checkImportedRules()
  checkRepairs()
  checkTimeZone()
  checkStyles()
  if (problems.length > 0) {
    console.error(`✗ Jekyll과 다른 곳 ${problems.length}개:\n  ${problems.join('\n  ')}`)
    process.exitCode = 1
    return
  }
  console.log('✓ Jekyll과 같습니다: 주소, 피드 id, 제목, 시각, 글쓴이, 태그, permalink 방식')
}

await main()
