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

// Three builds of the widget (src/embed.rs), each fetched once, when first needed, so that a
// view loads only what it needs: the picker-only one shows the picker from the compact content
// the picker page reads; the pages one every other page from the content's JSON files; the
// whole one every page, the picker too, from JSON: the one for the clinic's own content folder
// (`content-base`). A widget goes from the picker-only build to the pages one and back as its
// visitor follows links, its history with it. Each resolves to the module and its wasm exports.
const builds = {
  whole: () => import("{{MODULE}}").then((m) => ready(m, "{{WASM}}")),
  pages: () => import("{{PAGES_MODULE}}").then((m) => ready(m, "{{PAGES_WASM}}")),
  picker: () => import("{{PICKER_MODULE}}").then((m) => ready(m, "{{PICKER_WASM}}")),
};
const ready = async (m, wasm) => [m, await m.default({ module_or_path: new URL(wasm, import.meta.url) })];
const modules = {};
const load = (which) => (modules[which] ??= builds[which]());
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

// A file of the site, fetched once, while the code comes.
const files = {};
const file = (name, as) =>
  (files[name] ??= fetch(new URL(name, site)).then((r) => (r.ok ? r[as]() : Promise.reject(r.status))));
// Each locale's words for the pages, and its picker's compact content and markup.
const wordsOf = (lang) => file(locales[lang][0], "text");
const pickerOf = (lang) => Promise.all([file(locales[lang][3], "arrayBuffer"), file(locales[lang][4], "text")]);

// Whether `element` needs the whole widget.
const needsWhole = (element) => element.hasAttribute("content-base");
// The build that shows the page at `path` (`/picker…` or another) for a widget that does not
// need the whole one.
const buildFor = (path) => (/^\/picker(\?|$)/.test(path) ? "picker" : "pages");

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
    const [, waitText, failedText] = locales[lang];
    if (this.widget) return;
    root.adoptedStyleSheets = [waiting];
    const note = document.createElement("p");
    note.className = "mg-wait";
    note.setAttribute("role", "status");
    note.textContent = waitText;
    root.replaceChildren(note);
    const failed = () => {
      const message = document.createElement("p");
      message.setAttribute("role", "alert");
      message.textContent = failedText;
      root.adoptedStyleSheets = [];
      root.replaceChildren(message);
    };
    const start = (which) => this.mount(which, "", "").then((mount) => this.isConnected && !this.widget && mount());
    // One widget with the clinic's own content makes every widget on the page the whole one,
    // which has all the others have.
    if (modules.whole || [this, ...document.querySelectorAll("massage-guide")].some(needsWhole)) {
      start("whole").catch(failed);
    } else if ((this.getAttribute("view") || "picker") !== "picker") {
      start("pages").catch(failed);
    } else {
      // Should the picker's content or code fail, the whole widget shows the picker from the
      // JSON files, with its own messages.
      start("picker").catch(() => start("whole").catch(failed));
    }
    // A press on a link to one of the guide's pages starts fetching what it needs, before the
    // click (once per element, however often it is connected).
    if (!this.pressed) {
      this.pressed = (e) => {
        const a = e.target.closest?.("a[href]");
        const pages = new URL(this.prefix() && this.prefix() + "/", site).pathname;
        const path = a && new URL(a.href).pathname;
        if (path?.startsWith(pages) && !modules.whole) this.fetching(buildFor("/" + path.slice(pages.length))).catch(() => {});
      };
      root.addEventListener("pointerdown", this.pressed);
    }
  }

  // The locale's path under the site: "" for its first locale.
  prefix() {
    const lang = localeOf(this);
    return lang === codes[0] ? "" : lang;
  }

  // Starts fetching what the build `which` needs; resolves to its module and those files.
  fetching(which) {
    const lang = localeOf(this);
    return Promise.all([load(which), sheet, which === "picker" ? pickerOf(lang) : wordsOf(lang)]);
  }

  // Loads the build `which` with what it needs; resolves to a function that mounts it here, on
  // `path` (a page's path, or "" for the `view` attribute's) after the pages in `history`.
  mount(which, path, history) {
    const lang = localeOf(this);
    const prefix = this.prefix();
    const theme = this.getAttribute("theme") || "";
    const leave = (path, history) => this.handOver(path, history);
    return this.fetching(which).then(([[m], css, content]) => () => {
      const widget =
        which === "picker"
          ? m.mount_picker_widget(this, site, theme, prefix, new Uint8Array(content[0]), content[1], path, history, leave)
          : m.mount_widget(
              this,
              site,
              path || this.getAttribute("view") || "picker",
              this.getAttribute("content-base") || "",
              theme,
              content,
              prefix,
              locales[lang][2],
              history,
              leave,
            );
      this.show(css, widget);
    });
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

  // From one build to the other (the picker-only one and the pages one), on the page at `path`
  // after the pages in `history`. The page shown stays until the other build is there; if it
  // cannot come, the link goes to the site's page, as without the widget.
  handOver(path, history) {
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
    this.mount(buildFor(path), path, history).then(
      (mount) => {
        this.removeAttribute("aria-busy");
        note.remove();
        if (!this.isConnected) return;
        this.widget?.free();
        this.widget = undefined;
        mount();
      },
      () => location.assign(new URL((this.prefix() ? this.prefix() + "/" : "") + path.slice(1), site)),
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
