import { describe, expect, it } from 'vitest'
import { changedAnything, createReport, formatReport } from './report'

describe('formatReport', () => {
  it('shows only the sections that have something, with file:line for each item', () => {
    const report = createReport('old-site', 'content')
    report.posts = 2
    report.liquid.push({
      file: 'content/posts/2020-01-01-a.md',
      line: 12,
      message: '{% highlight ruby %} → ```ruby 코드 블록',
    })
    report.needsHuman.push({
      file: 'content/posts/2020-01-01-a.md',
      line: 20,
      message: '<iframe>은(는) 보안 필터가 지워 페이지에 나오지 않습니다',
    })
    report.files.created.push('content/posts/2020-01-01-a.md', 'content/posts/2020-01-02-b.md')
    const text = formatReport(report, { dryRun: false })
    expect(text).toContain('Jekyll 가져오기 보고서: old-site → content\n')
    expect(text).toContain('■ Liquid 변환 (1)\n  content/posts/2020-01-01-a.md:12: {% highlight ruby %}')
    expect(text).toContain('■ 사람이 확인할 것 (1)\n  content/posts/2020-01-01-a.md:20: <iframe>')
    expect(text).not.toContain('■ 링크')
    // The summary separates converted, repaired and what needs a person, each counted once.
    expect(text).toContain('변환 1건, 고침 0건 (무엇을 왜 고쳤는지는 아래 2번), 사람이 확인할 것 1건 (아래 3번)')
    // Each outcome is a part of its own, in that order, and a part with nothing is left out.
    const converted = text.indexOf('━━ 1. 변환 (1건)')
    const needs = text.indexOf('━━ 3. 사람이 확인할 것 (1건)')
    expect(converted).toBeGreaterThan(0)
    expect(needs).toBeGreaterThan(converted)
    expect(text.slice(converted, needs)).toContain('2020-01-01-a.md:12:')
    expect(text.slice(converted, needs)).not.toContain('2020-01-01-a.md:20:')
    expect(text).not.toContain('━━ 2. 고침')
    expect(text.trimEnd().endsWith('쓰거나 바꾼 파일 2개.')).toBe(true)
  })

  it('says when a run changed nothing, and when it was only a preview', () => {
    const report = createReport('old-site', 'content')
    report.files.unchanged = 21
    expect(changedAnything(report)).toBe(false)
    expect(formatReport(report, { dryRun: false })).toContain(
      '파일: 새로 만듦 0, 바뀜 0, 그대로 21, 내용이 달라 그대로 둠 0',
    )
    expect(
      formatReport(report, { dryRun: false }).trimEnd().endsWith('바뀐 파일이 없습니다: 이미 가져온 내용과 같습니다.'),
    ).toBe(true)
    report.files.updated.push('content/authors/a.yml')
    expect(formatReport(report, { dryRun: true })).toContain('(미리 보기: 아무것도 쓰지 않았습니다)')
    expect(formatReport(report, { dryRun: true }).trimEnd().endsWith('쓸 파일 1개.')).toBe(true)
  })

  it('prints series candidates as a mapping file a maintainer can save and pass back', () => {
    const report = createReport('old-site', 'content')
    report.series.candidates.push({
      id: 'kubecon',
      title: 'KubeCon 참가기',
      total: null,
      doubts: [],
      posts: [
        { file: '2019-12-06-kubecon-1.md', title: '1# KubeCon 참가기', part: 1 },
        { file: '2019-12-06-kubecon-2.md', title: '2# KubeCon 참가기', part: 2 },
      ],
    })
    const text = formatReport(report, { dryRun: true })
    expect(text).toContain('  kubecon: KubeCon 참가기 — 1편 2019-12-06-kubecon-1.md, 2편 2019-12-06-kubecon-2.md\n')
    expect(text).toContain(
      '    kubecon:\n      title: KubeCon 참가기\n      posts:\n        - 2019-12-06-kubecon-1.md\n        - 2019-12-06-kubecon-2.md\n',
    )
  })
})
