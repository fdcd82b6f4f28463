import type { LineNote } from './front-matter'

/** How links written as Liquid tags resolve to site-internal paths. */
export interface LiquidResolver {
  /** `{% post_url 2019-12-06-kubecon-2 %}` -> `/kubecon-2/`, or null when there is no such post. */
  postUrl(name: string): string | null
  /** `{% link _posts/2019-12-06-kubecon-2.md %}` or `{% link about.md %}` -> a site path, or null. */
  linkUrl(sourcePath: string): string | null
  /** `{{ site.name }}` -> the value `_config.yml` gives it, as text; null when the site does not set it. */
  siteValue?(path: string): string | null
  /**
   * `{% include note.html kind="tip" %}` -> the snippet's text with its `{{ include.x }}` and `{{ site.x }}`
   * filled in, or why it cannot be inlined (loops, conditions, an unknown snippet).
   */
  include?(name: string, parameters: Record<string, string>): { text: string } | { problem: string }
  /**
   * `{{ page.title }}` -> the document's own front-matter value as Liquid printed it; undefined when
   * the document does not set it (Liquid printed nothing). Absent: page values are not known.
   */
  pageValue?(path: string): string | undefined | null
}

export interface LiquidResult {
  text: string
  /** Blocks and literals converted (highlight, raw, comment), on their lines in the converted text. */
  converted: LineNote[]
  /** Links written in Liquid that became site paths (post_url, link, site.url, relative_url). */
  links: LineNote[]
  /** Liquid left as it was because Markdown has no equivalent: a person has to decide. */
  problems: LineNote[]
}

const TOKEN = /\{%-?\s*([\s\S]*?)\s*-?%\}|\{\{-?\s*([\s\S]*?)\s*-?\}\}/g
/** Tags that close or continue a block; the block is reported once, at its opening tag. */
const CONTINUATION = /^(end\w+|else|elsif|when)$/
const BLOCK_TAGS = new Set(['raw', 'highlight', 'comment'])

function fenceFor(code: string): string {
  const longest = Math.max(0, ...[...code.matchAll(/`+/g)].map((m) => m[0].length))
  return '`'.repeat(Math.max(3, longest + 1))
}

/** The path a `site.url`/`site.baseurl` output stands for, given what follows it; null when it is not part of a link. */
function siteRootReplacement(next: string): string | null {
  if (next.startsWith('/') || next.startsWith('{{') || next.startsWith('{%')) return ''
  if (next === '' || /^[)"'>\]]/.test(next)) return '/'
  return null
}

/** `{{ "/assets/a.png" | relative_url }}` and plain string literals (`{{ "{{" }}`), else null. */
function literalOutput(expression: string): string | null {
  // The value holds no quote of its own kind: `"url" | embed: "Title"` is a literal through a filter, not one literal.
  const match = /^(["'])((?:(?!\1).)*)\1\s*(?:\|\s*(relative_url|absolute_url)\s*)?$/.exec(expression)
  if (!match) return null
  const [, , value = '', filter] = match
  if (filter === undefined) return value
  return value.startsWith('/') ? value : `/${value}`
}

/** Liquid's own tags: what they compute stays for a person, as written. */
const CONTROL_TAGS = new Set([
  'if',
  'unless',
  'for',
  'case',
  'assign',
  'capture',
  'tablerow',
  'cycle',
  'increment',
  'decrement',
  'break',
  'continue',
  'include',
  'include_relative',
  'post_url',
  'link',
  'liquid',
  'echo',
  'render',
])

/** Variables Jekyll gives every page; an output of anything else that the post never assigns printed nothing. */
const LIQUID_GLOBALS = new Set([
  'site',
  'page',
  'paginator',
  'layout',
  'content',
  'jekyll',
  'include',
  'forloop',
  'theme',
])

/** Whether the document sets the variable itself (`{% assign x = … %}`, `{% capture x %}`, a `for x in` loop). */
function assigns(text: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return new RegExp(`\\{%-?\\s*(assign|capture|for|increment|decrement)\\s+${escaped}\\b`).test(text)
}

/**
 * What stands where Liquid that cannot be converted was: the Liquid itself in a code span, so the
 * reader sees what the old site had there, and any address it names as a link.
 */
export function liquidPlaceholder(whole: string): string {
  const address = /["'](https?:\/\/[^"'\s]+)["']/.exec(whole)?.[1] ?? /\s(https?:\/\/\S+?)\s*-?[%}]\}/.exec(whole)?.[1]
  const code = whole.includes('`') ? `\`\` ${whole} \`\`` : `\`${whole}\``
  return address === undefined ? `(옮기지 못한 Liquid: ${code})` : `(옮기지 못한 Liquid: ${code} <${address}>)`
}

/** Filters that leave a plain text value readable as it is, or change only its case. */
const TEXT_FILTERS: Record<string, (value: string) => string> = {
  escape: (value) => value,
  xml_escape: (value) => value,
  strip: (value) => value.trim(),
  upcase: (value) => value.toUpperCase(),
  downcase: (value) => value.toLowerCase(),
  capitalize: (value) => value.charAt(0).toUpperCase() + value.slice(1),
}

/** The text of `{{ site.name }}` (optionally through a text filter), or null when it is not such an output or unset. */
function siteOutput(expression: string, resolver: LiquidResolver): string | null {
  const match = /^site\.([\w.-]+)\s*(?:\|\s*(\w+)\s*)?$/.exec(expression)
  if (!match || !resolver.siteValue) return null
  const [, path = '', filter] = match
  const value = resolver.siteValue(path)
  if (value === null) return null
  if (filter === undefined) return value
  const apply = TEXT_FILTERS[filter]
  return apply ? apply(value) : null
}

/** `name="value" other=site.x` of an include tag; values without quotes are read as site variables or left as written. */
function includeParameters(text: string, resolver: LiquidResolver): Record<string, string> {
  const parameters: Record<string, string> = {}
  for (const match of text.matchAll(/([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|(\S+))/g)) {
    const [, name = '', double, single, bare = ''] = match
    parameters[name] =
      double ?? single ?? (bare.startsWith('site.') ? (resolver.siteValue?.(bare.slice(5)) ?? bare) : bare)
  }
  return parameters
}

/**
 * Converts the Liquid of a post body to plain Markdown where it has an equivalent: highlight
 * blocks become fenced code, `{% raw %}` disappears (its content stays as written), comments become
 * HTML comments, `{{ site.url }}`/`{{ site.baseurl }}` drop out of root-relative links, and
 * `{% post_url %}`/`{% link %}` become site paths, `{{ site.name }}` becomes the value `_config.yml` gives
 * it, and `{% include %}` of a plain snippet becomes its text. Everything else is left in place and reported.
 */
export function convertLiquid(text: string, resolver: LiquidResolver): LiquidResult {
  const converted: LineNote[] = []
  const links: LineNote[] = []
  const problems: LineNote[] = []
  let out = ''
  let outLines = 1
  const emit = (chunk: string) => {
    out += chunk
    for (const char of chunk) if (char === '\n') outLines += 1
  }
  const note = (list: LineNote[], message: string) => list.push({ line: outLines, message })

  // A fresh pattern per call: highlight blocks convert their content recursively.
  const tokens = new RegExp(TOKEN.source, 'g')
  let cursor = 0
  for (let match = tokens.exec(text); match !== null; match = tokens.exec(text)) {
    emit(text.slice(cursor, match.index))
    const whole = match[0]
    cursor = match.index + whole.length
    const next = text.slice(cursor, cursor + 2)

    if (match[2] !== undefined) {
      const expression = match[2].trim()
      const page = /^page\.([\w.-]+)$/.exec(expression)
      const pageValue = page && resolver.pageValue ? resolver.pageValue(page[1] ?? '') : null
      if (pageValue !== null) {
        note(
          converted,
          `${whole} → ${pageValue === undefined || pageValue === '' ? '(빈 값)' : pageValue} (이 글의 front matter 값)`,
        )
        emit(pageValue ?? '')
        continue
      }
      const variable = /^([A-Za-z_][\w-]*)(?:\.[\w-]+)*$/.exec(expression)?.[1]
      if (variable !== undefined && !LIQUID_GLOBALS.has(variable) && !assigns(text, variable)) {
        // Liquid prints an undefined variable as nothing (Jekyll is not strict by default).
        note(converted, `${whole} → (빈 값: 정의되지 않은 변수라 옛 사이트도 아무것도 보여 주지 않았습니다)`)
        continue
      }
      const literal = literalOutput(expression)
      const root = /^site\.(url|baseurl)$/.test(expression) ? siteRootReplacement(next) : null
      const value = literal === null && root === null ? siteOutput(expression, resolver) : null
      if (value !== null) {
        note(converted, `${whole} → ${value === '' ? '(빈 값)' : value} (_config.yml의 값)`)
        emit(value)
      } else if (literal !== null || root !== null) {
        const replacement = literal ?? root ?? ''
        const isLink = root !== null || /relative_url|absolute_url/.test(expression)
        note(isLink ? links : converted, `${whole} → ${replacement === '' ? '(지움)' : replacement}`)
        emit(replacement)
      } else {
        // A site's own filter or variable: a visible placeholder naming what was there, never half of it.
        const placeholder = liquidPlaceholder(whole)
        note(
          problems,
          `Liquid 출력 ${whole}은(는) 옛 사이트의 플러그인이나 변수라 옮길 수 없어 표시로 남겼습니다: 내용을 직접 쓰세요`,
        )
        emit(placeholder)
      }
      continue
    }

    const [name = '', ...args] = (match[1] ?? '').split(/\s+/)
    const argument = (match[1] ?? '').slice(name.length).trim()
    if (BLOCK_TAGS.has(name)) {
      const endPattern = new RegExp(`\\{%-?\\s*end${name}\\s*-?%\\}`, 'g')
      endPattern.lastIndex = cursor
      const end = endPattern.exec(text)
      if (!end) {
        note(problems, `${whole}이(가) 닫히지 않아 그대로 두었습니다`)
        emit(whole)
        continue
      }
      const inner = text.slice(cursor, end.index)
      cursor = end.index + end[0].length
      tokens.lastIndex = cursor
      if (name === 'raw') {
        note(converted, '{% raw %} … {% endraw %} → 안의 내용 그대로')
        emit(inner)
      } else if (name === 'comment') {
        note(converted, '{% comment %} → HTML 주석')
        emit(`<!--${inner.replace(/--/g, '- -')}-->`)
      } else {
        const [language = '', ...options] = args
        // Liquid inside a highlight block was rendered by Jekyll, so it is converted too.
        const code = convertLiquid(inner.replace(/^[ \t]*\n/, '').replace(/\s+$/, ''), resolver)
        if (out !== '' && !out.endsWith('\n')) emit('\n')
        const fence = fenceFor(code.text)
        const dropped = options.length > 0 ? ` (${options.join(' ')} 옵션은 뺐습니다)` : ''
        note(converted, `{% highlight ${language} %} → \`\`\`${language} 코드 블록${dropped}`)
        const codeStart = outLines + 1
        const shift = (n: LineNote) => ({ ...n, line: n.line + codeStart - 1 })
        converted.push(...code.converted.map(shift))
        links.push(...code.links.map(shift))
        problems.push(...code.problems.map(shift))
        emit(`${fence}${language}\n${code.text}\n${fence}`)
        if (cursor < text.length && text[cursor] !== '\n') emit('\n')
      }
      continue
    }

    if (name === 'include' && resolver.include) {
      const [snippet = '', ...rest] = argument.split(/\s+/)
      const included = resolver.include(snippet, includeParameters(rest.join(' '), resolver))
      if ('text' in included) {
        note(converted, `${whole} → _includes/${snippet}의 내용`)
        emit(included.text)
      } else {
        note(problems, `${whole}: ${included.problem}: 내용을 직접 옮겨 쓰세요`)
        emit(whole)
      }
      continue
    }

    if (name === 'gist' && /^[\w-]+\/[\da-f]+$/i.test(args[0] ?? '')) {
      // jekyll-gist embedded the Gist with a script; the blog links to it instead.
      const [id = '', file] = args
      const link = `[GitHub Gist 코드 보기: ${file ?? id}](https://gist.github.com/${id})`
      note(converted, `${whole} → ${link}`)
      emit(link)
      continue
    }

    const resolved =
      name === 'post_url' ? resolver.postUrl(argument) : name === 'link' ? resolver.linkUrl(argument) : undefined
    if (typeof resolved === 'string') {
      note(links, `${whole} → ${resolved}`)
      emit(resolved)
    } else if (resolved === null) {
      note(problems, `${whole}: 가리키는 ${name === 'post_url' ? '글' : '파일'}이 없어 그대로 두었습니다`)
      emit(whole)
    } else if (CONTINUATION.test(name)) {
      emit(whole)
    } else if (CONTROL_TAGS.has(name)) {
      note(problems, `Liquid 태그 ${whole}은(는) Markdown으로 바꿀 방법이 없어 그대로 두었습니다`)
      emit(whole)
    } else {
      // A site's own tag (`{% oembed … %}`, a plugin's): a visible placeholder naming it.
      note(
        problems,
        `Liquid 태그 ${whole}은(는) 옛 사이트의 플러그인이라 옮길 수 없어 표시로 남겼습니다: 내용을 직접 쓰세요`,
      )
      emit(liquidPlaceholder(whole))
    }
  }
  emit(text.slice(cursor))
  return { text: out, converted, links, problems }
}
