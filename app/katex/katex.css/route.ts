import { katexStylesheet } from '@/lib/markdown/katex-assets'

// KaTeX's stylesheet, linked only by posts with a formula (app/[slug]/page.tsx).
export const dynamic = 'force-static'

export function GET() {
  return new Response(katexStylesheet(), { headers: { 'Content-Type': 'text/css; charset=utf-8' } })
}
