/**
 * The instant a build publishes as of: `BUILD_NOW` when set (reproducible builds, tests, a
 * scheduled rebuild that must agree with a previous one), else the machine's clock. A value that
 * is not a date stops the build: read as "no date", it would publish nothing at all.
 */
export function readBuildClock(raw: string | undefined, machineNow: () => Date = () => new Date()): Date {
  if (raw === undefined || raw.trim() === '') return machineNow()
  const now = new Date(raw.trim())
  if (Number.isNaN(now.getTime())) {
    throw new Error(`BUILD_NOW "${raw}" is not a date and time (example: 2024-01-31T09:00:00+09:00)`)
  }
  return now
}
