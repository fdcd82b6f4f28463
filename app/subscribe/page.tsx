import type { ReactNode } from 'react'
import { SiteLink } from '@/components/layout/site-link'
import { SUBSCRIBE_PATH } from '@/components/post/subscribe-note'
import { getAuthors, getPostsByAuthor, getSeriesList, getSeriesParts, getTerms, type TermKind } from '@/lib/content'
import { FEED_FILES, feedPath, type FeedFormat } from '@/lib/site/feeds'
import { buildPageMetadata } from '@/lib/site/metadata'
import { site } from '@/lib/config'
import { integrations } from '@/lib/site/integrations'
import { authorUrl, seriesUrl, termUrl } from '@/lib/site/urls'
import { t } from '@/lib/i18n'
import '@/components/subscribe/subscribe.css'

export const metadata = buildPageMetadata({
  title: t.subscribe,
  description: t.subscribeDescription,
  path: SUBSCRIBE_PATH,
})

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
  return (
    <section aria-labelledby={`feeds-${kind}`}>
      <h3 id={`feeds-${kind}`}>{t.termFeedsHeading[kind]}</h3>
      <ul className="subscribe-feeds">
        {terms.map((term) => (
          <li key={term.slug}>
            <FeedLink path={termUrl(kind, term.slug)}>{kind === 'tags' ? `#${term.name}` : term.name}</FeedLink>{' '}
            <span className="subscribe-count">{t.postCount(term.posts.length)}</span>
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
        <label htmlFor="subscribe-email">{t.emailLabel}</label>
        <input
          id="subscribe-email"
          name="email"
          type="email"
          autoComplete="email"
          required
          placeholder="name@example.com"
        />
        <button type="submit">{t.emailSubmit}</button>
      </form>
    )
  }
  if (email) {
    const href = `mailto:${email}?subject=${encodeURIComponent(t.emailSubject(site.name))}&body=${encodeURIComponent(t.emailBody)}`
    return (
      <p>
        <a className="subscribe-mail" href={href}>
          {t.emailLink(email)}
        </a>{' '}
        {t.emailNote}
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
      <h1 className="page-title">{t.subscribe}</h1>
      <p className="page-lead">{t.subscribeLead}</p>

      <section aria-labelledby="feeds">
        <h2 id="feeds">{t.feedsHeading}</h2>
        <p>{t.feedsIntro}</p>
        <dl className="subscribe-formats">
          {FORMATS.map((format) => (
            <div key={format}>
              <dt>
                <SiteLink href={feedPath({ path: '/' }, format)} type={FEED_FILES[format].type}>
                  {FEED_FILES[format].label}
                </SiteLink>
              </dt>
              <dd>{t.feedHelp[format]}</dd>
            </div>
          ))}
        </dl>

        <h2 id="topic-feeds">{t.topicFeedsHeading}</h2>
        <p>{t.topicFeedsIntro}</p>
        <TermFeeds kind="tags" />
        <TermFeeds kind="categories" />
        {series.length > 0 && (
          <section aria-labelledby="feeds-series">
            <h3 id="feeds-series">{t.seriesFeedsHeading}</h3>
            <ul className="subscribe-feeds">
              {series.map((item) => (
                <li key={item.id}>
                  <FeedLink path={seriesUrl(item.id)}>{item.title}</FeedLink>{' '}
                  <span className="subscribe-count">{t.seriesParts(getSeriesParts(item.id).length)}</span>
                </li>
              ))}
            </ul>
          </section>
        )}
        {authors.length > 0 && (
          <section aria-labelledby="feeds-authors">
            <h3 id="feeds-authors">{t.authorFeedsHeading}</h3>
            <ul className="subscribe-feeds">
              {authors.map((author) => (
                <li key={author.id}>
                  <FeedLink path={authorUrl(author.id)}>{author.name}</FeedLink>{' '}
                  <span className="subscribe-count">{t.postCount(getPostsByAuthor(author.id).length)}</span>
                </li>
              ))}
            </ul>
          </section>
        )}
      </section>

      {email && (
        <section aria-labelledby="email">
          <h2 id="email">{t.emailHeading}</h2>
          <p>{t.emailIntro}</p>
          <EmailSubscription />
        </section>
      )}
    </>
  )
}
