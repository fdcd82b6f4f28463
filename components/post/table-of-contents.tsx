import { nestHeadings, type TocHeading } from '@/lib/markdown/toc'
import { t } from '@/lib/i18n'
import './toc.css'

function TocList({ headings }: { headings: TocHeading[] }) {
  return (
    <ol>
      {nestHeadings(headings).map((section) => (
        <li key={section.id}>
          <a href={`#${section.id}`}>{section.text}</a>
          {section.children.length > 0 && <TocList headings={section.children} />}
        </li>
      ))}
    </ol>
  )
}

/**
 * The post's sections as in-page links, rendered twice by the page and shown one at a time by
 * CSS: `inline` is a closed <details> above the text on small screens, `side` a sticky list
 * beside it on wide ones. Both work without JavaScript; components/enhance/toc-highlight.ts marks the current one.
 */
export function TableOfContents({ headings, variant }: { headings: TocHeading[]; variant: 'inline' | 'side' }) {
  if (variant === 'inline') {
    return (
      <nav className="toc toc--inline" aria-label={t.tableOfContents}>
        <details>
          <summary>{t.tableOfContents}</summary>
          <TocList headings={headings} />
        </details>
      </nav>
    )
  }
  return (
    <nav className="toc toc--side" aria-labelledby="toc-title">
      <h2 id="toc-title" className="toc__title">
        {t.tableOfContents}
      </h2>
      <TocList headings={headings} />
    </nav>
  )
}
