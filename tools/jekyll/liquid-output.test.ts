import { describe, expect, it } from 'vitest'
import { readLiquidOutput } from './liquid-output'

describe('readLiquidOutput', () => {
  it('maps each document Jekyll rendered to the text its Liquid produced', () => {
    const output = readLiquidOutput(
      JSON.stringify({ '_posts/2020-01-01-a.md': '\n[답](https://example.com/a/12)\n', 'en/about.md': 'About' }),
      '_site/.liquid-output.json',
    )
    expect(output.get('_posts/2020-01-01-a.md')).toBe('\n[답](https://example.com/a/12)\n')
    expect(output.get('en/about.md')).toBe('About')
  })

  it('refuses a file that is not the plugin’s, naming it', () => {
    expect(() => readLiquidOutput('{"a":', '_site/.liquid-output.json')).toThrow(
      /_site\/\.liquid-output\.json: JSON이 아닙니다/,
    )
    expect(() => readLiquidOutput('[1, 2]', 'x.json')).toThrow(/x\.json: 문서 경로와 본문의 짝이 아닙니다/)
  })
})
