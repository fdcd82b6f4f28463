import { termFeed, termFeedParams } from '@/lib/site/feed-routes'
import { exportedParams } from '@/lib/site/export-scope'

export const dynamic = 'force-static'
export const dynamicParams = false

export function generateStaticParams() {
  return exportedParams(termFeedParams('tags').map(({ slug }) => ({ tag: slug })))
}

export async function GET(_request: Request, { params }: { params: Promise<{ tag: string }> }) {
  return termFeed('tags', (await params).tag)
}
