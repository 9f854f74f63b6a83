//! The red-flag questions that apply to the selection: above the suggestions, so that a
//! visitor who jumps to them passes the safety step first.

use crate::pages::picker::Update;
use crate::picker::engine::{toggle, Outcome, Selection};
use leptos::prelude::*;

/// One yes/no question as a checkbox: ticked means "yes".
pub fn question(
    id: String,
    text: String,
    selection: Signal<Selection>,
    update: Update,
) -> impl IntoView {
    let checked = {
        let id = id.clone();
        move || selection.with(|s| s.yes.contains(&id))
    };
    let tick = {
        let id = id.clone();
        move |_| update.change(selection, |s| toggle(&mut s.yes, id.clone()))
    };
    view! {
        <li>
            <label class="check">
                <input type="checkbox" name="yes" value=id prop:checked=checked on:change=tick />
                <span>{text}</span>
            </label>
        </li>
    }
}

/// The red flags the engine asks about for this selection, emergencies first; nothing when
/// none apply.
#[component]
pub fn SafetyChecks(
    /// The current selection.
    selection: Signal<Selection>,
    /// The engine's answer, which says which red flags apply.
    outcome: Memo<Outcome>,
    /// Moves to a new selection.
    update: Update,
) -> impl IntoView {
    move || {
        let flags = outcome.with(|o| o.questions.clone());
        (!flags.is_empty()).then(|| {
            let items = flags
                .into_iter()
                .map(|f| {
                    question(
                        f.id.to_string(),
                        f.question.to_string(),
                        selection,
                        update.clone(),
                    )
                })
                .collect_view();
            view! {
                <section class="picker-step safety" aria-labelledby="safety-title">
                    <h2 id="safety-title" tabindex="-1">"First, check these signs"</h2>
                    <p class="hint">"Tick any that are true: some need a doctor, not a massage."</p>
                    <ul class="check-list">{items}</ul>
                </section>
            }
        })
    }
}
