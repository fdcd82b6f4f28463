import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { makeContent, runScript } from './test-support/temp-content'
import { tsxCommand } from '../pipeline/processes/commands'
import { closeExistingTag, countTags, matchAuthor, parseTagAnswer, readAuthors } from './new-post-interview'
import { parseFrontMatter } from '../lib/schema/front-matter'
import { buildNewPost, chooseSlug, suggestShortSlug } from './new-post'
import { validateContent } from '../lib/schema/validate-content'

const now = new Date('2026-11-24T16:30:00Z') // 2026-11-25 01:30 in Seoul

describe('buildNewPost', () => {
  it('names the file after today in Korea and the slug', () => {
    const post = buildNewPost({ title: 'Istio Ambient Mesh 후기', slug: 'istio-ambient', now, timeZone: 'Asia/Seoul' })
    expect(post.fileName).toBe('2026-11-25-istio-ambient.md')
    expect(post.slug).toBe('istio-ambient')
  })

  it('writes complete front matter that passes the content check, as a draft', () => {
    const post = buildNewPost({
      title: '"따옴표"와 콜론: 제목',
      author: 'seungpilpark',
      series: 'kubecon-na-2019',
      now,
      timeZone: 'Asia/Seoul',
    })
    const parsed = parseFrontMatter(post.text)
    expect(parsed.ok && parsed.value.data).toMatchObject({
      title: '"따옴표"와 콜론: 제목',
      date: '2026-11-25 01:30:00',
      author: 'seungpilpark',
      series: 'kubecon-na-2019',
      draft: true,
    })
    const diagnostics = validateContent({
      posts: [{ path: `content/posts/${post.fileName}`, text: post.text }],
      authors: [{ path: 'content/authors/seungpilpark.yml', text: 'name: 박승필\n' }],
      series: [{ path: 'content/series/kubecon-na-2019.yml', text: 'title: KubeCon\n' }],
    })
    expect(diagnostics).toEqual([])
  })

  it('writes every field an author should fill: description, tags, image and series as prompts', () => {
    const post = buildNewPost({ title: '서버리스 이미지 처리', slug: 'serverless-image', now, timeZone: 'Asia/Seoul' })
    expect(post.text).toContain('description: "" # 목록, 검색 결과, 공유 카드에 보일 한두 문장 요약')
    expect(post.text).toContain('tags: [] # 예: [aws, lambda, 서버리스]')
    expect(post.text).toContain(
      '# image: /assets/2026/serverless-image/cover.png # 커버 이미지: 파일을 public/assets/2026/serverless-image/에 두고 맨 앞 # 를 지우세요',
    )
    expect(post.text).toContain('# series: <content/series/의 id>')
    expect(post.text).toContain('![무엇을 보여 주는지](/assets/2026/serverless-image/그림.png)')
  })
})

describe('chooseSlug', () => {
  it('keeps the Latin words of a Korean title, never a romanisation', () => {
    expect(suggestShortSlug('AWS Lambda로 서버리스 이미지 처리')).toBe('aws-lambda')
    expect(suggestShortSlug('Next.js 16과 Node 20 업그레이드 후기, 그리고 Vitest Playwright')).toBe(
      'next.js-node-vitest-playwright',
    )
    expect(suggestShortSlug('서버리스 이미지 처리 파이프라인 구축기')).toBeNull()
    expect(chooseSlug('AWS Lambda로 서버리스 이미지 처리')).toEqual({ ok: true, slug: 'aws-lambda', suggested: true })
    expect(chooseSlug('Istio Ambient Mesh')).toEqual({ ok: true, slug: 'Istio-Ambient-Mesh', suggested: false })
    expect(chooseSlug('서버리스 이미지 처리', 'serverless-image')).toEqual({
      ok: true,
      slug: 'serverless-image',
      suggested: false,
    })
  })

  it('asks for --slug when a Korean title has no Latin word', () => {
    expect(chooseSlug('서버리스 이미지 처리 파이프라인 구축기')).toEqual({
      ok: false,
      message:
        '한글 제목에서 짧은 영문 주소를 만들 수 없습니다. --slug로 주소를 정해 주세요. 예: npm run new-post -- "서버리스 이미지 처리 파이프라인 구축기" --slug <영문-주소> (한글 주소를 그대로 쓰려면 --slug 서버리스-이미지-처리-파이프라인-구축기)',
    })
  })
})

describe('npm run new-post', () => {
  it('scaffolds a draft that passes npm run check with a short Latin slug, refuses to overwrite, and asks for --slug when it cannot make one', () => {
    const dir = makeContent({ 'authors/seungpilpark.yml': 'name: 박승필\n', 'series/kubecon.yml': 'title: KubeCon\n' })
    const created = runScript(
      'scripts/new-post.ts',
      ['AWS Lambda로 서버리스 이미지 처리', '--author', 'seungpilpark', '--series', 'kubecon'],
      { CONTENT_DIR: dir },
    )
    expect(created.status, created.output).toBe(0)
    expect(created.output).toContain('주소 /aws-lambda/는 제목의 영문 단어로 정했습니다')
    expect(created.output).toContain('git add content public')
    const [file] = readdirSync(path.join(dir, 'posts'))
    expect(file).toMatch(/^\d{4}-\d{2}-\d{2}-aws-lambda\.md$/)
    const text = readFileSync(path.join(dir, 'posts', file!), 'utf8')
    expect(text).toContain('title: "AWS Lambda로 서버리스 이미지 처리"')
    expect(text).toContain('draft: true')
    for (const field of ['description:', 'tags:', '# image:', 'series: kubecon']) expect(text).toContain(field)

    const check = runScript('scripts/check-content.ts', [], { CONTENT_DIR: dir })
    expect(check.status, check.output).toBe(0)
    expect(check.output).toContain('경고 0개')

    const again = runScript('scripts/new-post.ts', ['AWS Lambda로 서버리스 이미지 처리'], { CONTENT_DIR: dir })
    expect(again.status).toBe(1)
    expect(again.output).toContain('이미 있습니다. 덮어쓰지 않습니다.')

    const korean = runScript('scripts/new-post.ts', ['서버리스 이미지 처리 파이프라인 구축기'], { CONTENT_DIR: dir })
    expect(korean.status).toBe(1)
    expect(korean.output).toContain('✗ 한글 제목에서 짧은 영문 주소를 만들 수 없습니다. --slug로 주소를 정해 주세요.')
    expect(korean.output).not.toContain('seobeoriseu')
    expect(readdirSync(path.join(dir, 'posts'))).toHaveLength(1)
  })

  it('refuses an unknown author or series and says which exist', () => {
    const dir = makeContent({ 'authors/seungpilpark.yml': 'name: 박승필\n' })
    const result = runScript('scripts/new-post.ts', ['제목', '--slug', 'x', '--author', 'nobody'], { CONTENT_DIR: dir })
    expect(result.status).toBe(1)
    expect(result.output).toContain('글쓴이 "nobody"가 없습니다. 있는 id: seungpilpark')
    expect(readdirSync(path.join(dir, 'posts'))).toEqual([])
  })

  it('--folder makes the post a folder with index.md, for pictures kept beside it', () => {
    const dir = makeContent({})
    const created = runScript('scripts/new-post.ts', ['폴더 글', '--slug', 'folder-post', '--folder'], {
      CONTENT_DIR: dir,
    })
    expect(created.status, created.output).toBe(0)
    const [folder] = readdirSync(path.join(dir, 'posts'))
    expect(folder).toMatch(/^\d{4}-\d{2}-\d{2}-folder-post$/)
    expect(readdirSync(path.join(dir, 'posts', folder!))).toEqual(['index.md'])
    expect(created.output).toContain('그림은 이 폴더에 두고')
    const again = runScript('scripts/new-post.ts', ['폴더 글', '--slug', 'folder-post'], { CONTENT_DIR: dir })
    expect(again.status).toBe(1)
    expect(again.output).toContain(`주소 /folder-post/를 `)
    expect(again.output).toContain(`${folder}/index.md가 이미 씁니다`)
  })
})

describe('the questions of npm run new-post', () => {
  const authors = readAuthors([
    { path: 'content/authors/seungpilpark.yml', text: 'name: 박승필\nemail: sp@example.com\ngithub: spark\n' },
    { path: 'content/authors/dayeon.yml', text: 'name: 손다연\n' },
  ])

  it('finds the author from the git identity by e-mail, name, id or GitHub account, and guesses a near miss', () => {
    expect(matchAuthor({ name: 'Someone', email: 'SP@example.com' }, authors).match?.id).toBe('seungpilpark')
    expect(matchAuthor({ name: '박승필', email: '' }, authors).match?.id).toBe('seungpilpark')
    expect(matchAuthor({ name: 'x', email: 'dayeon@corp.example' }, authors).match?.id).toBe('dayeon')
    expect(matchAuthor({ name: 'spark', email: '' }, authors).match?.id).toBe('seungpilpark')
    expect(matchAuthor({ name: 'seungpilpak', email: 'other@example.com' }, authors)).toEqual({
      match: null,
      guess: authors.find((a) => a.id === 'seungpilpark'),
    })
    expect(matchAuthor({ name: 'Kim', email: 'kim@example.com' }, authors)).toEqual({ match: null, guess: null })
  })

  it('counts tags under their most used spelling and points a new tag to the one it is close to', () => {
    const post = (tags: string) => ({ path: 'p.md', text: `---\ntitle: t\ntags: ${tags}\n---\n` })
    const used = countTags([post('[kubernetes, aws]'), post('[kubernetes]'), post('[Kubernetes, 서버리스]')])
    expect(used).toEqual([
      { tag: 'kubernetes', count: 3 },
      { tag: 'aws', count: 1 },
      { tag: '서버리스', count: 1 },
    ])
    expect(closeExistingTag('Kubernetes', used)).toEqual({ tag: 'kubernetes', sameKey: true })
    expect(closeExistingTag('k8s', used)).toEqual({ tag: 'kubernetes', sameKey: false })
    expect(closeExistingTag('kubernets', used)).toEqual({ tag: 'kubernetes', sameKey: false })
    expect(closeExistingTag('kubernetes', used)).toBeNull()
    expect(closeExistingTag('terraform', used)).toBeNull()
    expect(parseTagAnswer(' aws, Lambda,, AWS ,서버리스 ')).toEqual(['aws', 'Lambda', '서버리스'])
  })

  it('writes chosen tags as a YAML list the content check reads back as written', () => {
    const post = buildNewPost({
      title: 't',
      slug: 's',
      tags: ['kubernetes', '서버리스', 'C#', 'true', 'R&D'],
      now,
      timeZone: 'Asia/Seoul',
    })
    expect(post.text).toContain('tags: [kubernetes, 서버리스, "C#", "true", "R&D"]\n')
    const parsed = parseFrontMatter(post.text)
    expect(parsed.ok && parsed.value.data.tags).toEqual(['kubernetes', '서버리스', 'C#', 'true', 'R&D'])
  })
})

/**
 * `npm run new-post` with no argument, answered as an author would: in a real terminal (a
 * pseudo-terminal from util-linux `script`) where it is installed, else with the answers piped in and
 * NEW_POST_INTERACTIVE=1. Run in a folder of its own, so the paths it prints are `content/posts/…`.
 */
function withoutContentDir(): NodeJS.ProcessEnv {
  const env = { ...process.env }
  delete env.CONTENT_DIR
  return env
}

function answerNewPost(cwd: string, answers: string[], env: Record<string, string>) {
  const [node, args] = tsxCommand(path.resolve('scripts/new-post.ts'))
  const quote = (word: string) => `'${word.replace(/'/g, `'\\''`)}'`
  const terminal = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0
  const [command, commandArgs] = terminal
    ? ['script', ['-qec', [node, ...args].map(quote).join(' '), '/dev/null']]
    : [node, args]
  const result = spawnSync(command, commandArgs, {
    cwd,
    encoding: 'utf8',
    input: `${answers.join('\n')}\n`,
    env: { ...withoutContentDir(), ...env, ...(terminal ? {} : { NEW_POST_INTERACTIVE: '1' }) },
  })
  return { status: result.status, terminal, output: `${result.stdout}\n${result.stderr}` }
}

describe('npm run new-post without arguments', () => {
  it('asks for each value in a terminal, re-asks an address that is taken or not an address, and writes the draft', () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'blog-new-post-'))
    const files: Record<string, string> = {
      'authors/seungpilpark.yml': 'name: 박승필\nemail: sp@example.com\n',
      'authors/dayeon.yml': 'name: 손다연\n',
      'series/kubecon.yml': 'title: KubeCon 참가기\n',
      'posts/2020-01-01-k8s-adoption.md': '---\ntitle: 도입\ntags: [kubernetes, aws]\n---\n본문\n',
      'posts/2020-01-02-k8s-ops.md': '---\ntitle: 운영\ntags: [kubernetes]\n---\n본문\n',
    }
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(cwd, 'content', name)), { recursive: true })
      writeFileSync(path.join(cwd, 'content', name), text)
    }
    const gitConfig = path.join(cwd, 'gitconfig')
    writeFileSync(gitConfig, '[user]\n\tname = Park Seungpil\n\temail = sp@example.com\n')
    const run = answerNewPost(
      cwd,
      [
        '서버리스 이미지 처리 파이프라인', // title: no Latin word, so a Hangul address is suggested
        'k8s-adoption', // taken by the first post: asked again
        'serverless image', // a space: asked again, with serverless-image suggested
        '', // Enter takes the suggestion
        '', // author: Enter takes seungpilpark, found by the git e-mail
        'k8s, 서버리스, AWS', // tags
        '', // "k8s" is new: Enter takes kubernetes instead
        '1', // series: the first of the list
      ],
      { GIT_CONFIG_GLOBAL: gitConfig, GIT_CONFIG_NOSYSTEM: '1' },
    )
    expect(run.status, run.output).toBe(0)
    expect(run.output).toContain('주소 (Enter: 서버리스-이미지-처리-파이프라인)')
    expect(run.output).toContain(
      '✗ 주소 /k8s-adoption/가 content/posts/2020-01-01-k8s-adoption.md와 겹칩니다. 다른 주소를 입력하세요.',
    )
    expect(run.output).toContain(
      '✗ "serverless image"에는 주소에 쓸 수 없는 글자(공백, ?, #, / …)가 있습니다. 예: serverless-image',
    )
    expect(run.output).toContain('주소 (Enter: serverless-image)')
    expect(run.output).toContain('글쓴이 (Enter: seungpilpark (박승필)')
    expect(run.output).toContain('많이 쓰인 태그: kubernetes(2), aws(1)')
    expect(run.output).toContain('"k8s"는 새 태그입니다. 이미 있는 "kubernetes"를 쓸까요?')
    expect(run.output).toContain('태그 "AWS"는 이미 "aws"로 쓰고 있어 그 표기로 씁니다.')
    expect(run.output).toContain('npm run dev')
    expect(run.output).toContain('npm run check')

    const created = readdirSync(path.join(cwd, 'content/posts')).filter((name) => name.endsWith('-serverless-image.md'))
    expect(created).toHaveLength(1)
    expect(run.output).toContain(`✓ content/posts/${created[0]} 를 만들었습니다 (초안).`)
    const text = readFileSync(path.join(cwd, 'content/posts', created[0]!), 'utf8')
    const frontMatter = text.slice(0, text.indexOf('\n---\n', 4) + 5).replace(/^date: .*$/m, 'date: <now>')
    const year = created[0]!.slice(0, 4)
    expect(frontMatter).toBe(
      [
        '---',
        'title: "서버리스 이미지 처리 파이프라인"',
        'date: <now>',
        'description: "" # 목록, 검색 결과, 공유 카드에 보일 한두 문장 요약',
        'tags: [kubernetes, 서버리스, aws]',
        'categories: []',
        'author: seungpilpark',
        `# image: /assets/${year}/serverless-image/cover.png # 커버 이미지: 파일을 public/assets/${year}/serverless-image/에 두고 맨 앞 # 를 지우세요`,
        'series: kubecon',
        '# seriesOrder: 1 # 시리즈 안의 순서 (없으면 날짜 순)',
        'draft: true # 발행할 준비가 되면 이 줄을 지우세요',
        '---',
        '',
      ].join('\n'),
    )
    expect(text).toMatch(new RegExp(`^date: ${created[0]!.slice(0, 10)} \\d\\d:\\d\\d:\\d\\d$`, 'm'))
  })

  it('without a terminal and without a title, says how to call it in Korean and stops instead of waiting', () => {
    const dir = makeContent({})
    const result = runScript('scripts/new-post.ts', [], { CONTENT_DIR: dir })
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('✗ 제목이 필요합니다.')
    expect(result.stderr).toContain('npm run new-post -- "<제목>"')
    expect(readdirSync(path.join(dir, 'posts'))).toEqual([])
  })
})
