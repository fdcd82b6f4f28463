import katex from 'katex'
import type { Root } from 'mdast'
import rehypeKatex from 'rehype-katex'
import remarkMath from 'remark-math'
import remarkParse from 'remark-parse'
import remarkGfm from 'remark-gfm'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'

/**
 * Formulas: `$…$` inline and `$$…$$` (or a ```math block) on their own, typeset by KaTeX at build
 * time as HTML for the eye and MathML for screen readers, so the page needs no script. KaTeX's
 * stylesheet and fonts are served from the site (lib/markdown/katex-assets.ts) and linked only by
 * pages that have a formula (hasMath).
 */
export { remarkMath, rehypeKatex }

/** KaTeX's options for the site: both outputs; unknown commands are errors (npm run check reports them). */
export const KATEX_OPTIONS = { output: 'htmlAndMathml', strict: 'ignore', trust: false } as const

/** Whether rendered post HTML holds a typeset formula (and so needs KaTeX's stylesheet). */
export function hasMath(html: string): boolean {
  return html.includes('class="katex')
}

export interface MathProblem {
  /** 1-based line within the body. */
  line: number
  /** KaTeX's reason, as it gave it. */
  reason: string
  source: string
}

/** Every formula of a Markdown body that KaTeX cannot typeset, with its line. */
export function findMathProblems(body: string): MathProblem[] {
  const tree = unified().use(remarkParse).use(remarkGfm).use(remarkMath).parse(body) as Root
  const problems: MathProblem[] = []
  visit(tree, (node) => {
    if (node.type !== 'math' && node.type !== 'inlineMath') return
    try {
      katex.renderToString(node.value, { ...KATEX_OPTIONS, displayMode: node.type === 'math', throwOnError: true })
    } catch (error) {
      const reason = error instanceof Error ? error.message.replace(/^KaTeX parse error: /, '') : String(error)
      problems.push({ line: node.position?.start.line ?? 1, reason, source: node.value })
    }
  })
  return problems
}
