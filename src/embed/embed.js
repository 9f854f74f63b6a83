// Massage Guide widget: defines <massage-guide view="picker|about|articles|massage-types">
// (optional: lang="de", content-base="URL of the content folder", theme="light|dark|auto").
// Written into dist/ by `make dist` (src/hosting/postbuild.rs fills in the hashed file names);
// everything it loads is resolved against its own URL, so it works from any origin and path.
import init, { mount_widget } from "{{MODULE}}";

const site = new URL("./", import.meta.url).href;
// The site's locales, its first (at the site's root) first, each with its words' file and what
// this script says before they are in: written by the build from locales/*.json.
const locales = {"en":["assets/words-en.json","Loading the massage guide…","The massage guide could not be loaded. Please reload the page."]};
const codes = Object.keys(locales);

// The locale for a `lang` attribute: the same code, or its language ("de-AT" → "de"), or
// the site's first (also where the host page's own `lang` is another language).
function localeOf(element) {
  const lang = (element.getAttribute("lang") || "").toLowerCase();
  return codes.find((c) => c === lang) ?? codes.find((c) => c === lang.split("-")[0]) ?? codes[0];
}
const ready = init({ module_or_path: new URL("{{WASM}}", import.meta.url) });

// Until the guide has its content, the element keeps about the room it will take (a screen for
// the picker), so that the host page does not jump when it comes. A constructed sheet, which a
// page's Content-Security-Policy allows where a style attribute would not be.
const waiting = new CSSStyleSheet();
waiting.replaceSync(
  ":host { display: block; min-height: 24rem; } :host([view=picker]), :host(:not([view])) { min-height: min(100vh, 60rem); }" +
    " .mg-wait { margin: 0; padding: 1rem 0; font: inherit; color: inherit; opacity: 0.75; }",
);

class MassageGuide extends HTMLElement {
  connectedCallback() {
    const root = this.shadowRoot ?? this.attachShadow({ mode: "open" });
    const lang = localeOf(this);
    const [words, waitText, failedText] = locales[lang];
    if (!this.widget) {
      root.adoptedStyleSheets = [waiting];
      const note = document.createElement("p");
      note.className = "mg-wait";
      note.setAttribute("role", "status");
      note.textContent = waitText;
      root.replaceChildren(note);
    }
    ready.then(
      () => {
        if (this.isConnected && !this.widget) {
          this.widget = mount_widget(
            this,
            site,
            this.getAttribute("view") || "picker",
            this.getAttribute("content-base") || "",
            this.getAttribute("theme") || "",
            new URL(words, site).href,
            lang === codes[0] ? "" : lang,
            failedText,
          );
          // The widget's own sheet replaced the room kept; keep it while the view loads.
          root.adoptedStyleSheets = [...root.adoptedStyleSheets, waiting];
          const loaded = new MutationObserver(() => this.release(loaded));
          loaded.observe(root, { subtree: true, childList: true, attributes: true });
          this.release(loaded);
        }
      },
      () => {
        root.adoptedStyleSheets = [];
        root.textContent = failedText;
      },
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
