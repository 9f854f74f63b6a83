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
        theme: String,
    ) -> Result<MountedWidget, JsValue> {
        let attrs = massage_guide::embed::Attributes {
            view: &view,
            content: &content,
            theme: &theme,
        };
        massage_guide::embed::mount(&element, &site, attrs).map(|w| MountedWidget { _widget: w })
    }
}

/// Nothing starts by itself: the widget mounts when `embed.js` finds an element.
fn main() {}
