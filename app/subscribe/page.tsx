import type { ReactNode } from 'react'
import { SiteLink } from '@/components/layout/site-link'
import { SUBSCRIBE_PATH } from '@/components/post/subscribe-note'
import { getAuthors, getPostsByAuthor, getSeriesList, getSeriesParts, getTerms, type TermKind } from '@/lib/content'
import { FEED_FILES, feedPath, type FeedFormat } from '@/lib/site/feeds'
import { buildPageMetadata } from '@/lib/site/metadata'
import { site } from '@/lib/config'
import { integrations } from '@/lib/site/integrations'
import { authorUrl, seriesUrl, TERM_LABELS, termUrl } from '@/lib/site/urls'
import '@/components/subscribe/subscribe.css'

export const metadata = buildPageMetadata({
  title: '구독하기',
  description: '피드 리더나 이메일로 새 글 소식을 받는 방법',
  path: SUBSCRIBE_PATH,
})

/** One line each for readers who have never used a feed. */
const FEED_HELP: Record<FeedFormat, string> = {
  rss: '가장 널리 쓰이는 형식입니다. Feedly, Inoreader 같은 피드 리더에 이 주소를 넣으면 새 글이 올라올 때마다 보입니다.',
  atom: 'RSS와 같은 내용을 더 엄격한 표준으로 담았습니다. 피드 리더가 RSS를 읽지 못할 때 쓰세요.',
  json: '같은 내용을 JSON으로 담았습니다. 직접 만든 도구나 봇으로 새 글을 받아 볼 때 편합니다.',
}

const FORMATS: FeedFormat[] = ['rss', 'atom', 'json']

function FeedLink({ path, children }: { path: string; children: ReactNode }) {
  // Plain links: feeds are files, not pages.
  return (
    <SiteLink href={feedPath({ path })} type={FEED_FILES.rss.type}>
      {children}
    </SiteLink>
  )
}

function TermFeeds({ kind }: { kind: TermKind }) {
  const terms = getTerms(kind)
  if (terms.length === 0) return null
  const label = TERM_LABELS[kind]
  return (
    <section aria-labelledby={`feeds-${kind}`}>
      <h3 id={`feeds-${kind}`}>{label.title}별 피드</h3>
      <ul className="subscribe-feeds">
        {terms.map((term) => (
          <li key={term.slug}>
            <FeedLink path={termUrl(kind, term.slug)}>{kind === 'tags' ? `#${term.name}` : term.name}</FeedLink>{' '}
            <span className="subscribe-count">글 {term.posts.length}개</span>
          </li>
        ))}
      </ul>
    </section>
  )
}

function EmailSubscription() {
  const { formUrl, email } = integrations.subscribe
  if (formUrl) {
    return (
      <form className="subscribe-form" action={formUrl} method="post">
        <label htmlFor="subscribe-email">이메일 주소</label>
        <input
          id="subscribe-email"
          name="email"
          type="email"
          autoComplete="email"
          required
          placeholder="name@example.com"
        />
        <button type="submit">새 글 알림 받기</button>
      </form>
    )
  }
  if (email) {
    const href = `mailto:${email}?subject=${encodeURIComponent(`${site.name} 새 글 알림 신청`)}&body=${encodeURIComponent('이 주소로 새 글 알림을 받고 싶습니다.')}`
    return (
      <p>
        <a className="subscribe-mail" href={href}>
          {email}로 구독 신청 메일 보내기
        </a>{' '}
        — 보낸 주소로 새 글 알림을 보내 드립니다. 그만 받고 싶으면 같은 주소로 알려 주세요.
      </p>
    )
  }
  return null
}

/**
 * How to hear about new posts: the blog's feeds with a line on what each is, the feeds of every
 * tag, category, series and author, and an e-mail subscription when the site set one up
 * (SUBSCRIBE_FORM_URL or SUBSCRIBE_EMAIL, lib/site/integrations.ts). Server-rendered only.
 */
export default function SubscribePage() {
  const email = integrations.subscribe.formUrl !== null || integrations.subscribe.email !== null
  const series = getSeriesList()
  const authors = getAuthors().filter((author) => getPostsByAuthor(author.id).length > 0)
  return (
    <>
      <h1 className="page-title">구독하기</h1>
      <p className="page-lead">
        새 글 소식을 받는 방법입니다. 어느 쪽이든 언제든 그만둘 수 있고, 이 블로그는 누가 구독하는지 추적하지 않습니다.
      </p>

      <section aria-labelledby="feeds">
        <h2 id="feeds">피드로 받기</h2>
        <p>
          피드는 블로그가 새 글 목록을 담아 두는 파일입니다. 피드 리더 앱에 아래 주소 하나를 넣어 두면, 블로그를
          찾아오지 않아도 새 글이 리더에 모입니다.
        </p>
        <dl className="subscribe-formats">
          {FORMATS.map((format) => (
            <div key={format}>
              <dt>
                <SiteLink href={feedPath({ path: '/' }, format)} type={FEED_FILES[format].type}>
                  {FEED_FILES[format].label}
                </SiteLink>
              </dt>
              <dd>{FEED_HELP[format]}</dd>
            </div>
          ))}
        </dl>

        <h2 id="topic-feeds">관심 있는 주제만 받기</h2>
        <p>아래 피드는 RSS 형식이고, 그 주제의 글만 담습니다.</p>
        <TermFeeds kind="tags" />
        <TermFeeds kind="categories" />
        {series.length > 0 && (
          <section aria-labelledby="feeds-series">
            <h3 id="feeds-series">시리즈별 피드</h3>
            <ul className="subscribe-feeds">
              {series.map((item) => (
                <li key={item.id}>
                  <FeedLink path={seriesUrl(item.id)}>{item.title}</FeedLink>{' '}
                  <span className="subscribe-count">{getSeriesParts(item.id).length}편</span>
                </li>
              ))}
            </ul>
          </section>
        )}
        {authors.length > 0 && (
          <section aria-labelledby="feeds-authors">
            <h3 id="feeds-authors">글쓴이별 피드</h3>
            <ul className="subscribe-feeds">
              {authors.map((author) => (
                <li key={author.id}>
                  <FeedLink path={authorUrl(author.id)}>{author.name}</FeedLink>{' '}
                  <span className="subscribe-count">글 {getPostsByAuthor(author.id).length}개</span>
                </li>
              ))}
            </ul>
          </section>
        )}
      </section>

      {email && (
        <section aria-labelledby="email">
          <h2 id="email">이메일로 받기</h2>
          <p>
            새 글이 올라오면 제목, 요약, 링크를 담은 메일을 한 통 보내 드립니다. 주소는 알림을 보내는 데만 쓰고 공개하지
            않습니다.
          </p>
          <EmailSubscription />
        </section>
      )}
    </>
  )
}
