import { katexFont, katexFontNames } from '@/lib/markdown/katex-assets'
import { exportedParams } from '@/lib/site/export-scope'

// The fonts KaTeX's stylesheet names, next to it.
export const dynamic = 'force-static'
export const dynamicParams = false

export function generateStaticParams() {
  return exportedParams(katexFontNames().map((font) => ({ font })))
}

export async function GET(_request: Request, { params }: { params: Promise<{ font: string }> }) {
  const { font } = await params
  return new Response(katexFont(decodeURIComponent(font)) as BodyInit, { headers: { 'Content-Type': 'font/woff2' } })
}
