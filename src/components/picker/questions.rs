//! The red-flag questions that apply to the selection: above the suggestions, so that a
//! visitor who jumps to them passes the safety step first.

use crate::context::words;
use crate::locale::Key;
use crate::picker::red_flags::RED_FLAGS;
use leptos::prelude::*;

/// One yes/no question as a checkbox: ticked means "yes". Every question is made, and
/// `live` shows those the engine asks.
pub fn question(id: String, text: String) -> impl IntoView {
    view! {
        <li hidden>
            <label class="check">
                <input type="checkbox" name="yes" value=id />
                <span>{text}</span>
            </label>
        </li>
    }
}

/// Every red flag's question, emergencies first (the order of `RED_FLAGS`); hidden until
/// some apply.
#[component]
pub fn SafetyChecks() -> impl IntoView {
    let w = words();
    let items = RED_FLAGS
        .iter()
        .map(|f| question(f.id.to_string(), w.flag_question(f.index).to_string()))
        .collect_view();
    view! {
        <section class="picker-step safety" aria-labelledby="safety-title" hidden>
            <h2 id="safety-title" tabindex="-1">{w.t(Key::SafetyTitle)}</h2>
            <p class="hint">{w.t(Key::SafetyHint)}</p>
            <ul class="check-list">{items}</ul>
        </section>
    }
}
