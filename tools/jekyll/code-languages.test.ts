import { describe, expect, it } from 'vitest'
import { isHighlightedLanguage } from '../../lib/markdown/pipeline'
import { highlightJsName, renameFenceLanguage } from './code-languages'

describe('highlightJsName', () => {
  it('gives the highlight.js name of a language Rouge knew by another, and null for the rest', () => {
    expect(highlightJsName('cl')).toBe('lisp')
    expect(highlightJsName('Emacs-Lisp')).toBe('lisp')
    expect(highlightJsName('nasm')).toBe('x86asm')
    expect(highlightJsName('udiff')).toBe('diff')
    expect(highlightJsName('qbasic')).toBeNull()
    expect(highlightJsName('python')).toBeNull()
  })

  it('names only languages the blog highlights, for names the blog does not already know', () => {
    for (const rouge of ['cl', 'common_lisp', 'elisp', 'nasm', 'udiff', 'racket', 'viml', 'objective_c']) {
      expect(isHighlightedLanguage(rouge), rouge).toBe(false)
      expect(isHighlightedLanguage(highlightJsName(rouge) ?? ''), rouge).toBe(true)
    }
  })
})

describe('renameFenceLanguage', () => {
  it('renames the language on the fence at that line only, keeping what follows it', () => {
    const text = '글\n\n```cl\n(defun f ())\n```\n\n~~~ cl {.wide}\n(f)\n~~~\n`cl` 코드\n'
    expect(renameFenceLanguage(text, 3, 'cl', 'lisp')).toBe(text.replace('```cl', '```lisp'))
    expect(renameFenceLanguage(text, 7, 'cl', 'lisp')).toBe(text.replace('~~~ cl', '~~~ lisp'))
    expect(renameFenceLanguage(text, 10, 'cl', 'lisp')).toBe(text)
    expect(renameFenceLanguage('```clojure\n```\n', 1, 'cl', 'lisp')).toBe('```clojure\n```\n')
  })
})
