//! The whole widget's browser entry, every page with the picker from the content's JSON files:
//! `embed.js` calls `mount_widget` for a `<massage-guide>` whose content is the clinic's own
//! (`content-base`; see `massage_guide::embed`).

#[cfg(target_arch = "wasm32")]
massage_guide::widget_entry!();

/// Nothing starts by itself: the widget mounts when `embed.js` finds an element.
fn main() {}
