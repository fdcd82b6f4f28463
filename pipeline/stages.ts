// The build, as one list. `npm run build` runs these stages in order over one BuildContext
// (pipeline/context.ts); `npm run build -- --explain` prints them with what each would do this
// time and why. A stage that starts a child process in the background names the later stage that
// waits for it. Heavy modules are imported inside `run`, so the first children start at once.
import { cpSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'
import { editionOf, exportedEditions, getPages, getPublishedPostsAt, getTranslations } from '../lib/content'
import { readGenerated } from '../lib/content/generated-files'
import { countUnrendered, pruneRenderStore, renderKey } from '../lib/markdown/render-store'
import { bundleExports, postBundle } from '../lib/schema/bundles'
import { readContentSources } from '../lib/schema/content-sources'
import { site, type Edition } from '../lib/config'
import { EXPORT_ONLY_ENV } from '../lib/site/export-scope'
import type { BuildContext } from './context'
import { contentlayerCacheStale, keyContentlayerCache } from './incremental/contentlayer-cache'
import {
  fillFromPrevious,
  manifestFile,
  outFingerprint,
  planExport,
  printDocument,
  readManifest,
  siteKey,
  writeManifest,
  type DocumentPrint,
  type ExportPlan,
} from './incremental/partial-export'
import { setAsideNextOutput } from './incremental/staging'
import { ChildFailed } from './processes/children'
import { packageCommand, tsxCommand } from './processes/commands'

export interface Stage {
  name: string
  /** What it reads and what it writes, for a reader of this list. */
  reads: string
  writes: string
  /** Only in a full or only in a partial build (the Export plan decides); both when absent. */
  only?: ExportPlan['mode']
  /** What it will do this time, and why, for `--explain` (which runs no stage). */
  explain: (context: BuildContext) => string | Promise<string>
  run: (context: BuildContext) => Promise<void> | void
}

/**
 * Up to this many posts without a stored render, Contentlayer starts beside the content check and
 * renders them itself, which costs less than waiting; with more (a cold store), it waits for the
 * check, which renders on every core, or it would render them a second time.
 */
const RENDER_BESIDE_CHECK = 16

/**
 * Contentlayer and the Markdown pipeline allocate short-lived objects at a great rate: a larger
 * young generation spends less time in garbage collection (about a fifth less CPU at 1,000 posts,
 * for some 150 MB more memory).
 */
const ALLOCATION_HEAVY = '--max-semi-space-size=64'

/** A partial build's list travels in `next build`'s environment; a longer one (many edits) builds everything. */
const MAX_PARTIAL_LIST = 64 * 1024

function renderKeys(context: BuildContext): string[] {
  if (context.state.renderKeys) return context.state.renderKeys
  const sources = readContentSources()
  context.state.renderKeys = [...sources.posts, ...(sources.pages ?? [])].map((file) =>
    renderKey(file.text, postBundle(file.path, file.text)),
  )
  return context.state.renderKeys
}

function unrendered(context: BuildContext): number {
  return countUnrendered(renderKeys(context))
}

function startContentlayer(context: BuildContext) {
  if (keyContentlayerCache()) console.log('그림 파일이나 Markdown 파이프라인이 바뀌어 Contentlayer 캐시를 비웠습니다')
  return context.children.start('Contentlayer', packageCommand('contentlayer2', ['build']), {
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} ${ALLOCATION_HEAVY}`.trim(),
  })
}

/** Full or partial, from Contentlayer's output and the manifest of the export in out/. */
function planThisExport(context: BuildContext): {
  plan: ExportPlan
  site: string
  documents: Record<string, DocumentPrint>
} {
  const documents: Record<string, DocumentPrint> = {}
  for (const post of getPublishedPostsAt(context.publish)) documents[documentKey(post)] = printDocument(post, true)
  for (const page of getPages()) documents[page.slug] = printDocument(page, false)
  // Every post file, drafts included, stays out of the site key: a published post is compared by its
  // fingerprints above, and a draft or a scheduled post shows nowhere.
  const { allPosts } = readGenerated()
  const key = siteKey({
    root: context.root,
    contentDir: context.contentDir,
    documentFiles: new Set([...allPosts, ...getPages()].map((document) => document._raw.sourceFilePath)),
    extraPublicDir: context.extraPublicDir,
    env: process.env,
  })
  const previous = readManifest(manifestFile(context.outDir))
  let plan = planExport(previous, { site: key, out: outFingerprint(context.outDir), documents }, context.forceFull)
  // A translation's page says when its original changed (git's history, not the original's card):
  // a post rendered again takes its translations with it.
  if (plan.mode === 'partial') {
    const byKey = new Map(getPublishedPostsAt(context.publish).map((post) => [documentKey(post), post]))
    const group = plan.changed.flatMap((key) => {
      const post = byKey.get(key)
      return post === undefined ? [] : getTranslations(post).map((other) => documentKey(other.post))
    })
    plan = { ...plan, changed: [...new Set([...plan.changed, ...group])] }
  }
  if (plan.mode === 'partial' && JSON.stringify(plan.changed).length > MAX_PARTIAL_LIST)
    plan = { mode: 'full', reason: `본문이 바뀐 문서가 ${plan.changed.length}개로 많습니다` }
  return { plan, site: key, documents }
}

/** The editions this build exports, each with its folder in the export and its base path. */
function editionsOf(context: BuildContext): { edition: Edition; dir: string; basePath: string }[] {
  return exportedEditions(getPublishedPostsAt(context.publish)).map((edition) => ({
    edition,
    dir: edition.path === '' ? context.stagingDir : path.join(context.stagingDir, edition.path),
    basePath: edition.path === '' ? site.basePath : `${site.basePath}/${edition.path}`,
  }))
}

function planned(context: BuildContext): ExportPlan {
  if (!context.state.plan) throw new Error('Export plan 단계가 먼저 끝나야 합니다')
  return context.state.plan
}

/**
 * A document's name in the export plan: its slug, after its edition's folder in another edition than
 * the first (`en/kubecon-1`), where the same slug may name its translation.
 */
function documentKey(post: Parameters<typeof editionOf>[0] & { slug: string }): string {
  const folder = editionOf(post).path
  return folder === '' ? post.slug : `${folder}/${post.slug}`
}

/** The documents a partial build renders again, by documentKey; null in a full build. */
function changedDocuments(context: BuildContext): ReadonlySet<string> | null {
  const plan = planned(context)
  return plan.mode === 'partial' ? new Set(plan.changed) : null
}

/** The slugs one edition's `next build` renders again (its folder taken off), or null for all. */
function changedSlugsIn(context: BuildContext, edition: Edition): string[] | null {
  const changed = changedDocuments(context)
  if (changed === null) return null
  const prefix = edition.path === '' ? '' : `${edition.path}/`
  return [...changed]
    .filter((key) => (prefix === '' ? !key.includes('/') : key.startsWith(prefix)))
    .map((key) => key.slice(prefix.length))
}

export const STAGES: readonly Stage[] = [
  {
    name: 'Staging',
    reads: '.next/ (the last build’s pages)',
    writes: '.out-staging/ (claimed), .cache/set-aside/',
    explain: () =>
      'Next가 지난 빌드의 파일을 지우는 동안 아무것도 못 하므로, 그 파일을 .cache/set-aside/로 옮겨 뒤에서 지웁니다',
    run: (context) => {
      context.state.setAside = setAsideNextOutput(context.root)
      context.state.setAside.catch(() => undefined)
    },
  },
  {
    name: 'Font subset',
    reads: 'content/, app/, components/, lib/ (every character shown)',
    writes: '.cache/fonts/, the site font (awaited by Contentlayer)',
    explain: async (context) => {
      const { planFont } = await import('./stages/font')
      return `이 글자들의 글꼴이 캐시에 ${planFont(context.contentDir).hit ? '있어 복사만 합니다' : '없어 새로 만듭니다'} (검사, Contentlayer와 함께 뒤에서)`
    },
    run: (context) => {
      context.state.font = context.children.start('Font subset', tsxCommand('pipeline/stages/font.ts'))
    },
  },
  {
    name: 'Content check',
    reads: 'content/ (posts, pages, authors, series), .cache/render/',
    writes: '.cache/render/ (renders of changed posts, outlines)',
    explain: (context) => {
      const count = unrendered(context)
      return (
        `저장된 렌더가 없는 글 ${count}개를 렌더합니다 (나머지 ${renderKeys(context).length - count}개는 저장된 렌더를 씁니다). ` +
        (count > RENDER_BESIDE_CHECK
          ? `${RENDER_BESIDE_CHECK}개보다 많아 Contentlayer는 검사가 끝난 뒤에 시작합니다`
          : 'Contentlayer가 검사와 함께 시작합니다')
      )
    },
    run: async (context) => {
      if (unrendered(context) <= RENDER_BESIDE_CHECK) context.state.contentlayer = startContentlayer(context)
      console.log(`▶ 콘텐츠 검사 (렌더할 글 ${unrendered(context)}개)`)
      // `npm run check` itself, in a process of its own: the memory it takes to read and render every
      // post goes back to the machine before Next's export, the build's other peak. (A heap limit made
      // it collect sooner but cost 40 % more CPU at 1,000 posts, in the render threads.)
      try {
        await context.children.run('Content check', tsxCommand('scripts/check-content.ts'))
      } catch (error) {
        // Exit code 1 is the check's own verdict; anything else (a crash) is reported as it is.
        if (error instanceof ChildFailed && error.exitCode === 1)
          throw new Error('콘텐츠 검사에서 오류가 나왔습니다. 위에 나온 파일과 줄을 고친 뒤 npm run check로 확인하세요')
        throw error
      }
    },
  },
  {
    name: 'Contentlayer',
    reads: 'content/, .cache/render/',
    writes: '.contentlayer/ (typed documents)',
    explain: () =>
      contentlayerCacheStale()
        ? '그림 파일이나 Markdown 파이프라인이 바뀌어 Contentlayer 캐시를 비우고 모든 문서를 다시 만듭니다'
        : 'Contentlayer 캐시에서 바뀐 문서만 다시 만듭니다',
    run: async (context) => {
      const contentlayer = context.state.contentlayer ?? startContentlayer(context)
      await Promise.all([contentlayer.done, context.state.font?.done])
      const pruned = pruneRenderStore(renderKeys(context))
      if (pruned > 0) console.log(`저장된 렌더 중 지금 글에 쓰이지 않는 ${pruned}개를 지웠습니다`)
    },
  },
  {
    name: 'Export plan',
    reads: '.contentlayer/, the code, .cache/exports/ (what out/ was built from)',
    writes: '(the plan: full, or partial with the documents to render)',
    explain: (context) => {
      if (!existsSync(path.join(context.root, '.contentlayer', 'generated')))
        return 'Contentlayer가 아직 실행된 적이 없어 전체 빌드입니다'
      let plan: ExportPlan
      try {
        plan = planThisExport(context).plan
      } catch (error) {
        // Contentlayer's last output names renders this store lacks (a cleaned .cache, another store).
        return `빌드할 때 정합니다: Contentlayer의 지난 출력을 읽지 못했습니다 (${(error as Error).message})`
      }
      // The stages after this one are explained for this plan.
      context.state.plan = plan
      const note =
        unrendered(context) > 0 ? ' (Contentlayer의 지난 출력 기준: 그 뒤에 고친 글은 빌드할 때 다시 판단합니다)' : ''
      return plan.mode === 'full'
        ? `전체 빌드: ${plan.reason}${note}`
        : `부분 빌드: 본문이 바뀐 문서 ${plan.changed.length}개(${plan.changed.slice(0, 5).join(', ') || '없음'})만 다시 렌더합니다${note}`
    },
    run: (context) => {
      const { plan, site: key, documents } = context.clock.time('Export plan', () => planThisExport(context))
      Object.assign(context.state, { plan, siteKey: key, documents })
      console.log(
        plan.mode === 'partial'
          ? `\n▶ 부분 빌드: 본문이 바뀐 문서 ${plan.changed.length}개(${plan.changed.slice(0, 5).join(', ') || '없음'})와 ` +
              '사이트 전체 경로(홈, 피드, 검색 색인, 사이트맵)만 다시 렌더하고, 나머지는 이전 빌드에서 가져옵니다'
          : `\n▶ 전체 빌드: ${plan.reason}`,
      )
    },
  },
  {
    name: 'Next.js static export',
    reads: 'app/, components/, lib/, .contentlayer/, .next/cache/ (Turbopack)',
    writes: '.out-staging/ (pages, feeds, search index, sitemap)',
    explain: (context) =>
      context.state.plan?.mode === 'partial'
        ? '바뀐 문서의 페이지와 사이트 전체 경로(홈, 피드, 검색 색인, 사이트맵)만 렌더합니다'
        : '모든 페이지를 렌더합니다',
    run: async (context) => {
      const { readClientModules } = await import('./stages/next-internals')
      // Each edition is the same site built again in its language, into its folder (docs/editions.md);
      // each build's client modules are read before the next build replaces them in .next/.
      context.state.clientModules = new Map()
      for (const { edition, dir } of editionsOf(context)) {
        const only = changedSlugsIn(context, edition)
        await context.children.run(
          `Next.js static export${edition.path && ` (${edition.path})`}`,
          packageCommand('next', ['build']),
          {
            NEXT_EXPORT_DIR: path.relative(context.root, dir),
            EDITION: edition.path === '' ? '' : edition.language,
            // Next reports each build to Vercel unless told not to; a company's builds keep to themselves.
            NEXT_TELEMETRY_DISABLED: '1',
            [EXPORT_ONLY_ENV]: only === null ? '' : JSON.stringify(only),
          },
        )
        if (!existsSync(path.join(dir, 'index.html')))
          throw new Error(`내보낸 사이트 ${path.relative(context.root, dir)}에 index.html이 없습니다`)
        context.state.clientModules.set(edition.path, readClientModules('.next'))
      }
    },
  },
  {
    name: 'Prune export',
    reads: '.out-staging/',
    writes: '.out-staging/ (files no browser asks for, and empty-list placeholders, removed)',
    explain: () => 'Next 서버만 읽는 파일과 빈 목록의 자리표시 경로를 지웁니다',
    run: async (context) => {
      const { pruneExport } = await import('./stages/prune-export')
      context.clock.time('Prune export', () => {
        for (const { dir } of editionsOf(context)) pruneExport(dir)
      })
    },
  },
  {
    name: 'Page runtime',
    reads: '.out-staging/*.html and their RSC payloads, .next/ (client manifests)',
    writes:
      '.out-staging/ (Next’s scripts removed where no client component is used; the behaviours script on every page)',
    explain: () => '클라이언트 컴포넌트가 없는 페이지에서 Next 런타임을 뺍니다',
    run: async (context) => {
      // Before any page that is not Next's joins the export: only Next's pages are decided here.
      const { applyPageRuntime } = await import('./stages/page-runtime')
      const editions = editionsOf(context)
      for (const { edition, dir, basePath } of editions) {
        const modules = context.state.clientModules?.get(edition.path)
        const others = editions
          .map((other) => other.edition.path)
          .filter((folder) => folder !== '' && folder !== edition.path)
        const shipped = context.clock.time('Page runtime', () => applyPageRuntime(dir, modules, basePath, others))
        console.log(
          `\n✓ Next 런타임${edition.path && ` (${edition.path})`}: 페이지 ${shipped.pages}개 중 ${shipped.runtime.size}개만 (클라이언트 컴포넌트가 있는 페이지)`,
        )
        for (const [page, components] of shipped.runtime) console.log(`  ${page}: ${components.join(', ')}`)
      }
    },
  },
  {
    name: 'Markdown twins',
    reads: 'published posts',
    writes: '.out-staging/<post>/index.md',
    explain: (context) =>
      context.state.plan?.mode === 'partial'
        ? '다시 렌더한 글의 Markdown 사본만 씁니다'
        : '발행된 모든 글의 Markdown 사본을 씁니다',
    run: async (context) => {
      const { writeMarkdownTwins } = await import('./stages/write-markdown-twins')
      const only = changedDocuments(context)
      const posts = getPublishedPostsAt(context.publish).filter((post) => only === null || only.has(documentKey(post)))
      const written = context.clock.time('Markdown twins', () =>
        writeMarkdownTwins(context.stagingDir, posts, context.contentDir),
      )
      console.log(`✓ Markdown 사본 ${written}개`)
    },
  },
  {
    name: 'Post files',
    reads: 'published posts kept as a folder (content/posts/<name>/index.md and its files)',
    writes: '.out-staging/<post>/ (the folder’s files, never replacing one already there)',
    explain: () => '폴더로 둔 글의 그림과 파일을 글 주소 아래에 내보냅니다',
    run: (context) => {
      const copies = getPublishedPostsAt(context.publish).flatMap((post) => {
        const folder = editionOf(post).path
        return bundleExports(
          path.join(context.contentDir, post._raw.sourceFilePath),
          post.slug,
          context.contentDir,
        ).map(({ from, to }) => ({ from, to: path.join(folder, to) }))
      })
      // errorOnExist: a post's file never replaces a page, a twin or a file of public/ (npm run check says so first).
      for (const { from, to } of copies)
        cpSync(from, path.join(context.stagingDir, to), { force: false, errorOnExist: true, dereference: true })
      if (copies.length > 0) console.log(`✓ 글 폴더의 파일 ${copies.length}개`)
    },
  },
  {
    name: 'Social cards',
    reads: 'published posts, .cache/og/',
    writes: '.cache/og/ (cards not drawn before), .out-staging/og/',
    only: 'full',
    explain: async (context) => {
      const { planCards } = await import('./stages/social-images')
      const { cards, missing } = planCards(getPublishedPostsAt(context.publish))
      return `소셜 카드 ${cards.length}장 중 ${missing.length}장을 코어마다 하나씩 그리고 (나머지는 .cache/og/에서), 내보낸 폴더로 복사합니다`
    },
    // After Next's export, not beside it: its workers are the build's peak of memory, and the cards
    // then have every core to themselves.
    run: async (context) => {
      // Each edition's cards, in its language and under its folder.
      for (const { edition, dir } of editionsOf(context))
        await context.children.run('Social cards', tsxCommand('pipeline/stages/social-images.ts', [dir]), {
          EDITION: edition.path === '' ? '' : edition.language,
        })
    },
  },
  {
    name: 'Extra public files',
    reads: 'EXTRA_PUBLIC_DIR',
    writes: '.out-staging/ (never replacing a file already there)',
    only: 'full',
    explain: (context) =>
      context.extraPublicDir === null
        ? 'EXTRA_PUBLIC_DIR가 없어 할 일이 없습니다'
        : `${path.relative(context.root, context.extraPublicDir)}/의 파일을 함께 내보냅니다`,
    run: (context) => {
      if (context.extraPublicDir === null) return
      const from = context.extraPublicDir
      // errorOnExist: an extra file must never silently replace a page or a file from public/.
      // A file the export has already is named before anything is copied over it.
      const refuseTaken = (source: string, destination: string) => {
        if (!existsSync(destination) || statSync(destination).isDirectory()) return true
        const name = path.relative(from, source).split(path.sep).join('/')
        throw new Error(
          `${path.relative(context.root, source)}: 블로그가 같은 주소 /${name}에 이미 페이지나 파일을 씁니다 (이 파일을 지우거나 다른 이름으로 옮기세요)`,
        )
      }
      context.clock.time('Extra public files', () =>
        cpSync(from, context.stagingDir, {
          recursive: true,
          force: false,
          errorOnExist: true,
          dereference: true,
          filter: refuseTaken,
        }),
      )
      console.log(`✓ ${path.relative(context.root, from)}/ 파일을 함께 내보냈습니다`)
    },
  },
  {
    name: 'Legacy redirects',
    reads: 'published posts and pages (redirect_from), content/legacy-urls.yml',
    writes: '.out-staging/ (a redirect page per old URL, copies of old feed addresses)',
    only: 'full',
    explain: () => '옛 주소마다 리다이렉트 페이지를 씁니다',
    run: (context) =>
      context.children.run(
        'Legacy redirects',
        tsxCommand('pipeline/stages/write-legacy-redirects.ts', [context.stagingDir]),
      ),
  },
  {
    name: 'Content-Security-Policy',
    reads: '.out-staging/*.html',
    writes: '.out-staging/*.html (a policy per page), _headers',
    explain: () => '페이지마다 그 페이지의 스크립트만 허용하는 정책을 넣습니다',
    run: async (context) => {
      const { applyContentSecurityPolicy, knownScripts } = await import('./stages/csp')
      const known = knownScripts(editionsOf(context).map(({ basePath }) => basePath))
      const pages = context.clock.time('Content-Security-Policy', () =>
        applyContentSecurityPolicy(context.stagingDir, known),
      )
      console.log(`\n✓ Content-Security-Policy: 페이지 ${pages}개`)
    },
  },
  {
    name: 'Previous export',
    reads: 'out/',
    writes: '.out-staging/ (every file this build did not write again, linked from out/)',
    only: 'partial',
    explain: () => '다시 렌더하지 않은 파일을 지난 빌드(out/)에서 가져옵니다',
    run: (context) => {
      const filled = context.clock.time('Previous export', () => fillFromPrevious(context.outDir, context.stagingDir))
      console.log(`✓ 이전 빌드에서 파일 ${filled}개를 가져왔습니다`)
    },
  },
  {
    name: 'Link check',
    reads: '.out-staging/ (pages and llms.txt), content/ (only to name the line of a broken link)',
    writes: '(nothing: it fails the build on a broken link)',
    explain: () => '모든 페이지의 내부 링크와 #앵커가 내보낸 파일을 가리키는지 봅니다',
    run: async (context) => {
      console.log('\n▶ 링크 검사')
      const { indexSources, locateBrokenLink } = await import('./stages/link-sources')
      const { reportLinks } = await import('./stages/link-check')
      // The posts' text is read only to name the line of a broken link, so a clean check never holds it.
      let sourceIndex: ReturnType<typeof indexSources> | null = null
      const ok = context.clock.time('Link check', () =>
        reportLinks(context.stagingDir, (broken) => {
          if (sourceIndex === null) {
            const sources = readContentSources()
            sourceIndex = indexSources(sources.posts, sources.pages)
          }
          return locateBrokenLink(broken, sourceIndex, site.basePath)
        }),
      )
      if (!ok) throw new Error('깨진 내부 링크가 있습니다. 위에 나온 파일과 줄의 링크를 고치세요')
    },
  },
  {
    name: 'Inventory',
    reads: 'content/, .out-staging/',
    writes: '(nothing: it fails the build when a published post is missing anywhere)',
    explain: () => '발행할 글마다 페이지, 피드, 검색 색인, Markdown 사본, llms.txt에 있는지 셉니다',
    run: async (context) => {
      const { verifyInventory } = await import('./stages/inventory')
      const inventory = context.clock.time('Inventory', () => verifyInventory(context.stagingDir, context.publish))
      for (const line of inventory.lines)
        (inventory.ok ? console.log : console.error)(`${inventory.ok ? '✓' : '✗'} ${line}`)
      if (!inventory.ok) throw new Error('발행할 글이 내보낸 사이트에서 빠졌습니다 (위의 ✗ 줄)')
    },
  },
  {
    name: 'Publish',
    reads: '.out-staging/',
    writes: 'out/ (replaced whole), .cache/exports/ (what it was built from, for the next partial build)',
    explain: (context) => `${path.relative(context.root, context.outDir) || '.'}/를 새 빌드로 한 번에 바꿉니다`,
    run: async (context) => {
      const exported = outFingerprint(context.stagingDir) as string
      await context.state.setAside
      // Synchronous from here: a signal that arrived before this point has already stopped the build.
      if (context.children.stoppedBy !== null) return
      // Two renames: at no moment is there no out/ or half of one; the old one is deleted after.
      const previous = `${context.outDir}.previous-${process.pid}`
      rmSync(previous, { recursive: true, force: true })
      mkdirSync(path.dirname(context.outDir), { recursive: true })
      if (existsSync(context.outDir)) renameSync(context.outDir, previous)
      renameSync(context.stagingDir, context.outDir)
      rmSync(previous, { recursive: true, force: true })
      writeManifest(manifestFile(context.outDir), {
        outDir: context.outDir,
        site: context.state.siteKey as string,
        out: exported,
        documents: context.state.documents ?? {},
      })
    },
  },
]
