//! The site header: the clinic's name and the main navigation.

use crate::app::{focus_main, href, store, Nav};
use leptos::prelude::*;

/// `aria-current="page"` for the link to `section` while the route is in it ("/" only on the
/// home page itself).
fn current(section: &'static str) -> impl Fn() -> Option<&'static str> {
    let route = expect_context::<Nav>().route;
    move || {
        let path = route.with(|r| r.path());
        let inside = match section {
            "/" => path == "/",
            _ => {
                path == section
                    || path.starts_with(&format!("{section}/"))
                    || path.starts_with(&format!("{section}?"))
            }
        };
        inside.then_some("page")
    }
}

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
                focus_main(true);
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
                        <li><a href=href("/") aria-current=current("/")>"About"</a></li>
                        <li><a href=href("/picker") aria-current=current("/picker")>"Where it hurts"</a></li>
                        <li><a href=href("/massage") aria-current=current("/massage")>"Massage types"</a></li>
                        <li><a href=href("/articles") aria-current=current("/articles")>"Articles"</a></li>
                    </ul>
                </nav>
            </div>
        </header>
    }
}
