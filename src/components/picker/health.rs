//! The health questions (`picker.json`'s contraindications); `live` shows those whose answer
//! would change the suggestions, as the engine says.

use super::questions::question;
use crate::context::words;
use crate::locale::Key;
use crate::picker::rules::PickerRules;
use leptos::prelude::*;

/// Every health question, in the clinic's order; hidden until some matter.
#[component]
pub fn HealthQuestions(
    /// The clinic's rules, for the questions' wording.
    rules: std::sync::Arc<PickerRules>,
) -> impl IntoView {
    let items = rules
        .contraindications
        .iter()
        .map(|c| question(c.id.clone(), c.question.clone()))
        .collect_view();
    view! {
        <section class="picker-step" aria-labelledby="health-title" hidden>
            <h2 id="health-title">{words().t(Key::HealthTitle)}</h2>
            <p class="hint">{words().t(Key::HealthHint)}</p>
            <ul class="check-list">{items}</ul>
        </section>
    }
}
