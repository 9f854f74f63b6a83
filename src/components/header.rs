//! The site header: the clinic's name and the main navigation.

use crate::app::{focus_main, href, store};
use leptos::prelude::*;
use leptos_router::components::A;

/// Header with skip link, clinic name (home link) and the main navigation.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let site = store().site;
    let name = move || site.ready().map(|s| s.name.clone());
    view! {
        // With `<base href>` set, "#main" would resolve to the site root and leave the page:
        // focus the main content directly instead.
        <a
            class="skip-link"
            href="#main"
            on:click=|ev| {
                ev.prevent_default();
                focus_main();
            }
        >
            "Skip to content"
        </a>
        <header class="site-header">
            <div class="wrap header-inner">
                <a class="brand" href=href("/")>
                    <svg class="brand-mark" viewBox="0 0 32 32" aria-hidden="true">
                        <circle cx="16" cy="16" r="15" />
                        <path d="M7 14c3-3 6-3 9 0s6 3 9 0M7 20c3-3 6-3 9 0s6 3 9 0" />
                    </svg>
                    <span class="brand-name">{move || name().unwrap_or_else(|| "Massage clinic".into())}</span>
                </a>
                <nav aria-label="Main">
                    <ul class="nav-list">
                        <li><A href=href("/") exact=true>"About"</A></li>
                        <li><A href=href("/picker")>"Where it hurts"</A></li>
                        <li><A href=href("/massage")>"Massage types"</A></li>
                        <li><A href=href("/articles")>"Articles"</A></li>
                    </ul>
                </nav>
            </div>
        </header>
    }
}
