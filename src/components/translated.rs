//! The note on a page translated from another language, with the way to its original.

use crate::context::{languages, words};
use crate::locale::Key;
use crate::text::around;
use leptos::prelude::*;

/// "This is a translation. Read the original", linking to the page in the language `from`
/// (where the site knows it: not in a widget, which has no languages to offer).
#[component]
pub fn Translated(
    /// The original's locale code (`translated_from`).
    from: String,
) -> impl IntoView {
    let w = words();
    let (before, after) = around(w.t(Key::Translated), "{original}");
    let original = languages().0.into_iter().find(|l| l.code == from);
    // An empty piece is left out: rendered, it would be a space.
    let piece = |s: &'static str| (!s.is_empty()).then_some(s);
    view! {
        <p class="translated">
            {piece(before)}
            {original.map(|l| view! {
                <a href=l.href lang=l.tag.clone() hreflang=l.tag>{w.t(Key::TranslatedLink)}</a>
            })}
            {piece(after)}
        </p>
    }
}
