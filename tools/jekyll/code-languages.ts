/**
 * Code languages Jekyll's highlighter (Rouge) coloured under names the blog's highlighter
 * (highlight.js) knows differently: `{% highlight cl %}` was Common Lisp on the old site, and
 * would be plain text on the blog. Only names whose grammar is the same language are listed.
 */
const ROUGE_TO_HIGHLIGHT_JS: Readonly<Record<string, string>> = {
  // Rouge's common_lisp and emacs_lisp; highlight.js has one Lisp grammar.
  cl: 'lisp',
  'common-lisp': 'lisp',
  common_lisp: 'lisp',
  elisp: 'lisp',
  'emacs-lisp': 'lisp',
  emacs_lisp: 'lisp',
  // Rouge's nasm (Intel syntax), which highlight.js calls x86asm.
  nasm: 'x86asm',
  // Rouge's diff.
  udiff: 'diff',
  // Rouge's racket, a Scheme.
  racket: 'scheme',
  // Rouge's viml.
  viml: 'vim',
  vimscript: 'vim',
  // Rouge's objective_c.
  objective_c: 'objectivec',
  obj_c: 'objectivec',
}

/** The name the blog highlights a language Rouge knew as `language` by, or null when there is none. */
export function highlightJsName(language: string): string | null {
  return ROUGE_TO_HIGHLIGHT_JS[language.toLowerCase()] ?? null
}

/**
 * Writes `to` for `from` on the fence that opens a code block at `line` (1-based) of `text`
 * (```` ```cl ```` becomes ```` ```lisp ````); the text is returned unchanged when that line is not such a fence.
 */
export function renameFenceLanguage(text: string, line: number, from: string, to: string): string {
  const lines = text.split('\n')
  const opening = lines[line - 1]
  if (opening === undefined) return text
  const escaped = from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const renamed = opening.replace(new RegExp(`^([ \\t>]*(?:\`{3,}|~{3,})[ \\t]*)${escaped}(?=[\\s{]|$)`), `$1${to}`)
  if (renamed === opening) return text
  lines[line - 1] = renamed
  return lines.join('\n')
}
