//! The red-flag questions that apply to the selection: above the suggestions, so that a
//! visitor who jumps to them passes the safety step first.

use crate::components::picker::update::Update;
use crate::context::words;
use crate::locale::Key;
use crate::picker::engine::{toggle, Outcome, Selection};
use crate::picker::red_flags::RED_FLAGS;
use leptos::prelude::*;

/// One yes/no question as a checkbox: ticked means "yes". Shown while `asked` says so: the
/// questions are made once and hidden, not made again on every change (which kept memory).
pub fn question(
    id: String,
    text: String,
    selection: Signal<Selection>,
    update: Update,
    asked: impl Fn(&str) -> bool + Send + Sync + 'static,
) -> impl IntoView {
    let checked = {
        let id = id.clone();
        move || selection.with(|s| s.yes.contains(&id))
    };
    let hidden = {
        let id = id.clone();
        move || !asked(&id)
    };
    let tick = {
        let id = id.clone();
        move |_| update.change(selection, |s| toggle(&mut s.yes, id.clone()))
    };
    view! {
        <li hidden=hidden>
            <label class="check">
                <input type="checkbox" name="yes" value=id prop:checked=checked on:change=tick />
                <span>{text}</span>
            </label>
        </li>
    }
}

/// The red flags the engine asks about for this selection, emergencies first (the order of
/// `RED_FLAGS`); hidden when none apply.
#[component]
pub fn SafetyChecks(
    /// The current selection.
    selection: Signal<Selection>,
    /// The engine's answer, which says which red flags apply.
    outcome: Memo<Outcome>,
    /// Moves to a new selection.
    update: Update,
) -> impl IntoView {
    let w = words();
    let items = RED_FLAGS
        .iter()
        .map(|f| {
            let asked = move |id: &str| outcome.with(|o| o.questions.iter().any(|q| q.id == id));
            question(
                f.id.to_string(),
                w.flag_question(f.index).to_string(),
                selection,
                update.clone(),
                asked,
            )
        })
        .collect_view();
    view! {
        <section class="picker-step safety" aria-labelledby="safety-title" hidden=move || outcome.with(|o| o.questions.is_empty())>
            <h2 id="safety-title" tabindex="-1">{w.t(Key::SafetyTitle)}</h2>
            <p class="hint">{w.t(Key::SafetyHint)}</p>
            <ul class="check-list">{items}</ul>
        </section>
    }
}
