import { describe, expect, it } from 'vitest'
import { renderMarkdown } from './pipeline'

describe('rehypeValidHtml (through the Markdown pipeline)', () => {
  it('drops an image whose src the sanitiser removed, and a source without its video', async () => {
    const html = await renderMarkdown(
      '<img src="javascript:alert(1)" alt="x">\n\n<video><source onerror="x()"></video>\n\n![사진](/assets/a.png)',
    )
    expect(html).not.toMatch(/<img(?![^>]*src=)/)
    expect(html).not.toContain('<source')
    expect(html).toContain('src="/assets/a.png"')
  })

  it('never leaves a table inside a paragraph (a stray </p> in the page)', async () => {
    const html = await renderMarkdown('<p>앞 <table><tr><td>칸</td></tr></table> 뒤</p>')
    expect(html).not.toMatch(/<p>(?:(?!<\/p>).)*<table/s)
    expect(html).toContain('칸')
  })

  it('turns an old <center> into a centred div', async () => {
    const html = await renderMarkdown('<center>가운데</center>')
    expect(html).toContain('<div align="center">가운데</div>')
  })

  it('gives no empty id to a heading holding only an image, nor keeps one written in raw HTML', async () => {
    // A setext heading: an image alone over `---`, as an old post wrote it.
    const html = await renderMarkdown('![](https://example.com/a.png)\n---\n\n<p id="">문단</p>\n')
    expect(html).toMatch(/<h2><img /)
    expect(html).not.toContain('id=""')
    expect(html).toContain('<p>문단</p>')
  })

  it('turns a percentage width, which the attribute cannot hold, into the nearest width class', async () => {
    const html = await renderMarkdown(
      '<div><img src="https://example.com/a.png" width="30%"> <img src="https://example.com/b.png" width="37 %"></div>',
    )
    expect(html).toContain('class="width-30"')
    expect(html).toContain('class="width-35"')
    expect(html).not.toMatch(/width="\d+\s*%"/)
    expect(await renderMarkdown('<img src="https://example.com/c.png" width="750px" height="20 px">')).toContain(
      'width="750" height="20"',
    )
  })
})
