import { localizeBody } from '@/lib/markdown/html'
import { site, siteRoot } from '@/lib/config'
import './code.css'
import './prose.css'
import './diagram.css'
import './image-zoom.css'

/** The sanitised HTML Contentlayer rendered from the post's Markdown. */
export function PostBody({ html }: { html: string }) {
  return <div className="prose" dangerouslySetInnerHTML={{ __html: localizeBody(html, siteRoot, site.basePath) }} />
}
