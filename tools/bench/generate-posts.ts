// The benchmark's blog: N posts shaped like real Korean company tech blogs (Korean prose of varied
// length, code in several languages, screenshots local and hotlinked, the raw HTML old posts
// carry, a few tables, Zipf-distributed tags, series, ten authors), the same bytes for the same N.
// `npm run bench` builds it and prints its shape (corpusShape) beside the build's figures; nothing
// here times anything. Calibrated against four public Jekyll blogs of Korean companies (not kept
// here), whose posts average 6,000 to 13,000 characters, 4.5 to 6.3 code blocks and 3.9 to 11
// pictures, most of them over 30 blocks long (docs/performance.md).
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { Resvg } from '@resvg/resvg-js'
import { josa } from 'es-hangul'
import { stringify } from 'yaml'
import { site } from '../../lib/config'
import { derivePostSlug } from '../../lib/schema/slug'
import { codeBlock } from './code-samples'
import { createRandom, type Random } from './random'
import {
  AUTHORS,
  CATEGORIES,
  HEADINGS,
  IMAGE_CAPTIONS,
  PROBLEMS,
  PRODUCTS,
  SENTENCES,
  SERIES_THEMES,
  TAGS,
  TEAMS,
  TITLE_SHAPES,
  TOPICS,
} from './vocabulary'

export interface GeneratedPost {
  /** Path inside the content folder, e.g. `posts/2021-03-02-eks-upgrade-17.md`. */
  file: string
  slug: string
  bodyChars: number
}

export interface GeneratedBlog {
  /** Content files by path inside the content folder. */
  content: Map<string, string>
  /** Files by path inside the public folder (the local images posts show). */
  publicFiles: Map<string, Uint8Array>
  posts: GeneratedPost[]
}

const LOCAL_IMAGES = 12
const FIRST_DAY = Date.UTC(2016, 0, 4)
const LAST_DAY = Date.UTC(2025, 11, 30)
const SLUG_WORDS = [
  'migration',
  'upgrade',
  'retrospective',
  'guide',
  'tuning',
  'setup',
  'deep-dive',
  'lessons',
  'patterns',
  'checklist',
]

/** Fills `{t}`, `{p:을/를}` and friends; each slot draws its word once per sentence. */
function fill(shape: string, r: Random, topic: string, product: string): string {
  const words: Record<string, () => string> = {
    t: () => topic,
    p: () => product,
    x: () => r.pick(PROBLEMS),
    w: () => r.pick(TEAMS),
    n: () => String(r.int(3, 70)),
  }
  return shape.replace(/\{(\w)(?::([^}]+))?\}/g, (_, slot: string, particle?: string) => {
    const word = words[slot]?.() ?? slot
    if (!particle) return word
    return particle.includes('/') ? josa(word, particle as Parameters<typeof josa>[1]) : `${word}${particle}`
  })
}

function paragraph(r: Random, topic: string, product: string): string {
  return Array.from({ length: r.int(2, 6) }, () =>
    fill(r.pick(SENTENCES), r, r.chance(0.7) ? topic : r.pick(TOPICS), r.chance(0.7) ? product : r.pick(PRODUCTS)),
  ).join(' ')
}

function table(r: Random): string {
  const rows = r
    .zipfSome(PROBLEMS, r.int(2, 6))
    .map((problem) => `| ${problem} | ${r.int(20, 900)} | ${r.int(5, 500)} |`)
  return ['| 항목 | 도입 전 | 도입 후 |', '| --- | ---: | ---: |', ...rows].join('\n')
}

function image(r: Random, slug: string): string {
  const caption = r.pick(IMAGE_CAPTIONS)
  if (r.chance(0.6))
    return `![${caption}](/assets/bench/diagram-${String(r.int(1, LOCAL_IMAGES)).padStart(2, '0')}.png)`
  // Old posts hotlink pictures from other hosts; the build must not need them.
  return `![${caption}](https://images.example.com/blog/${slug}/${r.int(1, 9)}.png)`
}

/** Screenshots in a row, as a walkthrough shows its steps: one to three. */
function pictures(r: Random, slug: string): string {
  return Array.from({ length: r.int(1, 3) }, () => image(r, slug)).join('\n\n')
}

/** What old posts write in raw HTML: centred and sized pictures, folded details, anchors, breaks. */
function rawHtml(r: Random, slug: string, topic: string, product: string): string {
  const local = `/assets/bench/diagram-${String(r.int(1, LOCAL_IMAGES)).padStart(2, '0')}.png`
  switch (r.int(0, 3)) {
    case 0:
      return `<p align="center"><img src="${local}" alt="${r.pick(IMAGE_CAPTIONS)}" width="${r.int(4, 9) * 10}%"></p>`
    case 1:
      return `<details>\n<summary>${fill(r.pick(HEADINGS), r, topic, product)}</summary>\n\n${paragraph(r, topic, product)}\n\n</details>`
    case 2:
      return `<a name="${slug}-${r.int(1, 99)}"></a>\n\n${paragraph(r, topic, product)}<br>\n${fill(r.pick(SENTENCES), r, topic, product)}`
    default:
      return `<div align="center"><img src="https://images.example.com/blog/${slug}/wide-${r.int(1, 9)}.png" alt="${r.pick(IMAGE_CAPTIONS)}" width="720"></div>`
  }
}

function list(r: Random, topic: string, product: string): string {
  const ordered = r.chance(0.4)
  return Array.from(
    { length: r.int(3, 7) },
    (_, i) => `${ordered ? `${i + 1}.` : '-'} ${fill(r.pick(SENTENCES), r, topic, product)}`,
  ).join('\n')
}

interface PostPlan {
  index: number
  day: number
  slug: string
  fileTitle: string
  title: string
  author: (typeof AUTHORS)[number]
  series?: { id: string; order: number; parts: number }
}

function body(r: Random, plan: PostPlan, topic: string, product: string, plans: readonly PostPlan[]): string {
  const earlier = plans.slice(Math.max(0, plan.index - 200), plan.index)
  // A mean of about 9,500 characters (the real posts average 6,000 to 13,000), most shorter, a few to 32,000.
  const target = Math.round(2000 + 30000 * r.next() ** 3)
  const blocks: string[] = [paragraph(r, topic, product)]
  const previous = plan.series && plan.series.order > 1 ? earlier[earlier.length - 1] : undefined
  if (previous) blocks.unshift(`이전 편: [${previous.title}](/${previous.slug}/)`)
  let length = blocks.join('\n\n').length
  while (length < target) {
    const section: string[] = [`${r.chance(0.2) ? '#' : '##'} ${fill(r.pick(HEADINGS), r, topic, product)}`]
    for (let i = r.int(1, 3); i > 0; i -= 1) section.push(paragraph(r, topic, product))
    if (r.chance(0.3)) section.push(codeBlock(r))
    if (r.chance(0.3)) section.push(list(r, topic, product))
    if (r.chance(0.03)) section.push(table(r))
    if (r.chance(0.14)) section.push(pictures(r, plan.slug))
    if (r.chance(0.07)) section.push(rawHtml(r, plan.slug, topic, product))
    if (r.chance(0.08)) section.push(`> ${fill(r.pick(SENTENCES), r, topic, product)}`)
    if (r.chance(0.15) && earlier.length > 0) {
      const other = r.pick(earlier)
      // Some authors paste the old blog's absolute address; the build turns it into an internal link.
      const href = r.chance(0.3) ? `${site.legacyOrigins[0]}/${encodeURI(other.slug)}/` : `/${encodeURI(other.slug)}/`
      section.push(`관련 글: [${other.title}](${href})`)
    }
    const text = section.join('\n\n')
    blocks.push(text)
    length += text.length + 2
  }
  return `${blocks.join('\n\n')}\n`
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10)
}

/** Plans every post first (dates, slugs, series runs), so later posts can link to earlier ones. */
function planPosts(count: number, r: Random): { plans: PostPlan[]; series: Map<string, string> } {
  const plans: PostPlan[] = []
  const series = new Map<string, string>()
  const span = LAST_DAY - FIRST_DAY
  let run: { id: string; title: string; parts: number; author: PostPlan['author'] } | undefined
  let order = 0
  for (let index = 0; index < count; index += 1) {
    const day = FIRST_DAY + Math.floor((((index + r.next() * 0.9) / count) * span) / 86_400_000) * 86_400_000
    if (!run && count - index >= 2 && r.chance(0.05)) {
      const [themeId, themeTitle] = r.pick(SERIES_THEMES)
      const season = [...series.keys()].filter((id) => id.startsWith(`${themeId}-`)).length + 1
      run = {
        id: `${themeId}-${season}`,
        title: season === 1 ? themeTitle : `${themeTitle} 시즌 ${season}`,
        parts: Math.min(r.int(2, 6), count - index),
        author: r.zipf(AUTHORS),
      }
      series.set(run.id, run.title)
      order = 0
    }
    const topic = r.pick(TOPICS)
    const product = r.zipf(PRODUCTS)
    const title = run
      ? `${run.title} ${order + 1}편: ${fill(r.pick(TITLE_SHAPES), r, topic, product)}`
      : fill(r.pick(TITLE_SHAPES), r, topic, product)
    // Most file names are ASCII; some are the Korean title itself, as older posts were.
    const hangul = r.chance(0.12)
    const fileTitle = hangul
      ? `${title.replace(/[:/?#]/g, '')} ${index + 1}`
      : `${product.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${r.pick(SLUG_WORDS)}-${index + 1}`
    const plan: PostPlan = {
      index,
      day,
      slug: derivePostSlug(`${isoDay(day)}-${fileTitle}.md`),
      fileTitle,
      title,
      author: run?.author ?? r.zipf(AUTHORS),
    }
    if (run) {
      order += 1
      plan.series = { id: run.id, order, parts: run.parts }
      if (order === run.parts) run = undefined
    }
    plans.push(plan)
  }
  return { plans, series }
}

/** Draws the few local pictures posts show: boxes and arrows, like the diagrams authors paste. */
function diagram(r: Random, n: number): Uint8Array {
  const boxes = Array.from({ length: r.int(3, 6) }, (_, i) => {
    const x = 40 + i * 150
    const y = 120 + r.int(0, 200)
    const hue = r.int(0, 359)
    return `<rect x="${x}" y="${y}" width="120" height="80" rx="10" fill="hsl(${hue},60%,85%)" stroke="hsl(${hue},50%,40%)" stroke-width="3"/><line x1="${x + 120}" y1="${y + 40}" x2="${x + 150}" y2="${y + 40}" stroke="#555" stroke-width="3"/>`
  })
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="960" height="540"><rect width="960" height="540" fill="#fafafa"/><rect x="20" y="20" width="${200 + n * 40}" height="40" fill="#dde"/>${boxes.join('')}</svg>`
  return new Resvg(svg).render().asPng()
}

/** The blog of `count` posts; the same count always gives the same files. */
export function generateBlog(count: number): GeneratedBlog {
  const r = createRandom(count)
  const { plans, series } = planPosts(count, r)
  const content = new Map<string, string>()
  const posts: GeneratedPost[] = []
  for (const [id, name, role] of AUTHORS)
    content.set(`authors/${id}.yml`, stringify({ name, role, bio: `${role}로 일하며 배운 것을 나눕니다.` }))
  for (const [id, title] of series)
    content.set(`series/${id}.yml`, stringify({ title, description: `${title}: 여러 편에 걸쳐 정리한 이야기입니다.` }))
  for (const plan of plans) {
    const topic = r.pick(TOPICS)
    const product = r.zipf(PRODUCTS)
    const tags = r.zipfSome(TAGS, r.int(1, 6))
    const front: Record<string, unknown> = {}
    if (r.chance(0.3)) front.layout = 'post'
    front.title = plan.title
    if (r.chance(0.8)) front.description = fill(r.pick(SENTENCES), r, topic, product)
    if (r.chance(0.7))
      front.date = `${isoDay(plan.day)} ${String(r.int(7, 22)).padStart(2, '0')}:${r.pick(['00', '15', '30'])}:00`
    front.tags = r.chance(0.15) && tags.every((tag) => !tag.includes(' ')) ? tags.join(' ') : tags
    if (r.chance(0.6)) front.categories = r.zipfSome(CATEGORIES, r.int(1, 2))
    front.author = r.chance(0.85) ? plan.author[0] : plan.author[1]
    if (r.chance(0.1)) front.image = `/assets/bench/diagram-${String(r.int(1, LOCAL_IMAGES)).padStart(2, '0')}.png`
    if (plan.series) {
      front.series = plan.series.id
      if (r.chance(0.5)) front.seriesOrder = plan.series.order
    }
    const text = body(r, plan, topic, product, plans)
    const file = `posts/${isoDay(plan.day)}-${plan.fileTitle}.md`
    content.set(file, `---\n${stringify(front)}---\n\n${text}`)
    posts.push({ file, slug: plan.slug, bodyChars: text.length })
  }
  const publicFiles = new Map<string, Uint8Array>()
  for (let n = 1; n <= LOCAL_IMAGES; n += 1)
    publicFiles.set(`assets/bench/diagram-${String(n).padStart(2, '0')}.png`, diagram(r, n))
  return { content, publicFiles, posts }
}

/** Writes the blog into a content folder and a public folder (both created if missing). */
export function writeBlog(blog: GeneratedBlog, contentDir: string, publicDir: string): void {
  for (const [files, root] of [
    [blog.content, contentDir],
    [blog.publicFiles, publicDir],
  ] as const) {
    for (const [name, data] of files) {
      const file = path.join(root, name)
      mkdirSync(path.dirname(file), { recursive: true })
      writeFileSync(file, data)
    }
  }
}

/** The shape of a blog's posts, per post on average: what the calibration compares with real blogs. */
export interface CorpusShape {
  posts: number
  meanChars: number
  codeBlocks: number
  images: number
  externalImages: number
  tables: number
  rawHtmlBlocks: number
  /** Share of posts of 30 blocks (paragraphs, lists, code, pictures...) or more. */
  longShare: number
}

/** Measures Markdown posts (front matter included or not) the way the calibration measured the real ones. */
export function corpusShape(texts: readonly string[]): CorpusShape {
  const per = texts.map((text) => {
    const body = text.replace(/^---\n[\s\S]*?\n---\n/, '')
    const count = (pattern: RegExp) => (body.match(pattern) ?? []).length
    return {
      chars: body.length,
      code: count(/^```/gm) / 2,
      images: count(/!\[[^\]]*\]\(/g) + count(/<img\b/g),
      external: count(/!\[[^\]]*\]\(https?:/g) + count(/<img[^>]*src="https?:/g),
      tables: count(/^\|[ :-]+\|/gm),
      html: count(/^<(p|div|details|a|center|table)\b/gm),
      blocks: body.split(/\n\s*\n/).filter((block) => block.trim() !== '').length,
    }
  })
  const n = Math.max(1, per.length)
  const mean = (key: keyof (typeof per)[number]) => per.reduce((sum, post) => sum + post[key], 0) / n
  return {
    posts: per.length,
    meanChars: Math.round(mean('chars')),
    codeBlocks: mean('code'),
    images: mean('images'),
    externalImages: mean('external'),
    tables: mean('tables'),
    rawHtmlBlocks: mean('html'),
    longShare: per.filter((post) => post.blocks >= 30).length / n,
  }
}
