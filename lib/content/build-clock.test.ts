import { describe, expect, it } from 'vitest'
import { readBuildClock } from './build-clock'

describe('readBuildClock', () => {
  const machine = () => new Date('2024-05-05T00:00:00Z')

  it('uses BUILD_NOW when set, the machine clock otherwise', () => {
    expect(readBuildClock('2019-12-06T01:00:00+09:00', machine).toISOString()).toBe('2019-12-05T16:00:00.000Z')
    expect(readBuildClock(undefined, machine)).toEqual(machine())
    expect(readBuildClock('  ', machine)).toEqual(machine())
  })

  it('stops on a value that is not a date instead of publishing nothing', () => {
    expect(() => readBuildClock('tomorrow', machine)).toThrow('BUILD_NOW "tomorrow" is not a date and time')
  })
})
