//! The safety questions: red flags that apply to the selection, and health conditions.

use crate::pages::picker::Update;
use crate::picker::engine::{toggle, Outcome, Selection};
use crate::picker::rules::PickerRules;
use leptos::prelude::*;
use std::sync::Arc;

/// One yes/no question as a checkbox: ticked means "yes".
fn question(
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

/// Red-flag questions for this selection (asked by the engine), then health conditions.
#[component]
pub fn Questions(
    /// The current selection.
    selection: Signal<Selection>,
    /// The engine's answer, which says which red flags apply.
    outcome: Memo<Outcome>,
    /// Moves to a new selection.
    update: Update,
    /// The clinic's rules, for the health-condition questions.
    rules: Arc<PickerRules>,
) -> impl IntoView {
    let flags = {
        let update = update.clone();
        move || {
            outcome
                .with(|o| o.questions.clone())
                .into_iter()
                .map(|f| {
                    question(
                        f.id.to_string(),
                        f.question.to_string(),
                        selection,
                        update.clone(),
                    )
                })
                .collect_view()
        }
    };
    let conditions = rules
        .contraindications
        .iter()
        .map(|c| question(c.id.clone(), c.question.clone(), selection, update.clone()))
        .collect_view();
    view! {
        <section class="picker-step" aria-labelledby="safety-title">
            <h2 id="safety-title">"A few safety questions"</h2>
            <p class="hint">"Tick any that are true for you."</p>
            <fieldset>
                <legend>"Signs to check first"</legend>
                <ul class="check-list">{flags}</ul>
            </fieldset>
            <fieldset>
                <legend>"Your health"</legend>
                <ul class="check-list">{conditions}</ul>
            </fieldset>
        </section>
    }
}
