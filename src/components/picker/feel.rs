//! "What does it feel like?" and "For how long?".

use crate::components::picker::update::Update;
use crate::context::words;
use crate::locale::Key;
use crate::picker::complaints::{Complaint, Duration};
use crate::picker::engine::{toggle, Selection};
use leptos::prelude::*;

/// Complaint checkboxes and the optional duration.
#[component]
pub fn Feel(
    /// The current selection.
    selection: Signal<Selection>,
    /// Moves to a new selection.
    update: Update,
) -> impl IntoView {
    let w = words();
    let complaints = Complaint::ALL
        .into_iter()
        .map(|c| {
            let update = update.clone();
            let tick = move |_| update.change(selection, |s| toggle(&mut s.complaints, c));
            view! {
                <li>
                    <label class="check">
                        <input type="checkbox" name="complaint" value=c.id() prop:checked=move || selection.with(|s| s.complaints.contains(&c)) on:change=tick />
                        <span>{w.complaint(c as usize)}</span>
                    </label>
                </li>
            }
        })
        .collect_view();
    let durations = Duration::ALL
        .into_iter()
        .map(|d| {
            let update = update.clone();
            let choose = move |_| update.change(selection, |s| s.duration = Some(d));
            view! {
                <li>
                    <label class="check">
                        <input type="radio" name="duration" value=d.id() prop:checked=move || selection.with(|s| s.duration == Some(d)) on:change=choose />
                        <span>{w.duration(d as usize)}</span>
                    </label>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="picker-step feel" aria-labelledby="feel-title">
            <h2 id="feel-title">{w.t(Key::FeelTitle)}</h2>
            <fieldset>
                <legend class="visually-hidden">{w.t(Key::FeelTitle)}</legend>
                <ul class="check-list">{complaints}</ul>
            </fieldset>
            // Named radio buttons in a shadow root kept Chromium holding the whole picker page
            // after the widget had left it (585 DOM nodes a visit); in a form of their own,
            // their group goes with them. The form is never sent.
            <form on:submit=|ev| ev.prevent_default()>
                <fieldset>
                    <legend>{w.t(Key::FeelHowLong)}</legend>
                    <ul class="check-list check-list-inline">{durations}</ul>
                </fieldset>
            </form>
        </section>
    }
}
