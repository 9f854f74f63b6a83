//! "What does it feel like?" and "For how long?".

use crate::context::words;
use crate::locale::Key;
use crate::picker::complaints::{Complaint, Duration};
use leptos::prelude::*;

/// Complaint checkboxes and the optional duration, none chosen.
#[component]
pub fn Feel() -> impl IntoView {
    let w = words();
    let complaints = Complaint::ALL
        .into_iter()
        .map(|c| {
            view! {
                <li>
                    <label class="check">
                        <input type="checkbox" name="complaint" value=c.id() />
                        <span>{w.complaint(c as usize)}</span>
                    </label>
                </li>
            }
        })
        .collect_view();
    let durations = Duration::ALL
        .into_iter()
        .map(|d| {
            view! {
                <li>
                    <label class="check">
                        <input type="radio" name="duration" value=d.id() />
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
            // their group goes with them. The form is never sent (`live` stops its submit).
            <form>
                <fieldset>
                    <legend>{w.t(Key::FeelHowLong)}</legend>
                    <ul class="check-list check-list-inline">{durations}</ul>
                </fieldset>
            </form>
        </section>
    }
}
