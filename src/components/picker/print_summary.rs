//! What the visitor chose, in words, for the printed page they bring to the appointment.

use crate::picker::engine::Selection;
use crate::picker::red_flags;
use crate::picker::rules::PickerRules;
use leptos::prelude::*;
use std::sync::Arc;

/// Shown only when printing, above the suggestions.
#[component]
pub fn PrintSummary(
    /// The current selection.
    selection: Signal<Selection>,
    /// The clinic's rules, for the wording of health questions.
    rules: Arc<PickerRules>,
) -> impl IntoView {
    let rows = move || {
        let s = selection.get();
        let regions: Vec<String> = s.regions().into_iter().map(|r| r.name.clone()).collect();
        let feels: Vec<&str> = s.complaints.iter().map(|c| c.label()).collect();
        let answers: Vec<String> = s
            .yes
            .iter()
            .filter_map(|id| {
                let flag = red_flags::find(id).map(|f| f.question.to_string());
                flag.or_else(|| {
                    let c = rules.contraindications.iter().find(|c| &c.id == id)?;
                    Some(c.question.clone())
                })
            })
            .collect();
        let row = |label: &'static str, value: String| {
            (!value.is_empty()).then(|| view! { <dt>{label}</dt><dd>{value}</dd> })
        };
        view! {
            {row("Where it hurts", regions.join(", "))}
            {row("What it feels like", feels.join(", "))}
            {row("For how long", s.duration.map(|d| d.label().to_string()).unwrap_or_default())}
            {row("Answered yes", answers.join(" "))}
        }
    };
    view! {
        <section class="print-only print-summary">
            <h2>"Your answers"</h2>
            <dl>{rows}</dl>
        </section>
    }
}
