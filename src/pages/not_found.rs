//! The "Page not found" page (`404.html`, and in the widget), for unknown paths, slugs and ids.

use crate::components::page_meta::use_page_meta;
use crate::context::href;
use leptos::prelude::*;

/// Says the page does not exist and offers the main pages instead.
#[component]
pub fn NotFound() -> impl IntoView {
    use_page_meta(|| {
        Some((
            "Page not found".into(),
            "This page does not exist. Find massage types and articles from here.".into(),
        ))
    });
    view! {
        <div class="wrap page not-found">
            <h1>"Page not found"</h1>
            <p class="lead">"Sorry, there is no page at this address. It may have moved, or the link may have a typo."</p>
            <ul class="link-list">
                <li><a href=href("/")>"About the clinic"</a></li>
                <li><a href=href("/massage")>"Massage types"</a></li>
                <li><a href=href("/articles")>"Articles"</a></li>
            </ul>
        </div>
    }
}
