import { describe, expect, it } from 'vitest'
import { rewriteLinks, type LinkContext } from './links'
import type { SiteIndex } from './scan'

const site: SiteIndex = {
  origins: ['https://team.github.io'],
  posts: new Map([['/kubecon-1/', { draft: false }], ['/2019/12/06/kubecon-1.html/', { draft: false }]]),
  pages: new Set(['/about/']),
  routes: new Set(['/']),
  hasFile: (path) => path === '/assets/img/cover 1.png',
}
const context: LinkContext = {
  site,
  repository: 'Team/team.github.io',
  moved: new Map([['/2019/12/06/kubecon-1.html/', '/kubecon-1/']]),
}
const run = (body: string) => rewriteLinks(`---\ntitle: a\n---\n${body}\n`, context)

describe('rewriteLinks', () => {
  it('turns raw file URLs of the site’s own repository into site paths, and lists files the repository lacks', () => {
    const out = run('![a](https://raw.githubusercontent.com/team/team.github.io/master/assets/img/cover%201.png) ![b](https://github.com/team/team.github.io/raw/main/assets/img/gone.png) ![c](https://raw.githubusercontent.com/other/repo/master/assets/img/cover%201.png)')
    expect(out.text).toContain('![a](/assets/img/cover%201.png)')
    expect(out.text).toContain('![b](https://github.com/team/team.github.io/raw/main/assets/img/gone.png)')
    expect(out.text).toContain('![c](https://raw.githubusercontent.com/other/repo/')
    expect(out.problems).toEqual([{ line: 4, message: expect.stringContaining('저장소에 없는 파일') }])
  })

  it('points old post URLs, absolute or not, at the post’s new URL, keeping the fragment', () => {
    const out = run('[x](/2019/12/06/kubecon-1.html#intro) [y](https://team.github.io/2019/12/06/kubecon-1.html) [z](https://team.github.io/about/)')
    expect(out.text).toContain('[x](/kubecon-1/#intro) [y](/kubecon-1/) [z](/about/)')
  })

  it('keeps another project on the same github.io domain absolute, and unlinks a link that was already dead', () => {
    const out = run('[guide](https://team.github.io/cicd-guide/docs/) and [gone](/never-was/)')
    expect(out.text).toContain('[guide](//team.github.io/cicd-guide/docs/) and gone\n')
    expect(out.problems.map((p) => p.message)).toEqual([expect.stringContaining('다른 GitHub Pages 프로젝트'), expect.stringContaining('옛 사이트에서도 깨진 링크')])
  })
})
