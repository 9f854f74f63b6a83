//! Under the figure: how many suggestions there are, and a link to them (on a phone they are
//! further down the page, after the other steps).

use crate::context::words;
use crate::locale::Key;
use crate::picker::engine::Outcome;
use leptos::prelude::*;

/// A link to the results column that says what it holds (to the emergency box at the top when
/// there is one); nothing before a region is chosen. It scrolls in place rather than following
/// `#…`, which in a widget's shadow root would change the host page's address.
#[component]
pub fn ResultsJump(
    /// The engine's answer.
    outcome: Memo<Outcome>,
) -> impl IntoView {
    let w = words();
    let label = move || {
        outcome.with(|o| {
            let n = o.suggestions.len();
            if !o.emergencies.is_empty() {
                Some(w.t(Key::JumpUrgent).to_string())
            } else if !o.see_doctor.is_empty() && n == 0 {
                Some(w.t(Key::JumpDoctor).to_string())
            } else if n == 1 {
                Some(w.t(Key::JumpOne).to_string())
            } else if n > 1 {
                Some(w.fill(Key::JumpMany, "{n}", &n.to_string()))
            } else {
                None
            }
        })
    };
    let go = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        let urgent = outcome.with_untracked(|o| !o.emergencies.is_empty());
        // From the link up to the picker, then down to the heading.
        let heading = ev
            .target()
            .map(wasm_bindgen::JsCast::unchecked_into::<web_sys::Element>)
            .and_then(|el| el.closest("#picker-app").ok().flatten())
            .and_then(|app| {
                let css = if urgent {
                    ".emergency h2"
                } else {
                    ".picker-results .picker-step h2"
                };
                app.query_selector(css).ok().flatten()
            });
        if let Some(h) = heading {
            h.scroll_into_view();
            // Both headings are HTML elements (they have tabindex="-1" to take the focus).
            let _ = wasm_bindgen::JsCast::unchecked_into::<web_sys::HtmlElement>(h).focus();
        }
    };
    move || {
        label().map(|text| {
            view! {
                <p class="results-jump">
                    <a href="#results" on:click=go>{text}<span aria-hidden="true">" ↓"</span></a>
                </p>
            }
        })
    }
}
