//! The health questions (`picker.json`'s contraindications) whose answer would change the
//! suggestions, as the engine says; the rest are not asked.

use super::questions::question;
use crate::pages::picker::Update;
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
    move || {
        let asked = outcome.with(|o| o.conditions.clone());
        let items = rules
            .contraindications
            .iter()
            .filter(|c| asked.contains(&c.id))
            .map(|c| question(c.id.clone(), c.question.clone(), selection, update.clone()))
            .collect::<Vec<_>>();
        (!items.is_empty()).then(|| {
            view! {
                <section class="picker-step" aria-labelledby="health-title">
                    <h2 id="health-title">"Your health"</h2>
                    <p class="hint">"Tick any that are true for you: they change what is suggested."</p>
                    <ul class="check-list">{items}</ul>
                </section>
            }
        })
    }
}
