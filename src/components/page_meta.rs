//! The document's title and meta description, kept in step with the page being shown.

use crate::context::{host, store};
use leptos::prelude::*;
use std::sync::{Arc, Mutex};

/// Where prerendering collects the page's full title and description (effects do not run there).
#[derive(Clone, Default)]
pub struct MetaSlot(pub Arc<Mutex<Option<(String, String)>>>);

/// Sets `document.title` to "{page} · {clinic name}" and the meta description whenever
/// `page` yields `Some((title, description))`. Written by hand instead of with leptos_meta to
/// keep the bundle small. In a widget it does nothing: the host page's title is the host's.
pub fn use_page_meta(page: impl Fn() -> Option<(String, String)> + 'static) {
    if host().widget {
        return;
    }
    let site = store().site;
    let full = move |title: String| match site.ready() {
        Some(site) => format!("{title} · {}", site.name),
        None => title,
    };
    if let Some(slot) = use_context::<MetaSlot>() {
        if let Some((title, description)) = page() {
            *slot.0.lock().unwrap() = Some((full(title), description));
        }
        return;
    }
    Effect::new(move |_| {
        let Some((title, description)) = page() else {
            return;
        };
        let full = full(title);
        let document = document();
        document.set_title(&full);
        if let Ok(Some(meta)) = document.query_selector("meta[name=description]") {
            let _ = meta.set_attribute("content", &description);
        }
    });
}
