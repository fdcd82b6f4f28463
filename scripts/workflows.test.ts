import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { CACHES } from '../pipeline/incremental/caches'

// GitHub Actions cannot run here; these checks keep the workflows parseable and calling the same
// npm scripts as .ci/run and the README.

type Step = {
  uses?: string
  run?: string
  with?: Record<string, unknown>
  env?: Record<string, string>
  id?: string
  if?: string
}
type Workflow = {
  name?: string
  on: Record<string, unknown>
  jobs: Record<string, { steps: Step[]; needs?: string | string[]; if?: string }>
}

function load(file: string): Workflow {
  return parse(readFileSync(file, 'utf8'), { strict: true }) as Workflow
}

const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts

function runCommands(workflow: Workflow): string[] {
  return Object.values(workflow.jobs).flatMap((job) => job.steps.flatMap((step) => (step.run ? [step.run] : [])))
}

describe('GitHub Actions workflows', () => {
  it('ci.yml tests pull requests with the same commands as .ci/run', () => {
    const ci = load('.github/workflows/ci.yml')
    expect(Object.keys(ci.on)).toContain('pull_request')
    const commands = runCommands(ci)
    expect(commands).toEqual(
      expect.arrayContaining(['npm ci', 'npm run check -- --summary "$GITHUB_STEP_SUMMARY"', 'npm test']),
    )
    expect(commands.some((c) => c.includes('playwright install'))).toBe(true)
    expect(readFileSync('.ci/run', 'utf8')).toContain('npm test')
  })

  it("ci.yml writes the check's findings to the job summary, knowing which files the pull request changed", () => {
    const ci = load('.github/workflows/ci.yml')
    const steps = Object.values(ci.jobs).flatMap((job) => job.steps)
    expect(steps.find((s) => s.uses?.startsWith('actions/checkout'))?.with?.['fetch-depth']).toBe(0)
    expect(steps.find((s) => s.run?.startsWith('npm run check'))?.run).toContain('--summary "$GITHUB_STEP_SUMMARY"')
  })

  it('deploy.yml deploys only a commit of main whose CI passed, building exactly that commit', () => {
    const ci = load('.github/workflows/ci.yml')
    const deploy = load('.github/workflows/deploy.yml')
    expect(Object.keys(deploy.on)).toEqual(['workflow_run', 'schedule'])
    expect(deploy.on.workflow_run).toEqual({ workflows: [ci.name], types: ['completed'], branches: ['main'] })
    expect(deploy.jobs.build?.if).toBe(
      "(github.event.workflow_run.conclusion == 'success' && github.event.workflow_run.event == 'push') || github.event_name == 'schedule'",
    )
    const steps = deploy.jobs.build?.steps ?? []
    const commit = steps.find((s) => s.id === 'commit')
    // After CI: the commit CI tested. Hourly: the newest commit of main whose CI (ci.yml) passed.
    expect(commit?.run).toContain('sha="${{ github.event.workflow_run.head_sha }}"')
    expect(commit?.run).toMatch(
      /gh run list .*--workflow ci\.yml --branch main --event push --status success --limit 1/,
    )
    expect(steps.find((s) => s.uses?.startsWith('actions/checkout'))?.with?.ref).toBe('${{ steps.commit.outputs.sha }}')
    expect(steps.findIndex((s) => s.id === 'commit')).toBeLessThan(
      steps.findIndex((s) => s.uses?.startsWith('actions/checkout') === true),
    )
    expect(deploy.jobs.deploy?.needs).toBe('build')
  })

  it('deploy.yml rebuilds every hour so scheduled posts appear, and deploys such a build only when the published pages changed', () => {
    const deploy = load('.github/workflows/deploy.yml')
    expect(deploy.on.schedule).toEqual([{ cron: '17 * * * *' }])
    const steps = deploy.jobs.build?.steps ?? []
    const at = (match: (step: Step) => boolean) => steps.findIndex(match)
    const saved = at((s) => s.run?.includes('out/sitemap.xml "$RUNNER_TEMP/previous-sitemap.xml"') === true)
    const build = at((s) => s.run === 'npm run build')
    const compared = at((s) => s.id === 'published')
    expect(saved).toBeGreaterThan(at((s) => s.uses?.startsWith('actions/cache@') === true))
    expect(saved).toBeLessThan(build)
    expect(compared).toBeGreaterThan(build)
    expect(steps[compared]?.run).toBe(
      'npm run published-changed -- "$RUNNER_TEMP/previous-sitemap.xml" out/sitemap.xml',
    )
    const upload = steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact'))
    expect(upload?.if).toBe("github.event_name != 'schedule' || steps.published.outputs.changed == 'true'")
    expect(deploy.jobs.deploy?.if).toBe("needs.build.outputs.deploy == 'true'")
  })

  it('deploy.yml builds with the Pages base path and deploys the out/ artifact', () => {
    const deploy = load('.github/workflows/deploy.yml')
    const steps = Object.values(deploy.jobs).flatMap((job) => job.steps)
    const pages = steps.find((s) => s.uses?.startsWith('actions/configure-pages'))
    expect(pages?.id).toBe('pages')
    const build = steps.find((s) => s.run === 'npm run build')
    expect(build?.env?.BASE_PATH).toBe('${{ steps.pages.outputs.base_path }}')
    expect(build?.env?.SITE_URL).toBe('${{ steps.pages.outputs.origin }}')
    expect(steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact'))?.with?.path).toBe('out')
    expect(steps.some((s) => s.uses?.startsWith('actions/deploy-pages'))).toBe(true)
    expect(deploy.jobs.deploy?.needs).toBe('build')
  })

  it('deploy.yml mails new posts only after a successful deploy, only with the secrets, keeping what it sent', () => {
    const deploy = load('.github/workflows/deploy.yml')
    const notify = deploy.jobs.notify
    expect(notify?.needs).toEqual(['build', 'deploy'])
    expect(notify?.if).toBe("needs.build.outputs.notify == 'true'")
    const run = notify?.steps.find((s) => s.run?.includes('npm run notify'))
    expect(run?.run).toMatch(
      /--previous-feed "\$RUNNER_TEMP\/notify\/previous-feed\.json" --built-feed "\$RUNNER_TEMP\/notify\/built\/feed\.json" --state "\$RUNNER_TEMP\/notify-state\/sent\.jsonl"/,
    )
    // The posts' ids come from the feed this deploy published, handed over by the build job.
    const built = deploy.jobs.build?.steps.find((s) => s.with?.name === 'built-feed')
    expect(built?.with?.path).toBe('out/feed.json')
    expect(notify?.steps.find((s) => s.with?.name === 'built-feed')?.with?.path).toBe('${{ runner.temp }}/notify/built')
    expect(run?.env?.NOTIFY_SUBSCRIBERS).toBe('${{ secrets.NOTIFY_SUBSCRIBERS }}')
    // The previous feed is fetched by the build job, before the deploy replaces it.
    expect(deploy.jobs.build?.steps.find((s) => s.id === 'previous')?.run).toContain('/feed.json')
    const save = notify?.steps.find((s) => s.uses?.startsWith('actions/cache/save'))
    expect(save?.if).toBe('always()')
    expect(notify?.steps.find((s) => s.uses?.startsWith('actions/cache/restore'))?.with?.path).toBe(save?.with?.path)
  })

  it('deploy restores every cache the build keeps, after npm ci and before the build', () => {
    const steps = load('.github/workflows/deploy.yml').jobs.build?.steps ?? []
    const at = (match: (step: Step) => boolean) => steps.findIndex(match)
    const cache = at((s) => s.uses?.startsWith('actions/cache@') === true)
    expect(cache).toBeGreaterThan(at((s) => s.run === 'npm ci'))
    expect(cache).toBeLessThan(at((s) => s.run === 'npm run build'))
    const paths = String(steps[cache]?.with?.path).trim().split('\n')
    // Every cache of the registry (pipeline/incremental/caches.ts) at its default place, and the last
    // export, which a partial build starts from (pipeline/incremental/partial-export.ts).
    expect(paths).toContain('out')
    const testStore = process.env.RENDER_CACHE_DIR
    delete process.env.RENDER_CACHE_DIR
    try {
      for (const entry of CACHES) {
        const dir = path.relative(process.cwd(), entry.dir(process.cwd())).split(path.sep).join('/')
        expect(
          paths.some((kept) => dir === kept || dir.startsWith(`${kept}/`)),
          `${entry.name} (${dir})`,
        ).toBe(true)
      }
    } finally {
      if (testStore !== undefined) process.env.RENDER_CACHE_DIR = testStore
    }
    expect(steps[cache]?.with?.key).toContain('${{ github.run_id }}')
  })

  it('every npm script the workflows call exists', () => {
    for (const file of ['.github/workflows/ci.yml', '.github/workflows/deploy.yml']) {
      for (const command of runCommands(load(file))) {
        const script = /^npm run ([\w:-]+)/.exec(command)?.[1]
        if (script) expect(scripts, `${file}: ${command}`).toHaveProperty(script)
      }
    }
  })
})

describe('Node versions', () => {
  const engines = (JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } }).engines.node
  /** The lowest version each `||` branch of engines allows, as [major, minor]. */
  const floors = engines.split('||').map((range) => {
    const match = /(\d+)\.(\d+)/.exec(range)
    if (!match) throw new Error(`engines.node has a range without a version: ${range}`)
    return [Number(match[1]), Number(match[2])] as const
  })
  const nodeVersions = (file: string) =>
    Object.values(load(file).jobs).flatMap(
      (job) =>
        (job as { strategy?: { matrix?: { node?: string[] } } }).strategy?.matrix?.node ??
        job.steps.flatMap((step) => (step.with?.['node-version'] ? [String(step.with['node-version'])] : [])),
    )

  it('CI tests the oldest version engines allows, and every workflow uses an allowed one', () => {
    const ci = nodeVersions('.github/workflows/ci.yml')
    const [oldestMajor, oldestMinor] = floors[0] ?? [0, 0]
    expect(ci).toContain(`${oldestMajor}.${oldestMinor}`)
    for (const version of [...ci, ...nodeVersions('.github/workflows/deploy.yml')]) {
      const [major, minor = Infinity] = version.split('.').map(Number) as [number, number?]
      // A bare major ('22') resolves to its newest release.
      const allowed = floors.some(([m, n], i) =>
        i === floors.length - 1 ? major > m || (major === m && minor >= n) : major === m && minor >= n,
      )
      expect(allowed, `${version} against engines ${engines}`).toBe(true)
    }
  })

  it('no installed package needs a newer Node than engines allows', () => {
    const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
      packages: Record<string, { engines?: { node?: string } }>
    }
    const [oldestMajor] = floors[0] ?? [0]
    const tooNew = Object.entries(lock.packages)
      .filter(
        ([, meta]) =>
          /^>=\s*(\d+)/.test(meta.engines?.node ?? '') &&
          Number(/^>=\s*(\d+)/.exec(meta.engines?.node ?? '')?.[1]) > (oldestMajor as number),
      )
      .map(([name, meta]) => `${name} (${meta.engines?.node})`)
    expect(tooNew).toEqual([])
  })
})
