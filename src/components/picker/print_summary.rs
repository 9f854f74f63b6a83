//! What the visitor chose, in words, for the printed page they bring to the appointment.

use crate::context::words;
use crate::locale::Key;
use leptos::prelude::*;

/// Shown only when printing, above the suggestions; `live` writes its rows.
#[component]
pub fn PrintSummary() -> impl IntoView {
    view! {
        <section class="print-only print-summary">
            <h2>{words().t(Key::PrintTitle)}</h2>
            <dl></dl>
        </section>
    }
}
