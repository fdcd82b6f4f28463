/** The Content-Security-Policy for non-HTML files a browser may open as a document (SVG, XML). */
export const FILE_POLICY: string
/** File names a browser can render as a scriptable document. */
export const SCRIPTABLE_FILE: RegExp
/** `_headers` blocks giving every scriptable non-HTML file FILE_POLICY; `files` relative to the export root. */
export function fileHeaderRules(files: readonly string[], basePath: string): string
