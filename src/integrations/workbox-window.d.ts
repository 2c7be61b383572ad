// workbox-window's modern ES module build (~1.4 KB gzipped against ~2.3 KB for the ES5 build
// its package.json "module" field points at); same API, so it reuses the package's types.
declare module 'workbox-window/build/workbox-window.prod.mjs' {
  export * from 'workbox-window';
}
