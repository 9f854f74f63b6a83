//! Where the engine's answer goes: the result column, drawn with nothing chosen.

use crate::context::words;
use crate::locale::Key;
use leptos::prelude::*;

/// The result column: the live summary, what the engine says (`live`, from `PickerParts`),
/// the disclaimer.
#[component]
pub fn Results() -> impl IntoView {
    let w = words();
    view! {
        <section class="picker-step results" aria-labelledby="results-title">
            <h2 id="results-title" tabindex="-1">{w.t(Key::ResultsTitle)}</h2>
            <p class="visually-hidden" aria-live="polite">{w.t(Key::SummaryNone)}</p>
            <div class="results-body">
                <p class="empty-state">{w.t(Key::ResultsEmpty)}</p>
            </div>
            <p class="disclaimer">{w.t(Key::Disclaimer)}</p>
        </section>
    }
}
