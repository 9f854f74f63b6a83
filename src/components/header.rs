//! The site header: the clinic's name, the main navigation and the languages.

use crate::components::language_switch::LanguageSwitch;
use crate::context::{href, store, words, Current};
use crate::locale::Key;
use leptos::prelude::*;

/// `aria-current="page"` for the link to `section` while the page is in it ("/" only on the
/// home page itself).
fn current(section: &str) -> Option<&'static str> {
    let path = use_context::<Current>().map(|c| c.0.page().path())?;
    let inside = match section {
        "/" => path == "/",
        _ => path == section || path.starts_with(&format!("{section}/")),
    };
    inside.then_some("page")
}

/// Header with skip link, clinic name (home link) and the main navigation.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let site = store().site;
    let w = words();
    let name = move || site.ready().map(|s| s.name.clone());
    view! {
        // Pages have no `<base href>`, which would send "#main" to the site's root.
        <a class="skip-link" href="#main">{w.t(Key::Skip)}</a>
        <header class="site-header">
            <div class="wrap header-inner">
                <a class="brand" href=href("/")>
                    <svg class="brand-mark" viewBox="0 0 32 32" aria-hidden="true">
                        <circle cx="16" cy="16" r="15" />
                        <path d="M7 14c3-3 6-3 9 0s6 3 9 0M7 20c3-3 6-3 9 0s6 3 9 0" />
                    </svg>
                    <span class="brand-name">{move || name().unwrap_or_else(|| w.t(Key::BrandFallback).into())}</span>
                </a>
                <nav aria-label=w.t(Key::NavLabel)>
                    <ul class="nav-list">
                        <li><a href=href("/") aria-current=current("/")>{w.t(Key::NavAbout)}</a></li>
                        <li><a href=href("/picker") aria-current=current("/picker")>{w.t(Key::NavPicker)}</a></li>
                        <li><a href=href("/massage") aria-current=current("/massage")>{w.t(Key::NavTypes)}</a></li>
                        <li><a href=href("/articles") aria-current=current("/articles")>{w.t(Key::NavArticles)}</a></li>
                    </ul>
                </nav>
                <LanguageSwitch />
            </div>
        </header>
    }
}
