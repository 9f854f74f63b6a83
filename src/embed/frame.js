// On the iframe pages (embed/{view}/): reports the content height to the host page, where
// embed-iframe.js sizes the iframe to it. Once the host answers, this page stops scrolling by
// itself; without that script on the host, the iframe keeps its own scrollbar and still works.
const body = document.body;
body.style.setProperty("margin", "0");

if (window.parent !== window) {
  let last = -1;
  const report = () => {
    const height = Math.ceil(body.getBoundingClientRect().height);
    if (height !== last) {
      last = height;
      window.parent.postMessage({ type: "massage-guide:height", height }, "*");
    }
  };
  report();
  addEventListener("load", report);
  new ResizeObserver(report).observe(body);
  // A cross-origin iframe off the host's screen gets no rendering, so no ResizeObserver, in
  // Chromium: changes to the page and to the guide (embed.js has made its shadow root by now)
  // are watched too, and measured at once.
  const watch = (node) =>
    new MutationObserver(report).observe(node, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
  watch(body);
  for (const guide of document.querySelectorAll("massage-guide")) {
    if (guide.shadowRoot) watch(guide.shadowRoot);
  }
  addEventListener("message", (event) => {
    if (event.source === window.parent && event.data?.type === "massage-guide:resizing") {
      document.documentElement.style.setProperty("overflow", "hidden");
    }
  });
}
