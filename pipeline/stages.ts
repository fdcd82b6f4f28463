// The build's heavy stages, loaded by pipeline/index.ts only once Contentlayer and the font subset are
// running: evaluating these modules (the Markdown pipeline, the HTML parser, esbuild) takes about
// two seconds on the machine the budgets are for, which the child processes no longer wait for.
export { runContentCheck } from './stages/content-check'
export { applyContentSecurityPolicy } from './stages/csp'
export { verifyInventory } from './stages/inventory'
export { reportLinks, type LinkLocator } from './stages/link-check'
export { indexSources, locateBrokenLink } from './stages/link-sources'
export { applyPageRuntime } from './stages/page-runtime'
export {
  fillFromPrevious,
  manifestFile,
  outFingerprint,
  planExport,
  printDocument,
  readManifest,
  siteKey,
  writeManifest,
  type DocumentPrint,
  type ExportPlan,
} from './incremental/partial-export'
export { pruneExport } from './stages/prune-export'
export { writeMarkdownTwins } from './stages/write-markdown-twins'
