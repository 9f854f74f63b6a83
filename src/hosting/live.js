// Development only: the dev server (`make serve`) adds this script to every page it serves;
// `make dist` never contains it. It waits for news of a rebuild, then reloads the page; when a
// content error stopped the rebuild, it shows the error on the page (as text, in a box made
// with the DOM: no HTML from the error, no inline style attribute, so the site's CSP holds).
(() => {
  const wait = document.currentScript.src.replace(/live\.js$/, "wait");
  let seq = "";
  let build = null;
  let box = null;
  const show = (error) => {
    if (!error) {
      box?.remove();
      box = null;
      return;
    }
    if (!box) {
      box = document.createElement("pre");
      box.setAttribute("role", "alert");
      box.id = "mg-live-error";
      Object.assign(box.style, {
        position: "fixed", left: "0.5rem", right: "0.5rem", bottom: "0.5rem", zIndex: "2147483647",
        margin: "0", padding: "0.75rem 1rem", maxHeight: "50vh", overflow: "auto",
        whiteSpace: "pre-wrap", font: "14px/1.4 ui-monospace, monospace",
        background: "#5c0b0b", color: "#fff", border: "2px solid #fff", borderRadius: "0.5rem",
      });
      document.body.append(box);
    }
    box.textContent = `The content has an error; this page shows the last good build.\n${error}`;
  };
  const next = async () => {
    for (;;) {
      try {
        const news = await (await fetch(`${wait}?seq=${seq}`, { cache: "no-store" })).json();
        if (build !== null && news.build !== build) {
          location.reload();
          return;
        }
        ({ seq, build } = news);
        show(news.error);
      } catch {
        // The dev server restarts or is stopped: ask again a little later.
        await new Promise((done) => setTimeout(done, 1000));
      }
    }
  };
  next();
})();
