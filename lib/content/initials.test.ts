import { describe, expect, it } from 'vitest'
import { initials } from './initials'

describe('initials', () => {
  it('takes the family name of a Korean name and two letters of a Latin one', () => {
    expect(initials('박승필')).toBe('박')
    expect(initials('Dana Son')).toBe('DS')
    expect(initials('  grace  ')).toBe('G')
    expect(initials('Jean Luc Picard')).toBe('JP')
  })

  it('says something even for an empty name', () => {
    expect(initials('')).toBe('?')
  })
})
