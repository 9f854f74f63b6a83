// Massage Guide widget: defines <massage-guide view="picker|about|articles|massage-types">
// (optional: content-base="URL of the content folder", theme="light|dark|auto").
// Written into dist/ by `make dist` (src/hosting/postbuild.rs fills in the hashed file names);
// everything it loads is resolved against its own URL, so it works from any origin and path.
import init, { mount_widget } from "{{MODULE}}";

const site = new URL("./", import.meta.url).href;
const ready = init({ module_or_path: new URL("{{WASM}}", import.meta.url) });

class MassageGuide extends HTMLElement {
  connectedCallback() {
    ready.then(
      () => {
        if (this.isConnected && !this.widget) {
          this.widget = mount_widget(
            this,
            site,
            this.getAttribute("view") || "picker",
            this.getAttribute("content-base") || "",
            this.getAttribute("theme") || "",
          );
        }
      },
      () => {
        this.textContent = "The massage guide could not be loaded. Please reload the page.";
      },
    );
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
