//! The health questions (`picker.json`'s contraindications) whose answer would change the
//! suggestions, as the engine says; the rest are hidden.

use super::questions::question;
use crate::components::picker::update::Update;
use crate::context::words;
use crate::locale::Key;
use crate::picker::engine::{Outcome, Selection};
use crate::picker::rules::PickerRules;
use leptos::prelude::*;
use std::sync::Arc;

/// The health questions that matter for this selection, in the clinic's order.
#[component]
pub fn HealthQuestions(
    /// The current selection.
    selection: Signal<Selection>,
    /// The engine's answer, which says which questions matter.
    outcome: Memo<Outcome>,
    /// Moves to a new selection.
    update: Update,
    /// The clinic's rules, for the questions' wording.
    rules: Arc<PickerRules>,
) -> impl IntoView {
    let items = rules
        .contraindications
        .iter()
        .map(|c| {
            let asked = move |id: &str| outcome.with(|o| o.conditions.iter().any(|c| c == id));
            question(
                c.id.clone(),
                c.question.clone(),
                selection,
                update.clone(),
                asked,
            )
        })
        .collect_view();
    view! {
        <section class="picker-step" aria-labelledby="health-title" hidden=move || outcome.with(|o| o.conditions.is_empty())>
            <h2 id="health-title">{words().t(Key::HealthTitle)}</h2>
            <p class="hint">{words().t(Key::HealthHint)}</p>
            <ul class="check-list">{items}</ul>
        </section>
    }
}
