// The build's heavy stages, loaded by build/index.ts only once Contentlayer and the font subset are
// running: evaluating these modules (the Markdown pipeline, the HTML parser, esbuild) takes about
// two seconds on the machine the budgets are for, which the child processes no longer wait for.
export { runContentCheck } from './content-check'
export { applyContentSecurityPolicy } from './csp'
export { verifyInventory } from './inventory'
export { reportLinks, type LinkLocator } from './link-check'
export { indexSources, locateBrokenLink } from './link-sources'
export { applyPageRuntime } from './page-runtime'
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
} from './partial-export'
export { pruneExport } from './prune-export'
export { writeMarkdownTwins } from './write-markdown-twins'
