//! The picker-only widget's browser entry: `embed.js` calls `mount_picker_widget` for a
//! `<massage-guide>` that starts on the picker (see `massage_guide::embed::mount_picker`).

#[cfg(target_arch = "wasm32")]
mod exports {
    use wasm_bindgen::prelude::*;

    /// A widget on the page; `free()` (from `disconnectedCallback`, or when `embed.js` hands
    /// over to the whole widget) unmounts it.
    #[wasm_bindgen]
    pub struct MountedPicker {
        _widget: massage_guide::embed::Widget,
    }

    /// Shows the picker in `element` from `markup`, its view as the build rendered it, bound to
    /// `data`, the locale's compact picker content, at `path` (or with nothing chosen) after the
    /// pages in `history`; `leave(path, history)` goes to another build of the widget.
    // One value per attribute keeps the JS side plain; a struct would need JS glue.
    #[allow(clippy::too_many_arguments)]
    #[wasm_bindgen]
    pub fn mount_picker_widget(
        element: web_sys::HtmlElement,
        site: String,
        theme: String,
        prefix: String,
        data: Vec<u8>,
        markup: String,
        path: String,
        history: String,
        leave: js_sys::Function,
    ) -> Result<MountedPicker, JsValue> {
        let attrs = massage_guide::embed::PickerAttributes {
            theme: &theme,
            prefix: &prefix,
            data: &data,
            markup: &markup,
            path: &path,
            history: &history,
        };
        massage_guide::embed::mount_picker(&element, &site, attrs, move |path, history| {
            let _ = leave.call2(&JsValue::NULL, &path.into(), &history.into());
        })
        .map(|w| MountedPicker { _widget: w })
    }
}

/// Nothing starts by itself: the widget mounts when `embed.js` finds an element.
fn main() {}
