/** Vite's `?inline` CSS imports (stories only): the file's text, not injected in the page. */
declare module '*.css?inline' {
  const cssText: string;
  export default cssText;
}
