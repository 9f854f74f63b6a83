//! Under the figure: how many suggestions there are, and a link to them (on a phone they are
//! further down the page, after the other steps).

use crate::picker::engine::Outcome;
use leptos::html::Div;
use leptos::prelude::*;

/// A link to the results column that says what it holds (to the emergency box at the top when
/// there is one); nothing before a region is chosen. It scrolls in place rather than following
/// `#…`, which in a widget's shadow root would change the host page's address.
#[component]
pub fn ResultsJump(
    /// The engine's answer.
    outcome: Memo<Outcome>,
    /// The results column, whose first step's heading gets the focus.
    target: NodeRef<Div>,
) -> impl IntoView {
    let label = move || {
        outcome.with(|o| {
            let n = o.suggestions.len();
            if !o.emergencies.is_empty() {
                Some("Urgent: please get help now".to_string())
            } else if !o.see_doctor.is_empty() && n == 0 {
                Some("Please see a doctor first: read why".to_string())
            } else if n == 1 {
                Some("1 kind of massage may help: see it".to_string())
            } else if n > 1 {
                Some(format!("{n} kinds of massage may help: see them"))
            } else {
                None
            }
        })
    };
    let go = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        let urgent = outcome.with_untracked(|o| !o.emergencies.is_empty());
        let heading = target.get().and_then(|el| {
            let found = if urgent {
                el.closest("#picker-app")
                    .ok()
                    .flatten()?
                    .query_selector(".emergency h2")
            } else {
                el.query_selector(".picker-step h2")
            };
            found.ok().flatten()
        });
        if let Some(h) = heading {
            h.scroll_into_view();
            if let Ok(h) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(h) {
                let _ = h.focus();
            }
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
