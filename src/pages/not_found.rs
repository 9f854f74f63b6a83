//! The "Page not found" page (`404.html`, and in the widget), for unknown paths, slugs and ids.

use crate::components::page_meta::use_page_meta;
use crate::context::{href, words};
use crate::locale::Key;
use leptos::prelude::*;

/// Says the page does not exist and offers the main pages instead.
#[component]
pub fn NotFound() -> impl IntoView {
    let w = words();
    use_page_meta(move || {
        Some((
            w.t(Key::NotFoundTitle).into(),
            w.t(Key::NotFoundDescription).into(),
        ))
    });
    view! {
        <div class="wrap page not-found">
            <h1>{w.t(Key::NotFoundTitle)}</h1>
            <p class="lead">{w.t(Key::NotFoundLead)}</p>
            <ul class="link-list">
                <li><a href=href("/")>{w.t(Key::NotFoundAbout)}</a></li>
                <li><a href=href("/massage")>{w.t(Key::TypesTitle)}</a></li>
                <li><a href=href("/articles")>{w.t(Key::ArticlesTitle)}</a></li>
            </ul>
        </div>
    }
}
