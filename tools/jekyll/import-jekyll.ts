// npm run import:jekyll -- <jekyll-site> [--out content] [--public public] [--series map.yml] [--jekyll-build _site] [--dry-run] [--overwrite]
// Imports a Jekyll site into the blog: the work is planned by tools/jekyll/plan.ts (pure); this file
// only reads the site, writes what the plan says and prints the report.
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { imageSize } from 'image-size'
import { parse } from 'yaml'
import { builtFeedFiles } from './legacy-urls'
import { LIQUID_OUTPUT_FILE, readLiquidOutput } from './liquid-output'
import { planImport, type JekyllSite } from './plan'
import { formatReport, type ImportReport } from './report'
import { parseSeriesMapping } from './series'
import { isExcluded, namedByEntry, relinkKeptHtml, repairStaticHtml, repairStaticSvg } from './static-files'
import { jekyllExclude, jekyllInclude, jekyllSourceDir, readJekyllConfig } from './config'
import { declaredCollections } from './collections'
import { readSiteConfig, readSiteIdentity, siteConfigText, withIdentity, type ImportedLanguages } from './site-identity'
import { site as blog } from '../../lib/config'

export interface ImportCommand {
  siteDir: string
  contentDir: string
  publicDir: string
  seriesFile: string | null
  /** The old site's own Jekyll output (`_site`), whose feeds give the ids to keep; null when there is none. */
  buildDir: string | null
  dryRun: boolean
  overwrite: boolean
}

/**
 * Folders at the site's root that hold the build output and tooling, never published, and not worth
 * reading (installed gems, packages): skipped at the root only, where Jekyll's defaults leave them out;
 * `assets/vendor/` of a theme is published like any folder.
 */
const IGNORED = new Set([
  '_site',
  '.git',
  '.github',
  'node_modules',
  'vendor/bundle',
  'vendor/cache',
  'vendor/gems',
  'vendor/ruby',
  '.jekyll-cache',
  '.sass-cache',
  '.bundle',
])
const TEXT_PAGE = /\.(md|markdown|html?)$/

function walk(dir: string, root: string): string[] {
  return readdirSync(dir)
    .flatMap((entry) => {
      const full = path.join(dir, entry)
      const relative = path.relative(root, full).split(path.sep).join('/')
      if (IGNORED.has(relative)) return []
      return statSync(full).isDirectory() ? walk(full, root) : [relative]
    })
    .sort()
}

/** Whether the old site's Jekyll build answered a path: a file, a folder's index.html, or `<path>.html`. */
function answeredBy(buildDir: string): (sitePath: string) => boolean {
  return (sitePath) => {
    const file = path.join(buildDir, ...sitePath.split('/'))
    if (!path.resolve(file).startsWith(path.resolve(buildDir))) return false
    return (
      (existsSync(file) && statSync(file).isFile()) ||
      existsSync(path.join(file, 'index.html')) ||
      existsSync(`${file.replace(/\/+$/, '')}.html`)
    )
  }
}

/** The `.html` file the old host served for an address without an extension, when the build has only that. */
export function servedHtmlIn(buildDir: string): (sitePath: string) => string | null {
  return (sitePath) => {
    const file = path.join(buildDir, ...sitePath.split('/'))
    if (!path.resolve(file).startsWith(path.resolve(buildDir))) return null
    // A file of that name, or a folder with its index page, answered first; a folder of other pages
    // (`world/2023/` beside `world/2023.html`) did not.
    if (existsSync(file) && (statSync(file).isFile() || existsSync(path.join(file, 'index.html')))) return null
    return existsSync(`${file}.html`) && statSync(`${file}.html`).isFile() ? `${sitePath}.html` : null
  }
}

/** A file of the old site's Jekyll build, or null when there is none. */
function readBuildFile(buildDir: string, file: string): string | null {
  const full = path.join(buildDir, file)
  return existsSync(full) && statSync(full).isFile() ? readFileSync(full, 'utf8') : null
}

/** The feed files of the old site's Jekyll build (legacy-urls.ts builtFeedFiles). */
function readBuiltFeeds(buildDir: string): JekyllSite['built'] {
  const feeds = builtFeedFiles((file) => readBuildFile(buildDir, file)).map((name) => ({
    path: name,
    text: readBuildFile(buildDir, name) ?? '',
  }))
  const liquid = path.join(buildDir, LIQUID_OUTPUT_FILE)
  return {
    label: label(buildDir),
    feeds,
    files: walk(buildDir, buildDir).map((file) => `/${file}`),
    page: (url) => {
      const relative = url.replace(/^\/+/, '')
      const candidates =
        relative === '' || relative.endsWith('/')
          ? [`${relative}index.html`]
          : [relative, `${relative}.html`, `${relative}/index.html`]
      const file = candidates
        .map((name) => path.join(buildDir, name))
        .find((full) => existsSync(full) && statSync(full).isFile())
      return file === undefined ? null : readFileSync(file, 'utf8')
    },
    pageFile: (url) => {
      const relative = url.replace(/^\/+/, '')
      const candidates =
        relative === '' || relative.endsWith('/')
          ? [`${relative}index.html`]
          : [relative, `${relative}.html`, `${relative}/index.html`]
      const found = candidates.find((name) => {
        const full = path.join(buildDir, ...name.split('/'))
        return path.resolve(full).startsWith(path.resolve(buildDir)) && existsSync(full) && statSync(full).isFile()
      })
      return found === undefined ? null : `/${found}`
    },
    ...(existsSync(liquid) ? { liquid: readLiquidOutput(readFileSync(liquid, 'utf8'), label(liquid)) } : {}),
  }
}

/** `owner/name` of the GitHub remote in the site folder's `.git/config`, if it has one. */
function readGitRepository(siteDir: string): string | null {
  const config = path.join(siteDir, '.git', 'config')
  if (!existsSync(config)) return null
  const match = /url\s*=\s*\S*github\.com[:/]([\w.-]+)\/([\w.-]+?)(?:\.git)?\s*$/m.exec(readFileSync(config, 'utf8'))
  return match ? `${match[1]}/${match[2]}` : null
}

/** The first 4 KB of a file as text: enough to see front matter or an e-mail address. */
function readHead(file: string): string {
  const buffer = Buffer.alloc(4096)
  const fd = openSync(file, 'r')
  try {
    return buffer.subarray(0, readSync(fd, buffer, 0, buffer.length, 0)).toString('utf8')
  } finally {
    closeSync(fd)
  }
}

/**
 * Whether Jekyll reads a file outside its special folders (Jekyll::EntryFilter): no part of its path
 * starts with `_`, `.`, `#` or `~` or ends with `~` (`install/linux/_linux.md`, a partial an include
 * pulls in, was never published), unless `include:` names that part by its path or its name
 * (`include: [_pages, .well-known]`).
 */
export function publishedByJekyll(file: string, include: readonly string[]): boolean {
  const parts = file.split('/')
  return parts.every((part, at) => {
    if (!/^[_.#~]|~$/.test(part)) return true
    const upTo = parts.slice(0, at + 1).join('/')
    return include.some((entry) => namedByEntry(entry, upTo) || namedByEntry(entry, part))
  })
}

/**
 * Whether a file is in a `_posts` (or `_drafts`) folder Jekyll reads: the site's own, or one in a
 * published folder (`blog/_posts/x.md`, whose folders become the post's first categories).
 */
const inSpecialFolder = (file: string, folder: '_posts' | '_drafts'): boolean => {
  const parts = file.split('/')
  const at = parts.indexOf(folder)
  return at !== -1 && at < parts.length - 1 && parts.slice(0, at).every((part) => !/^[_.#]/.test(part))
}

const sourceFolder = (root: string, configText: string | null): string =>
  jekyllSourceDir(root, configText, (dir) => existsSync(dir) && statSync(dir).isDirectory())

/**
 * Reads what the importer needs from a Jekyll site folder (its `_config.yml`, then its `source:`), and
 * the folder the site was read from.
 */
export function readJekyllSite(root: string): JekyllSite & { sourceDir: string } {
  const configPath = path.join(root, '_config.yml')
  const configText = existsSync(configPath) ? readFileSync(configPath, 'utf8') : null
  // Jekyll reads _config.yml where it runs, then the site from its `source:` folder.
  const siteDir = sourceFolder(root, configText)
  // What `exclude:` names Jekyll never read: no post, page, collection document or file of it.
  const excluded = jekyllExclude(configText)
  const included = jekyllInclude(configText)
  const published = (file: string) => publishedByJekyll(file, included)
  const all = walk(siteDir, siteDir).filter((file) => !isExcluded(`/${file}`, excluded))
  const read = (file: string) => ({ path: file, text: readFileSync(path.join(siteDir, file), 'utf8') })
  const gemfile = path.join(root, 'Gemfile')
  return {
    sourceDir: siteDir,
    config: configText,
    gemfile: existsSync(gemfile) ? readFileSync(gemfile, 'utf8') : null,
    posts: all.filter((file) => inSpecialFolder(file, '_posts')).map(read),
    pages: all
      .filter(
        (file) =>
          published(file) && (!file.includes('/') || /^[^/_.][^/]*\/index\.[a-z]+$/.test(file)) && TEXT_PAGE.test(file),
      )
      .map(read),
    drafts: all.filter((file) => inSpecialFolder(file, '_drafts')),
    includes: all.filter((file) => file.startsWith('_includes/')).map(read),
    // Jekyll reads `_data/authors` from any of these files; of two, the last in name order wins.
    dataAuthors:
      ['_data/authors.yml', '_data/authors.yaml', '_data/authors.json']
        .filter((file) => all.includes(file))
        .map((file) => read(file).text)[0] ?? null,
    files: new Set(all.filter(published).map((file) => `/${file}`)),
    staticCandidates: all.filter(published).map((file) => ({
      path: `/${file}`,
      // An SVG is read whole: a script anywhere in it would run on the blog's origin.
      head: /\.svg$/i.test(file) ? readFileSync(path.join(siteDir, file), 'utf8') : readHead(path.join(siteDir, file)),
    })),
    imageSize: (urlPath) => {
      try {
        const { width, height } = imageSize(readFileSync(path.join(siteDir, ...decodeURI(urlPath).split('/'))))
        return width > 0 && height > 0 ? { width, height } : null
      } catch {
        return null
      }
    },
    repository: readGitRepository(root),
    collectionFiles: all
      .filter((file) => declaredCollections(configText).some(({ name }) => file.startsWith(`_${name}/`)))
      .map(read),
    folderPages: all
      .filter(
        (file) =>
          file.includes('/') && published(file) && !file.startsWith('assets/') && /\.(md|markdown|html?)$/.test(file),
      )
      .map(read)
      .filter((file) => file.text.startsWith('---')),
  }
}

/** Ids (file names) of the YAML files in a content subfolder, and each file's `name` when asked for. */
function readKnownIds(dir: string, withNames: boolean): Set<string> {
  if (!existsSync(dir)) return new Set()
  return new Set(
    readdirSync(dir)
      .filter((file) => file.endsWith('.yml'))
      .flatMap((file) => {
        const data = withNames ? (parse(readFileSync(path.join(dir, file), 'utf8')) as { name?: unknown } | null) : null
        return [file.replace(/\.yml$/, ''), ...(typeof data?.name === 'string' ? [data.name.trim()] : [])]
      }),
  )
}

const label = (dir: string) => path.relative(process.cwd(), dir).split(path.sep).join('/') || '.'

/** Writes a file unless it is already the same; a different existing file is kept unless --overwrite. */
function put(target: string, content: Buffer, shown: string, command: ImportCommand, report: ImportReport): void {
  const existing = existsSync(target) ? readFileSync(target) : null
  if (existing !== null && existing.equals(content)) {
    report.files.unchanged += 1
    return
  }
  if (existing !== null && !command.overwrite) {
    report.files.kept.push(shown)
    report.needsHuman.push({
      file: shown,
      line: 1,
      message: '이미 있고 가져올 내용과 달라 그대로 두었습니다: 비교해 보고 바꾸려면 --overwrite로 다시 실행하세요',
    })
    return
  }
  ;(existing === null ? report.files.created : report.files.updated).push(shown)
  if (command.dryRun) return
  mkdirSync(path.dirname(target), { recursive: true })
  writeFileSync(target, content)
}

/** Imports a Jekyll site and returns the report; throws on what stops the import as a whole. */
export function runImport(command: ImportCommand): ImportReport {
  const { sourceDir, ...site } = readJekyllSite(command.siteDir)
  if (!existsSync(path.join(sourceDir, '_posts')) && site.posts.length === 0)
    throw new Error(`${sourceDir}: _posts 폴더가 없습니다 (Jekyll 사이트 폴더를 주세요)`)
  if (command.buildDir !== null) {
    if (!existsSync(command.buildDir))
      throw new Error(
        `${command.buildDir}: Jekyll 빌드 폴더가 없습니다 (--jekyll-build에는 jekyll build가 만든 _site를 주세요)`,
      )
    site.built = readBuiltFeeds(command.buildDir)
  }
  let series: ReturnType<typeof parseSeriesMapping> = { ok: true, series: [] }
  if (command.seriesFile !== null) {
    series = parseSeriesMapping(
      readFileSync(command.seriesFile, 'utf8'),
      site.posts.map((file) => file.path.split('/').pop() ?? file.path),
    )
    if (!series.ok) throw new Error(`${command.seriesFile}:\n  ${series.problems.join('\n  ')}`)
  }
  const labels = { site: label(sourceDir), content: label(command.contentDir), public: label(command.publicDir) }
  const readConfig = readJekyllConfig(site.config ?? '')
  const origin = readConfig.ok ? readConfig.config.origin : null
  const plan = planImport(site, {
    labels,
    series: series.series,
    // Authors and series the blog already has: posts naming them are not reported again.
    knownAuthors: readKnownIds(path.join(command.contentDir, 'authors'), true),
    knownSeries: readKnownIds(path.join(command.contentDir, 'series'), false),
    blog: { legacyOrigins: blog.legacyOrigins, timeZone: blog.timeZone },
  })
  for (const file of plan.files) {
    put(
      path.join(command.contentDir, file.path),
      Buffer.from(file.text, 'utf8'),
      `${labels.content}/${file.path}`,
      command,
      plan.report,
    )
  }
  const built = new Set(plan.builtPages)
  for (const asset of [...plan.assets, ...plan.builtPages]) {
    const from = built.has(asset)
      ? path.join(command.buildDir ?? '', ...asset.split('/'))
      : path.join(sourceDir, ...(plan.assetSources[asset] ?? asset).split('/'))
    let content = readFileSync(from)
    if (/\.html?$/i.test(asset)) {
      const repaired = repairStaticHtml(content.toString('utf8'))
      // Addresses the old build did not write (another project on the old domain) lead there again.
      const pointed =
        command.buildDir === null
          ? { text: repaired.text, notes: [], unresolved: [] }
          : relinkKeptHtml(repaired.text, {
              answered: answeredBy(command.buildDir),
              origin,
              unimported: (sitePath) =>
                plan.unimported.get(sitePath) ?? plan.unimported.get(`${sitePath.replace(/\/+$/, '')}/`),
              filePath: asset,
              servedHtml: servedHtmlIn(command.buildDir),
              fragmentFor: plan.fragmentFor,
            })
      for (const message of [...repaired.notes, ...pointed.notes])
        plan.report.repairedFiles.push({ file: `${labels.public}${asset}`, line: 1, message })
      for (const message of pointed.unresolved)
        plan.report.needsHuman.push({ file: `${labels.public}${asset}`, line: 1, message })
      if (repaired.notes.length > 0 || pointed.text !== repaired.text) content = Buffer.from(pointed.text, 'utf8')
    }
    if (/\.svg$/i.test(asset)) {
      const repaired = repairStaticSvg(content.toString('utf8'))
      if (repaired.remaining.length > 0) {
        // A picture a post uses that the blog cannot serve safely: the post's picture goes missing, so a person decides.
        plan.report.needsHuman.push({
          file: `${labels.site}${asset}`,
          line: repaired.remaining[0]?.line ?? 1,
          message: `복사하지 않았습니다: SVG에 블로그가 받지 않는 내용이 남아 있습니다 (${repaired.remaining
            .map((problem) => `${problem.line}번째 줄: ${problem.message}`)
            .join(', ')}). 그 부분을 지운 SVG나 PNG로 ${labels.public}${asset}에 두세요`,
        })
        continue
      }
      for (const message of repaired.notes)
        plan.report.repairedFiles.push({ file: `${labels.public}${asset}`, line: 1, message })
      if (repaired.notes.length > 0) content = Buffer.from(repaired.text, 'utf8')
    }
    put(path.join(command.publicDir, ...asset.split('/')), content, `${labels.public}${asset}`, command, plan.report)
  }
  return plan.report
}

const USAGE =
  '사용법: npm run import:jekyll -- <Jekyll 사이트 폴더> [--out content] [--public public] [--series 시리즈.yml] [--jekyll-build <_site>] [--site-config site.config.mjs] [--dry-run] [--overwrite]'

function readCommand(): (ImportCommand & { siteConfigFile: string | null }) | null {
  let parsed
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        out: { type: 'string', default: 'content' },
        public: { type: 'string', default: 'public' },
        series: { type: 'string' },
        'jekyll-build': { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        overwrite: { type: 'boolean', default: false },
        'site-config': { type: 'string' },
      },
    })
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`)
    return null
  }
  const { values, positionals } = parsed
  const [siteDir] = positionals
  if (siteDir === undefined || positionals.length > 1) {
    console.error(USAGE)
    return null
  }
  return {
    siteDir: path.resolve(siteDir),
    contentDir: path.resolve(values.out),
    publicDir: path.resolve(values.public),
    seriesFile: values.series === undefined ? null : path.resolve(values.series),
    // The old site's own build, when it sits in the usual place, gives the old feed ids.
    buildDir:
      values['jekyll-build'] !== undefined
        ? path.resolve(values['jekyll-build'])
        : existsSync(path.join(siteDir, '_site'))
          ? path.resolve(siteDir, '_site')
          : null,
    dryRun: values['dry-run'],
    overwrite: values.overwrite,
    // The blog's identity goes into its configuration when the import is the blog's own content.
    siteConfigFile:
      values['site-config'] !== undefined
        ? path.resolve(values['site-config'])
        : path.resolve(values.out) === path.resolve('content')
          ? path.resolve('site.config.mjs')
          : null,
  }
}

/**
 * Carries the old blog's title, description, address, language and time zone into site.config.mjs
 * (or the file `--site-config` names, started from the blog's own), and the editions its posts'
 * languages call for (`languages`, ImportReport's `editions`; null: none, and the file's own go).
 * Returns the lines for the report.
 */
export async function carryIdentity(
  siteDir: string,
  file: string,
  languages: ImportedLanguages | null = null,
): Promise<string[]> {
  const configFile = path.join(siteDir, '_config.yml')
  const identity = existsSync(configFile) ? readSiteIdentity(readFileSync(configFile, 'utf8')) : {}
  const names = [...Object.keys(identity), ...(languages !== null ? ['editions'] : [])]
  const root = process.cwd()
  const current = await readSiteConfig(existsSync(file) ? file : path.join(root, 'site.config.mjs'))
  // Editions the file had before belong to another blog: they go even when nothing else changes.
  const stale = languages === null && (current.editions?.length ?? 0) > 0
  if (names.length === 0 && !stale)
    return [
      existsSync(configFile)
        ? '사이트 설정: _config.yml에 옮길 이름, 주소, 언어가 없어 site.config.mjs를 그대로 둡니다'
        : '사이트 설정: _config.yml이 없어 site.config.mjs를 그대로 둡니다',
    ]
  let text = siteConfigText(withIdentity(current, identity, languages), file, root)
  try {
    const prettier = await import('prettier')
    text = await prettier.format(text, { ...(await prettier.resolveConfig(file)), filepath: file })
  } catch {
    // Without the formatter (a production install) the file is still valid as written.
  }
  writeFileSync(file, text)
  const shown = path.relative(root, file) || file
  return [
    ...(names.length > 0
      ? [
          `사이트 설정: ${shown}에 ${names.join(', ')}를 _config.yml${languages !== null ? '과 글의 언어' : ''}에서 옮겼습니다 (${identity.name ?? ''} ${identity.url ?? ''}${identity.basePath ?? ''})`.trim(),
        ]
      : []),
    ...(languages !== null
      ? [
          `사이트 설정: 판 ${languages.editions.map((edition) => `${edition.locale} (/${edition.path}/)`).join(', ')}: 판마다 name과 description을 그 언어로 옮겨 쓰세요 (지금은 첫 판의 것입니다)`,
        ]
      : []),
    ...(stale ? [`사이트 설정: ${shown}에 있던 editions는 가져온 블로그의 것이 아니라 뺐습니다`] : []),
  ]
}

function main(): void {
  const command = readCommand()
  if (command === null) {
    process.exitCode = 2
    return
  }
  try {
    const report = runImport(command)
    console.log(formatReport(report, { dryRun: command.dryRun }))
    if (command.siteConfigFile !== null && !command.dryRun)
      void carryIdentity(command.siteDir, command.siteConfigFile, report.editions)
        .then((lines) => lines.forEach((line) => console.log(line)))
        .catch((error: unknown) => {
          console.error(`✗ 사이트 설정을 쓰지 못했습니다: ${(error as Error).message}`)
          process.exitCode = 1
        })
  } catch (error) {
    console.error(`✗ 가져오기 실패: ${(error as Error).message}`)
    process.exitCode = 1
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main()
