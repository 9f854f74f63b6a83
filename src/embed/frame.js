// On the iframe pages (embed/{view}/): reports the content height to the host page, where
// embed-iframe.js sizes the iframe to it. Once the host answers, this page stops scrolling by
// itself; without that script on the host, the iframe keeps its own scrollbar and still works.
const body = document.body;
body.style.setProperty("margin", "0");

if (window.parent !== window) {
  const report = () => {
    const height = Math.ceil(body.getBoundingClientRect().height);
    window.parent.postMessage({ type: "massage-guide:height", height }, "*");
  };
  new ResizeObserver(report).observe(body);
  addEventListener("message", (event) => {
    if (event.source === window.parent && event.data?.type === "massage-guide:resizing") {
      document.documentElement.style.setProperty("overflow", "hidden");
    }
  });
}
