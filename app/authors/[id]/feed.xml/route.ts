import { authorFeed, authorFeedParams } from '@/lib/site/feed-routes'
import { exportedParams } from '@/lib/site/export-scope'

export const dynamic = 'force-static'
export const dynamicParams = false

export function generateStaticParams() {
  return exportedParams(authorFeedParams())
}

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return authorFeed((await params).id)
}
