/**
 * A value computed from the content once per generation of it: `generation()` names the current
 * one (constant in a build; in `next dev`, the stamp Contentlayer rewrites after every edit). A
 * computation that throws is tried again on the next call, so a page that failed while the content
 * was half-written recovers on the next request.
 */
export function perGeneration<T>(generation: () => string, compute: () => T): () => T {
  let value: T | undefined
  let computedFor: string | undefined
  return () => {
    const current = generation()
    if (computedFor !== current) {
      value = compute()
      computedFor = current
    }
    return value as T
  }
}
