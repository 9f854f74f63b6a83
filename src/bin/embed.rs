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
    // One string per attribute keeps the JS side plain; a struct would need JS glue.
    #[allow(clippy::too_many_arguments)]
    #[wasm_bindgen]
    pub fn mount_widget(
        element: web_sys::HtmlElement,
        site: String,
        view: String,
        content: String,
        theme: String,
        words: String,
        prefix: String,
        failed: String,
        back: String,
    ) -> Result<MountedWidget, JsValue> {
        let attrs = massage_guide::embed::Attributes {
            view: &view,
            back: &back,
            content: &content,
            theme: &theme,
            words: &words,
            prefix: &prefix,
            failed: &failed,
        };
        massage_guide::embed::mount(&element, &site, attrs).map(|w| MountedWidget { _widget: w })
    }
}

/// Nothing starts by itself: the widget mounts when `embed.js` finds an element.
fn main() {}
