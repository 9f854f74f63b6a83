// Massage Guide iframe resizer: add once to a page with <iframe src=".../embed/{view}/">.
// The guide inside posts its content height; this sets the iframe to it, so the page scrolls
// as one (no second scrollbar). Only messages from the guide's own origin, of the expected
// shape, sent by one of this page's iframes are used.
(() => {
  const origin = new URL(document.currentScript.src).origin;
  addEventListener("message", (event) => {
    const data = event.data;
    if (
      event.origin !== origin ||
      typeof data !== "object" ||
      data === null ||
      data.type !== "massage-guide:height" ||
      !Number.isFinite(data.height) ||
      data.height < 0 ||
      data.height > 100000
    ) {
      return;
    }
    for (const frame of document.querySelectorAll("iframe")) {
      if (frame.contentWindow === event.source) {
        frame.style.setProperty("height", `${Math.ceil(data.height)}px`, "important");
        event.source.postMessage({ type: "massage-guide:resizing" }, origin);
      }
    }
  });
})();
