import { parse } from 'yaml'
import type { SourceFile } from '../../lib/schema/validate-content'
import { flattenHtml } from './convert-page'
import type { LiquidResolver } from './liquid'

/** The top-level values of `_config.yml` (`name`, `email` ...), `{}` when there is none or it does not parse. */
export function readSiteValues(config: string | null): Record<string, unknown> {
  if (config === null) return {}
  try {
    const data: unknown = parse(config.replace(/^\uFEFF/, ''), { uniqueKeys: false })
    return data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {}
  } catch {
    return {}
  }
}

/** `site.a.b` as text: a string, number or boolean the config sets; null for lists, maps and unset names. */
export function siteValueOf(values: Record<string, unknown>, path: string): string | null {
  let value: unknown = values
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object' || Array.isArray(value) || !Object.hasOwn(value, key)) return null
    value = (value as Record<string, unknown>)[key]
  }
  if (typeof value === 'string') return value.trim()
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return null
}

const OUTPUT = /\{\{-?\s*([\s\S]*?)\s*-?\}\}/g

/**
 * The text of an `_includes` snippet with its `{{ include.x }}` (empty when not given, as in Jekyll)
 * and `{{ site.x }}` filled in, through Liquid's `default` filter when one is written. A snippet with Liquid tags or other outputs computes something, so
 * it is not inlined. HTML snippets are flattened so Markdown keeps reading them as HTML.
 */
export function inlineInclude(
  name: string,
  snippet: string | undefined,
  parameters: Record<string, string>,
  values: Record<string, unknown>,
): { text: string } | { problem: string } {
  if (snippet === undefined) return { problem: `_includes/${name}이(가) 없습니다` }
  if (/\{%/.test(snippet))
    return { problem: `_includes/${name}에 Liquid 태그(조건, 반복)가 있어 그대로 옮길 수 없습니다` }
  let unknown: string | null = null
  const text = snippet.replace(OUTPUT, (whole, output: string) => {
    // `| default: 560` (or "560"): Liquid's fallback when the value is missing or empty.
    const withDefault = /^(.*?)\s*\|\s*default:\s*(?:"([^"]*)"|'([^']*)'|([\w.-]+))\s*$/.exec(output)
    const expression = withDefault ? (withDefault[1] ?? '') : output
    const fallback = withDefault ? (withDefault[2] ?? withDefault[3] ?? withDefault[4] ?? '') : ''
    const parameter = /^include\.([\w-]+)$/.exec(expression)
    if (parameter) return parameters[parameter[1] ?? ''] || fallback
    const site = /^site\.([\w.-]+)$/.exec(expression)
    const value = site ? siteValueOf(values, site[1] ?? '') : null
    if (value !== null) return value || fallback
    if (site && withDefault) return fallback
    unknown ??= whole
    return whole
  })
  if (unknown !== null) return { problem: `_includes/${name}의 ${unknown}은(는) 채울 값을 알 수 없습니다` }
  return { text: /\.html?$/.test(name) ? flattenHtml(text).replace(/\n$/, '') : text.replace(/\s+$/, '') }
}

/** The part of the Liquid resolver that reads the site's configuration and snippets. */
export function buildContentResolver(
  config: string | null,
  includes: readonly SourceFile[],
): Pick<LiquidResolver, 'siteValue' | 'include'> {
  const values = readSiteValues(config)
  const snippets = new Map(
    includes.map((file) => [file.path.replace(/^_includes\//, ''), file.text.replace(/\r\n?/g, '\n')]),
  )
  return {
    siteValue: (path) => siteValueOf(values, path),
    include: (name, parameters) => inlineInclude(name, snippets.get(name), parameters, values),
  }
}
