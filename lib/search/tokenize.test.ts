import { describe, expect, it } from 'vitest'
import { compoundParts, normalizeText, splitWords, stripParticle, tokenize } from './tokenize'

describe('splitWords', () => {
  it('splits Hangul from Latin and digits, in lower case', () => {
    expect(splitWords('Istio의 mTLS인증과 EC2를')).toEqual(['istio', '의', 'mtls', '인증과', 'ec2', '를'])
  })

  it('drops punctuation and keeps Latin words with digits whole', () => {
    expect(splitWords('k8s, "Next.js" (v16) — 배포!')).toEqual(['k8s', 'next', 'js', 'v16', '배포'])
  })

  it('composes decomposed Hangul (NFD, as macOS writes file names)', () => {
    const decomposed = '쿠버네티스'.normalize('NFD')
    expect(decomposed).not.toBe('쿠버네티스')
    expect(splitWords(decomposed)).toEqual(['쿠버네티스'])
    expect(normalizeText('ÉCOLE')).toBe('école')
  })
})

describe('stripParticle', () => {
  it('removes the particle or ending a noun carries', () => {
    expect(stripParticle('쿠버네티스를')).toBe('쿠버네티스')
    expect(stripParticle('쿠버네티스는')).toBe('쿠버네티스')
    expect(stripParticle('컨테이너에서는')).toBe('컨테이너')
    expect(stripParticle('클러스터로의')).toBe('클러스터')
    expect(stripParticle('배포했습니다')).toBe('배포')
    expect(stripParticle('인증과')).toBe('인증')
  })

  it('leaves short words and Latin words alone', () => {
    expect(stripParticle('평가')).toBe('평가')
    expect(stripParticle('결과')).toBe('결과')
    expect(stripParticle('istio')).toBe('istio')
  })

  it('does not take 인 for a particle, so 로그인 stays apart from 로그', () => {
    expect(stripParticle('로그인')).toBe('로그인')
  })
})

describe('tokenize', () => {
  it('gives the same stem for a word however it is inflected', () => {
    const forms = ['쿠버네티스', '쿠버네티스를', '쿠버네티스는', '쿠버네티스의', '쿠버네티스에서']
    expect(forms.map((form) => tokenize(form))).toEqual(forms.map(() => ['쿠버네티스']))
  })

  it('drops a particle split off a Latin word', () => {
    expect(tokenize('Istio의 보안과 Kubernetes입니다')).toEqual(['istio', '보안', 'kubernetes'])
  })

  it('gives nothing for a text with no words', () => {
    expect(tokenize('  ... !!! ')).toEqual([])
    expect(tokenize('를')).toEqual([])
  })
})

describe('compoundParts', () => {
  it('gives the inner pieces of long Hangul words, two syllables at least', () => {
    expect(compoundParts('비용최적화를')).toEqual(['용최적화', '최적화', '적화'])
  })

  it('leaves Latin words and two-syllable words whole', () => {
    expect(compoundParts('Kubernetes 인증')).toEqual([])
  })
})
