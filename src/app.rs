//! The site: shared content, the router and the shell (header, main, footer).

use crate::components::{footer::SiteFooter, header::SiteHeader};
use crate::content::load::Remote;
use crate::content::{ArticleIndex, Catalogue, Site};
use crate::pages::{
    article::ArticlePage, articles::ArticlesPage, home::HomePage, massage_list::MassageListPage,
    massage_type::MassageTypePage, not_found::NotFound, picker::PickerPage,
};
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::hooks::use_location;
use leptos_router::path;
use std::sync::OnceLock;
use wasm_bindgen::JsCast;

/// Content that several pages and the shell read, each file fetched once per visit.
#[derive(Clone, Copy)]
pub struct Store {
    /// `site.json`.
    pub site: Remote<Site>,
    /// `massage-types.json`.
    pub catalogue: Remote<Catalogue>,
    /// `articles/index.json`.
    pub articles: Remote<ArticleIndex>,
}

/// The shared content; panics outside `App`, which provides it.
pub fn store() -> Store {
    expect_context()
}

/// The path the site is served under, from `<base href>` (set by `trunk --public-url`),
/// without its trailing slash: "" at the root of a domain, "/clinic" under a sub-path.
pub fn base_path() -> &'static str {
    static BASE: OnceLock<String> = OnceLock::new();
    BASE.get_or_init(|| {
        let uri = document().base_uri().ok().flatten().unwrap_or_default();
        let after_scheme = uri.split_once("://").map_or("", |(_, rest)| rest);
        let path = after_scheme.find('/').map_or("/", |i| &after_scheme[i..]);
        path.trim_end_matches('/').to_string()
    })
}

/// A site-internal link target: `path` (starting with `/`) under the base path.
pub fn href(path: &str) -> String {
    format!("{}{path}", base_path())
}

/// The whole site.
#[component]
pub fn App() -> impl IntoView {
    let store = Store {
        site: Remote::new("site.json"),
        catalogue: Remote::new("massage-types.json"),
        articles: Remote::new("articles/index.json"),
    };
    provide_context(store);
    apply_theme(store.site);

    view! {
        <Router base=base_path()>
            <SiteHeader />
            <main id="main" tabindex="-1">
                <Routes fallback=NotFound>
                    <Route path=path!("/") view=HomePage />
                    <Route path=path!("/articles") view=ArticlesPage />
                    <Route path=path!("/articles/:slug") view=ArticlePage />
                    <Route path=path!("/massage") view=MassageListPage />
                    <Route path=path!("/massage/:id") view=MassageTypePage />
                    <Route path=path!("/picker") view=PickerPage />
                </Routes>
            </main>
            <SiteFooter />
            <FocusOnNavigate />
        </Router>
    }
}

/// Puts the clinic's colours and language on `<html>` once `site.json` is there. Colours go in
/// as custom properties through the CSSOM, which a strict Content-Security-Policy allows.
fn apply_theme(site: Remote<Site>) {
    Effect::new(move |_| {
        let Some(site) = site.ready() else { return };
        let Some(root) = document().document_element() else {
            return;
        };
        let _ = root.set_attribute("lang", &site.lang);
        let style = root.unchecked_ref::<web_sys::HtmlElement>().style();
        for (name, value) in [
            ("--accent-light", &site.theme.light.accent),
            ("--on-accent-light", &site.theme.light.on_accent),
            ("--accent-dark", &site.theme.dark.accent),
            ("--on-accent-dark", &site.theme.dark.on_accent),
        ] {
            let _ = style.set_property(name, value);
        }
    });
}

/// After an in-app navigation, moves focus to `<main>` so that keyboard and screen-reader
/// users start reading the new page instead of staying on the link they followed.
#[component]
fn FocusOnNavigate() -> impl IntoView {
    let location = use_location();
    Effect::new(move |previous: Option<String>| {
        let path = location.pathname.get();
        if previous.is_some_and(|p| p != path) {
            focus_main();
        }
        path
    });
}

/// Moves keyboard focus to `<main>` (it has `tabindex="-1"` for this).
pub fn focus_main() {
    if let Some(main) = document().get_element_by_id("main") {
        let _ = main.unchecked_ref::<web_sys::HtmlElement>().focus();
    }
}
