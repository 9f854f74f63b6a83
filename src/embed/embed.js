// Massage Guide widget: defines <massage-guide view="picker|about|articles|massage-types">
// (optional: lang="de", content-base="URL of the content folder", theme="light|dark|auto").
// Written into dist/ by `make dist` (src/hosting/postbuild.rs fills in the hashed file names);
// everything it loads is resolved against its own URL, so it works from any origin and path.

const site = new URL("./", import.meta.url).href;
// The site's locales, its first (at the site's root) first, each with its words' file, what
// this script says before they are in, its picker's compact content and its picker as the build
// rendered it: written by the build from locales/*.json.
const locales = {"en":["assets/words-en.json","Loading the massage guide…","The massage guide could not be loaded. Please reload the page.","assets/picker-en.bin","assets/picker-en.html"]};
const codes = Object.keys(locales);

// The locale for a `lang` attribute: the same code, or its language ("de-AT" → "de"), or
// the site's first (also where the host page's own `lang` is another language).
function localeOf(element) {
  const lang = (element.getAttribute("lang") || "").toLowerCase();
  return codes.find((c) => c === lang) ?? codes.find((c) => c === lang.split("-")[0]) ?? codes[0];
}

// Two builds of the widget, each fetched once, when first needed: the whole one shows every
// page from the content's JSON files; the picker-only one shows the picker from the compact
// content the picker page reads, with a fraction of the code. A widget that starts on the
// picker takes the picker-only one, unless the whole one comes anyway, and hands over to the
// whole one when its visitor follows a link. Each resolves to the module and its wasm exports.
const modules = {};
function load(which) {
  modules[which] ??= which === "whole"
    ? import("{{MODULE}}").then(async (m) => [m, await m.default({ module_or_path: new URL("{{WASM}}", import.meta.url) })])
    : import("{{PICKER_MODULE}}").then(async (m) => [m, await m.default({ module_or_path: new URL("{{PICKER_WASM}}", import.meta.url) })]);
  return modules[which];
}
// The widget's stylesheet (the site's, rewritten for a shadow root), fetched while the code
// comes; a constructed sheet, which a page's Content-Security-Policy allows where a <style>
// would need 'unsafe-inline'. One for every widget on the page.
const sheet = fetch(new URL("{{CSS}}", import.meta.url))
  .then((r) => (r.ok ? r.text() : Promise.reject(r.status)))
  .then((css) => {
    const s = new CSSStyleSheet();
    s.replaceSync(css);
    return s;
  });

// Each locale's words for the whole widget, fetched once, while its code comes.
const words = {};
const wordsOf = (lang) =>
  (words[lang] ??= fetch(new URL(locales[lang][0], site)).then((r) => (r.ok ? r.text() : Promise.reject(r.status))));

// Whether `element` needs the whole widget from the start.
const needsWhole = (element) =>
  (element.getAttribute("view") || "picker") !== "picker" || element.hasAttribute("content-base");

// Until the guide has its content, the element keeps about the room it will take (a screen for
// the picker), so that the host page does not jump when it comes. A constructed sheet, which a
// page's Content-Security-Policy allows where a style attribute would not be.
const waiting = new CSSStyleSheet();
waiting.replaceSync(
  ":host { display: block; min-height: 24rem; } :host([view=picker]), :host(:not([view])) { min-height: min(100vh, 60rem); }" +
    " :host([aria-busy=true]) { cursor: progress; } .mg-wait { margin: 0; padding: 1rem 0; font: inherit; color: inherit; opacity: 0.75; }" +
    " .mg-going { position: fixed; z-index: 2147483647; bottom: 1rem; left: 1rem; margin: 0; padding: 0.75rem 1rem; font: inherit;" +
    " color: CanvasText; background: Canvas; border: 1px solid; border-radius: 0.5rem; box-shadow: 0 0.25rem 1rem rgb(0 0 0 / 0.25); }",
);

class MassageGuide extends HTMLElement {
  connectedCallback() {
    const root = this.shadowRoot ?? this.attachShadow({ mode: "open" });
    const lang = localeOf(this);
    const [, waitText, failedText, picker, fragment] = locales[lang];
    if (this.widget) return;
    root.adoptedStyleSheets = [waiting];
    const note = document.createElement("p");
    note.className = "mg-wait";
    note.setAttribute("role", "status");
    note.textContent = waitText;
    root.replaceChildren(note);
    const whole = modules.whole || [this, ...document.querySelectorAll("massage-guide")].some(needsWhole);
    const failed = () => {
      const message = document.createElement("p");
      message.setAttribute("role", "alert");
      message.textContent = failedText;
      root.adoptedStyleSheets = [];
      root.replaceChildren(message);
    };
    const showWhole = () =>
      Promise.all([load("whole"), sheet, wordsOf(lang)]).then(
        ([[m], css, text]) => this.isConnected && !this.widget && this.show(css, this.mountWhole(m, text, "", "")),
        failed,
      );
    if (whole) {
      showWhole();
      return;
    }
    // The content comes while the code does. Should either fail, the whole widget shows the
    // picker from the JSON files, with its own messages.
    const data = fetch(new URL(picker, site)).then((r) => (r.ok ? r.arrayBuffer() : Promise.reject(r.status)));
    const markup = fetch(new URL(fragment, site)).then((r) => (r.ok ? r.text() : Promise.reject(r.status)));
    Promise.all([load("picker"), data, markup, sheet])
      .then(([[m], bytes, html, css]) => {
        if (!this.isConnected || this.widget) return;
        const prefix = lang === codes[0] ? "" : lang;
        const leave = (path, back) => this.handOver(path, back, prefix);
        const theme = this.getAttribute("theme") || "";
        this.show(css, m.mount_picker_widget(this, site, theme, prefix, new Uint8Array(bytes), html, leave));
        // A press on a link starts fetching the rest of the guide, before the click.
        root.addEventListener("pointerdown", (e) => e.target.closest?.("a[href]") && load("whole") && wordsOf(lang));
      })
      .catch(showWhole);
  }

  // The whole widget with the words `text`, on `view` (a view's name, or a page's path with
  // `back` the picker's).
  mountWhole(m, text, view, back) {
    const lang = localeOf(this);
    return m.mount_widget(
      this,
      site,
      view || this.getAttribute("view") || "picker",
      this.getAttribute("content-base") || "",
      this.getAttribute("theme") || "",
      text,
      lang === codes[0] ? "" : lang,
      locales[lang][2],
      back,
    );
  }

  // Shows `widget` with the stylesheet `css`, keeping the room until its view has loaded.
  show(css, widget) {
    this.widget = widget;
    const root = this.shadowRoot;
    root.adoptedStyleSheets = [css, waiting];
    const loaded = new MutationObserver(() => this.release(loaded));
    loaded.observe(root, { subtree: true, childList: true, attributes: true });
    this.release(loaded);
  }

  // From the picker-only widget to the whole one, on the page at `path`; Back returns to the
  // picker at `back`. The picker stays until the whole widget is there; if it cannot come, the
  // link goes to the site's page, as without the widget.
  handOver(path, back, prefix) {
    this.setAttribute("aria-busy", "true");
    // Said where the visitor is looking (the widget's top may be scrolled away), until the
    // page is there.
    const root = this.shadowRoot;
    const note = document.createElement("p");
    note.className = "mg-going";
    note.setAttribute("role", "status");
    note.textContent = locales[localeOf(this)][1];
    if (!root.adoptedStyleSheets.includes(waiting)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, waiting];
    root.append(note);
    Promise.all([load("whole"), sheet, wordsOf(localeOf(this))]).then(
      ([[m], css, text]) => {
        this.removeAttribute("aria-busy");
        note.remove();
        if (!this.isConnected) return;
        this.widget?.free();
        this.widget = undefined;
        this.show(css, this.mountWhole(m, text, path, back));
      },
      () => location.assign(new URL((prefix ? prefix + "/" : "") + path.slice(1), site)),
    );
  }

  // Gives the room back once nothing in the view is loading any more.
  release(observer) {
    const root = this.shadowRoot;
    if (root.querySelector(".mg-root *") && !root.querySelector('[aria-busy="true"]')) {
      observer.disconnect();
      root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== waiting);
    }
  }

  disconnectedCallback() {
    // A removed widget leaves nothing behind: its view, effects and listeners go with it.
    this.widget?.free();
    this.widget = undefined;
  }
}

if (!customElements.get("massage-guide")) {
  customElements.define("massage-guide", MassageGuide);
}
