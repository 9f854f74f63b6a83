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
    /// `data`, the locale's compact picker content;
    /// `leave(path, back)` is called when its visitor follows a link to one of the site's pages.
    #[wasm_bindgen]
    pub fn mount_picker_widget(
        element: web_sys::HtmlElement,
        site: String,
        theme: String,
        prefix: String,
        data: Vec<u8>,
        markup: String,
        leave: js_sys::Function,
    ) -> Result<MountedPicker, JsValue> {
        let attrs = massage_guide::embed::PickerAttributes {
            theme: &theme,
            prefix: &prefix,
            data: &data,
            markup: &markup,
        };
        massage_guide::embed::mount_picker(&element, &site, attrs, move |path, back| {
            let _ = leave.call2(&JsValue::NULL, &path.into(), &back.into());
        })
        .map(|w| MountedPicker { _widget: w })
    }
}

/// Nothing starts by itself: the widget mounts when `embed.js` finds an element.
fn main() {}
