import { notFound } from 'next/navigation'
import { AuthorBox } from '@/components/author/author-box'
import { CODE_COPY_STATUS_CLASS } from '@/components/enhance/code-copy'
import { DraftBadge } from '@/components/post/draft-badge'
import { Comments } from '@/components/post/comments'
import { PostBody } from '@/components/post/post-body'
import { PostByline } from '@/components/post/post-byline'
import { TranslationLag, TranslationLinks } from '@/components/edition/translation-links'
import { PostNeighbours } from '@/components/post/post-neighbours'
import { EditLink } from '@/components/post/edit-link'
import { tagsBesideCategories } from '@/lib/content/taxonomy'
import { ShareButtons } from '@/components/post/share-buttons'
import { SubscribeNote } from '@/components/post/subscribe-note'
import { RelatedPosts } from '@/components/post/related-posts'
import { TableOfContents } from '@/components/post/table-of-contents'
import { SeriesBox, SeriesSteps } from '@/components/series/series-box'
import { CareersCta } from '@/components/post/careers-cta'
import { TermLinks } from '@/components/taxonomy/term-links'
import { JsonLd } from '@/components/seo/json-ld'
import { StaticPage } from '@/components/page/static-page'
import {
  getPageBySlug,
  getPages,
  getPostAuthors,
  getPostBySlug,
  getPublishedPosts,
  getSeriesPosition,
} from '@/lib/content'
import { readingNext } from '@/lib/content/reading-next'
import { buildPageMetadata } from '@/lib/site/metadata'
import { postJsonLd, postMetadata } from '@/lib/site/seo'
import { socialImageFor } from '@/lib/site/social-image'
import { hasToc } from '@/lib/markdown/toc'
import { KATEX_STYLESHEET_PATH } from '@/lib/markdown/katex-assets'
import { hasMath } from '@/lib/markdown/math'
import { absoluteUrl, site } from '@/lib/config'
import { twinPath } from '@/lib/site/markdown-twin'
import { languageAlternates } from '@/lib/site/editions'
import '@/components/post/post.css'
import { exportedParams } from '@/lib/site/export-scope'
import { t } from '@/lib/i18n'

export const dynamicParams = false

/**
 * Raw slugs: Next writes `out/<slug>/index.html` with Hangul and spaces as they are. Standalone
 * pages share this top-level segment; `npm run check` keeps their slugs apart from posts'.
 */
export function generateStaticParams() {
  return exportedParams(
    [...getPublishedPosts(), ...getPages()].map((doc) => ({ slug: doc.slug })),
    (param) => param.slug,
  )
}

type Props = { params: Promise<{ slug: string }> }

/** The page receives the slug percent-encoded; decode it exactly once before the look-up. */
async function findDocument(params: Props['params']) {
  const slug = decodeURIComponent((await params).slug)
  const post = getPostBySlug(slug)
  return post ? { post } : { page: getPageBySlug(slug) }
}

export async function generateMetadata({ params }: Props) {
  const { post, page } = await findDocument(params)
  if (page) return buildPageMetadata({ title: page.title, description: page.description, path: page.url })
  if (!post) return {}
  const metadata = postMetadata(post, socialImageFor(post))
  // The post's Markdown twin (pipeline/stages/write-markdown-twins.ts), for tools and agents.
  const types = { ...metadata.alternates?.types, 'text/markdown': absoluteUrl(twinPath(post.url)) }
  // The post in the blog's other languages (docs/editions.md).
  return { ...metadata, alternates: { ...metadata.alternates, types, languages: languageAlternates(post) } }
}

export default async function PostPage({ params }: Props) {
  const { post, page } = await findDocument(params)
  if (page) return <StaticPage page={page} />
  if (!post) notFound()
  const series = getSeriesPosition(post)
  // Nothing after the text repeats a part the series box already lists.
  const { older, newer, related } = readingNext(getPublishedPosts(), post, series?.parts)
  const toc = hasToc(post.headings)
  return (
    <div className={toc ? 'post-layout post-layout--toc' : 'post-layout'}>
      {/* A post in another language (`lang: en`) says so, so screen readers switch voice. */}
      <article className="post" lang={post.lang}>
        <header className="post__header">
          <DraftBadge post={post} />
          <h1 className="post__title">{post.title}</h1>
          <PostByline post={post} />
          <TranslationLinks post={post} />
          <TranslationLag post={post} />
          <TermLinks kind="categories" terms={post.categoryList} />
          <TermLinks kind="tags" terms={tagsBesideCategories(post)} />
        </header>
        {series && <SeriesBox position={series} />}
        {toc && <TableOfContents headings={post.headings} variant="inline" />}
        {/* KaTeX's stylesheet and fonts only where a formula is (React puts the link in <head>). */}
        {hasMath(post.body.html) && (
          <link rel="stylesheet" href={`${site.basePath}${KATEX_STYLESHEET_PATH}`} precedence="default" />
        )}
        <PostBody html={post.body.html} />
        {series && <SeriesSteps position={series} />}
        {/* Announces the code blocks' copy buttons (components/enhance/code-copy.ts) to screen readers. */}
        <p
          className={`sr-only ${CODE_COPY_STATUS_CLASS}`}
          role="status"
          data-copied={t.codeCopiedNotice}
          data-failed={t.codeCopyFailedNotice}
        />
        <ShareButtons path={post.url} title={post.title} />
        <EditLink post={post} />
        <SubscribeNote />
        <AuthorBox authors={getPostAuthors(post)} />
        <CareersCta />
        <Comments path={post.url} enabled={post.comments} />
      </article>
      {toc && (
        <div className="post-layout__side">
          <TableOfContents headings={post.headings} variant="side" />
        </div>
      )}
      <div className="post-layout__after">
        <PostNeighbours older={older} newer={newer} />
        <RelatedPosts posts={related} />
      </div>
      <JsonLd data={postJsonLd(post, socialImageFor(post).url)} />
    </div>
  )
}
