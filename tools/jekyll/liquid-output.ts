/**
 * What Jekyll's own Liquid made of each Markdown document, read from the file the plugin
 * tools/jekyll/ruby/liquid-output.rb writes into the old site's build folder. Liquid is a language
 * (variables, conditions, loops, includes that compute, a site's own tags): the import converts the
 * tags that have a Markdown equivalent itself, and for a document whose Liquid has none it takes the
 * text Jekyll computed, so the post reads as the old site showed it instead of keeping placeholders.
 */

/** The plugin's file, in the build folder (a dot file: no static host serves it, import:verify skips it). */
export const LIQUID_OUTPUT_FILE = '.liquid-output.json'

/** Source path as Jekyll names it (`_posts/2019-12-06-a.md`, `en/about.md`) -> the body after Liquid. */
export function readLiquidOutput(text: string, label: string): ReadonlyMap<string, string> {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    throw new Error(
      `${label}: JSON이 아닙니다 (${(error as Error).message}). 옛 사이트를 플러그인과 함께 다시 빌드하세요`,
    )
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new Error(`${label}: 문서 경로와 본문의 짝이 아닙니다. 옛 사이트를 플러그인과 함께 다시 빌드하세요`)
  return new Map(Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === 'string'))
}
