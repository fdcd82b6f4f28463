import katex from 'katex'
import rehypeKatex from 'rehype-katex'
import remarkMath from 'remark-math'
import { bodyOutline } from '../schema/body-tree'

/**
 * Formulas: `$…$` inline and `$$…$$` (or a ```math block) on their own, typeset by KaTeX at build
 * time as HTML for the eye and MathML for screen readers, so the page needs no script. KaTeX's
 * stylesheet and fonts are served from the site (lib/markdown/katex-assets.ts) and linked only by
 * pages that have a formula (hasMath).
 */
export { remarkMath, rehypeKatex }

/** KaTeX's options for the site: both outputs; unknown commands are errors (npm run check reports them). */
/**
 * KaTeX as the pipeline runs it. Sizes an author writes (`\rule{10000em}{10000em}`, `\kern`,
 * `\hspace`) are capped at MAX_FORMULA_EM: uncapped, one formula made a page 200,000 px wide and
 * covered everything below it. Macros expand at most MAX_FORMULA_EXPANSIONS times, so a macro that
 * calls itself is an error rather than a hang.
 */
export const MAX_FORMULA_EM = 20
export const MAX_FORMULA_EXPANSIONS = 500
export const KATEX_OPTIONS = {
  output: 'htmlAndMathml',
  strict: 'ignore',
  trust: false,
  maxSize: MAX_FORMULA_EM,
  maxExpand: MAX_FORMULA_EXPANSIONS,
} as const

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
  /** How to mend it, when that is not "fix the TeX". */
  fix?: string
  /** Set when the formula is typeset, but not as written (a size over the cap). */
  capped?: true
  /** The formula's offsets in the body, delimiters included. */
  start: number
  end: number
}

/** Every formula of a Markdown body that KaTeX cannot typeset, with its line. */
export function findMathProblems(body: string): MathProblem[] {
  const problems: MathProblem[] = []
  for (const formula of bodyOutline(body).math) {
    // `$$x = 1` opening a block: the text after `$$` is not part of the formula, and without a `$$`
    // alone on a later line the block runs to the end of the post, taking the rest of it along.
    if (formula.display && formula.meta?.trim()) {
      problems.push({
        line: formula.line,
        start: formula.start,
        end: formula.end,
        reason: `여는 $$ 뒤의 "${formula.meta.trim().slice(0, 60)}"은(는) 수식에 들어가지 않고, 닫는 $$가 따로 한 줄에 없으면 글 끝까지 수식이 됩니다`,
        source: formula.value,
        fix: '수식 블록은 $$만 있는 줄로 열고 닫으세요 ($$ 한 줄, 수식, $$ 한 줄)',
      })
      continue
    }
    try {
      const options = { ...KATEX_OPTIONS, displayMode: formula.display, throwOnError: true }
      const html = katex.renderToString(formula.value, options)
      // A size over the cap is typeset smaller without a word: the same formula without the cap tells.
      if (/\d/.test(formula.value) && html !== katex.renderToString(formula.value, { ...options, maxSize: Infinity }))
        problems.push({
          line: formula.line,
          start: formula.start,
          end: formula.end,
          reason: `크기가 ${MAX_FORMULA_EM}em보다 커서 ${MAX_FORMULA_EM}em으로 줄여 조판합니다`,
          source: formula.value,
          fix: `\\rule, \\kern, \\hspace 같은 크기를 ${MAX_FORMULA_EM}em 이하로 쓰세요`,
          capped: true,
        })
    } catch (error) {
      const reason = error instanceof Error ? error.message.replace(/^KaTeX parse error: /, '') : String(error)
      problems.push({ line: formula.line, start: formula.start, end: formula.end, reason, source: formula.value })
    }
  }
  return problems
}
