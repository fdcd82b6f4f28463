import { seriesFeed, seriesFeedParams } from '@/lib/site/feed-routes'
import { exportedParams } from '@/lib/site/export-scope'

export const dynamic = 'force-static'
export const dynamicParams = false

export function generateStaticParams() {
  return exportedParams(seriesFeedParams())
}

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return seriesFeed((await params).id)
}
