// Starts the picker page's code once its first contentful paint is on screen (where the browser
// has no paint timing, after its first frame; a hidden tab, which paints nothing, after 200 ms):
// nothing the code fetches competes with that paint. The module and wasm are the ones trunk
// preloads, held back in <template data-later> (src/prerender.rs) until then. Inline, allowed
// by its hash (src/hosting/headers.rs): the same text in every build.
await new Promise((go) => {
  if (PerformanceObserver.supportedEntryTypes?.includes("paint")) {
    new PerformanceObserver((l) => l.getEntriesByName("first-contentful-paint").length && go())
      .observe({ type: "paint", buffered: true });
  } else {
    requestAnimationFrame(() => setTimeout(go));
  }
  setTimeout(go, 200);
});
let code;
let wasm;
for (const later of document.querySelectorAll("template[data-later]")) {
  for (const link of later.content.querySelectorAll("link")) {
    const href = new URL(link.getAttribute("href"), document.baseURI).href;
    if (link.rel === "modulepreload") code = href;
    else if (link.type === "application/wasm") wasm = href;
  }
  document.head.append(later.content);
}
const app = await import(code);
await app.default({ module_or_path: wasm });
