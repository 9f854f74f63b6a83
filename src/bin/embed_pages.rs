//! The widget's pages without the picker (the `widget-pages` feature), the entry for a
//! `<massage-guide>` that starts on another page: `embed.js` calls `mount_widget`, and shows the
//! picker with the picker-only build (see `massage_guide::embed`).

#[cfg(target_arch = "wasm32")]
massage_guide::widget_entry!();

/// Nothing starts by itself: the widget mounts when `embed.js` finds an element.
fn main() {}
