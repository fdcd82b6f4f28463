import { localizeBody } from '@/lib/markdown/html'
import { siteBasePath, siteWideRoot } from '@/lib/config'
import { t } from '@/lib/i18n'
import './code.css'
import './prose.css'
import './diagram.css'
import './image-zoom.css'

/**
 * The sanitised HTML Contentlayer rendered from the post's Markdown. Its data-* attributes are the
 * words the page's script adds to it, in the page's language: the code blocks' copy buttons
 * (components/enhance/code-copy.ts) and the full-size picture's dialog (components/enhance/image-zoom.ts).
 */
export function PostBody({ html }: { html: string }) {
  return (
    <div
      className="prose"
      data-copy={t.codeCopy}
      data-copied={t.codeCopied}
      data-copy-before={t.codeCopyBefore}
      data-copy-after={t.codeCopyAfter}
      data-zoom-label={t.imageZoom}
      data-zoom-close={t.imageZoomClose}
      // A site path in a post is read from the site's root, in every edition (docs/editions.md).
      dangerouslySetInnerHTML={{ __html: localizeBody(html, siteWideRoot, siteBasePath) }}
    />
  )
}
