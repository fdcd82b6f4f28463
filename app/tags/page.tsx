import { TermIndex } from '@/components/taxonomy/term-index'
import { buildPageMetadata } from '@/lib/site/metadata'
import { t } from '@/lib/i18n'

export const metadata = buildPageMetadata({
  title: t.termTitle.tags,
  description: t.termIndexDescription.tags,
  path: '/tags/',
})

export default function TagsPage() {
  return <TermIndex kind="tags" />
}
