//! The widget's way back: a bar with its Back button, above the page it shows.

use crate::context::words;
use crate::locale::Key;
use leptos::prelude::*;

/// The widget's Back button in its bar; the widget that shows it answers its clicks
/// (`.mg-back`). `hidden` until there is somewhere to go back to (the picker-only widget,
/// whose markup the build renders).
#[component]
pub fn BackBar(#[prop(optional)] hidden: bool) -> impl IntoView {
    view! {
        <div class="wrap mg-bar" hidden=hidden>
            <button type="button" class="button mg-back">{words().t(Key::WidgetBack)}</button>
        </div>
    }
}
