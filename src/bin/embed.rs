//! The widget's browser entry: `embed.js` calls `mount_widget` for each `<massage-guide>`.

#[cfg(target_arch = "wasm32")]
mod exports {
    use wasm_bindgen::prelude::*;

    /// A widget on the page; `free()` (from `disconnectedCallback`) unmounts it.
    #[wasm_bindgen]
    pub struct MountedWidget {
        _widget: massage_guide::embed::Widget,
    }

    /// Shows the widget in `element` (see `massage_guide::embed::mount`).
    #[wasm_bindgen]
    pub fn mount_widget(
        element: web_sys::HtmlElement,
        site: String,
        view: String,
        content: String,
    ) -> Result<MountedWidget, JsValue> {
        massage_guide::embed::mount(&element, &site, &view, &content)
            .map(|w| MountedWidget { _widget: w })
    }
}

/// Nothing starts by itself: the widget mounts when `embed.js` finds an element.
fn main() {}
