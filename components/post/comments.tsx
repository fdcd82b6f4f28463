import {
  commentTerm,
  discussionSearchUrl,
  GISCUS_CLIENT,
  integrations,
  type GiscusSettings,
} from '@/lib/site/integrations'
import { t } from '@/lib/i18n'

/**
 * The comment section at the end of a post, when the site set up giscus (lib/site/integrations.ts)
 * and the post did not say `comments: false`. The server renders a link to the post's discussion on
 * GitHub, which works without JavaScript, and a button the page's script (components/enhance/comments.ts)
 * reveals: only when the reader presses it does the browser ask giscus for anything.
 */
export function Comments({
  path,
  enabled,
  settings = integrations.giscus,
}: {
  path: string
  enabled: boolean | undefined
  settings?: GiscusSettings | null
}) {
  if (!settings || enabled === false) return null
  return (
    <section className="comments" aria-labelledby="comments-heading">
      <h2 id="comments-heading" className="comments__heading">
        {t.comments}
      </h2>
      <p className="comments__note">
        {t.commentsNote}{' '}
        <a href={discussionSearchUrl(settings, path)} rel="noopener noreferrer">
          {t.commentsOnGitHub}
        </a>
      </p>
      <button type="button" className="comments__load" hidden data-comments-load="">
        {t.showComments}
      </button>
      {/* The script copies these data-* attributes onto the giscus script it adds here. */}
      <div
        className="comments__thread"
        data-comments-script={GISCUS_CLIENT}
        data-repo={settings.repo}
        data-repo-id={settings.repoId}
        data-category={settings.category}
        data-category-id={settings.categoryId}
        data-mapping="specific"
        data-term={commentTerm(path)}
        data-strict="1"
        data-reactions-enabled="1"
        data-emit-metadata="0"
        data-input-position="top"
        data-lang={t.giscusLanguage}
        data-loading="eager"
      />
    </section>
  )
}
