//! What the visitor chose, in words, for the printed page they bring to the appointment.

use crate::context::words;
use crate::locale::Key;
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
    let w = words();
    let rows = move || {
        let s = selection.get();
        let regions: Vec<String> = s
            .regions()
            .into_iter()
            .map(|r| w.region(r.index).to_string())
            .collect();
        let feels: Vec<String> = s
            .complaints
            .iter()
            .map(|c| w.complaint(*c as usize).to_string())
            .collect();
        let answers: Vec<String> = s
            .yes
            .iter()
            .filter_map(|id| {
                let flag = red_flags::find(id).map(|f| w.flag_question(f.index).to_string());
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
            {row(w.t(Key::PrintWhere), w.join(&regions))}
            {row(w.t(Key::PrintFeels), w.join(&feels))}
            {row(w.t(Key::PrintHowLong), s.duration.map(|d| w.duration(d as usize).to_string()).unwrap_or_default())}
            {row(w.t(Key::PrintYes), answers.join(" "))}
        }
    };
    view! {
        <section class="print-only print-summary">
            <h2>{w.t(Key::PrintTitle)}</h2>
            <dl>{rows}</dl>
        </section>
    }
}
