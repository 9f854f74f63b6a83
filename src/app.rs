//! The site: shared content, the router and the shell (header, main, footer). The pages take
//! what they need from the URL as props, so the widget (`embed`) can show them without a router.

use crate::components::{footer::SiteFooter, header::SiteHeader};
use crate::content::load::Remote;
use crate::content::{ArticleIndex, Catalogue, Site};
use crate::pages::{
    article::ArticlePage, articles::ArticlesPage, home::HomePage, massage_list::MassageListPage,
    massage_type::MassageTypePage, not_found::NotFound, picker::PickerPage,
};
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::hooks::{use_location, use_navigate, use_params_map};
use leptos_router::{path, NavigateOptions};
use wasm_bindgen::JsCast;

/// Where the pages are shown: the site itself, or a widget inside another site's page.
#[derive(Clone, Debug)]
pub struct Host {
    /// Prefix of site-internal links: "" or "/clinic" on the site, the site's absolute URL
    /// (without trailing slash) in a widget.
    pub links: String,
    /// URL of the content folder, ending in `/`.
    pub content: String,
    /// In a widget: no document title, no printing, no window-wide anything.
    pub widget: bool,
}

/// The current host; the site's own when none was provided.
pub fn host() -> Host {
    use_context::<Host>().unwrap_or_else(|| Host {
        links: base_path().to_string(),
        content: "content/".into(),
        widget: false,
    })
}

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

impl Store {
    /// Starts loading the shared files (relative to the current `Host`'s content folder).
    pub fn load() -> Store {
        Store {
            site: Remote::new("site.json"),
            catalogue: Remote::new("massage-types.json"),
            articles: Remote::new("articles/index.json"),
        }
    }
}

/// The shared content; panics outside `App` and the widget, which provide it.
pub fn store() -> Store {
    expect_context()
}

/// The path the site is served under, from `<base href>` (set by `trunk --public-url`),
/// without its trailing slash: "" at the root of a domain, "/clinic" under a sub-path.
#[cfg(target_arch = "wasm32")]
pub fn base_path() -> &'static str {
    static BASE: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    BASE.get_or_init(|| {
        let uri = document().base_uri().ok().flatten().unwrap_or_default();
        let after_scheme = uri.split_once("://").map_or("", |(_, rest)| rest);
        let path = after_scheme.find('/').map_or("/", |i| &after_scheme[i..]);
        path.trim_end_matches('/').to_string()
    })
}

/// Prerendering always provides a `Host`; without one, links start at the root.
#[cfg(not(target_arch = "wasm32"))]
pub fn base_path() -> &'static str {
    ""
}

/// A site-internal link target: `path` (starting with `/`) under the host's link prefix.
pub fn href(path: &str) -> String {
    format!("{}{path}", host().links)
}

/// The whole site.
#[component]
pub fn App() -> impl IntoView {
    let store = Store::load();
    provide_context(store);
    #[cfg(target_arch = "wasm32")]
    if let Some(root) = document().document_element() {
        apply_theme(store.site, root.unchecked_into());
    }

    view! {
        <Router base=host().links>
            <SiteHeader />
            <main id="main" tabindex="-1">
                <Routes fallback=NotFound>
                    <Route path=path!("/") view=HomePage />
                    <Route path=path!("/articles") view=ArticlesPage />
                    <Route path=path!("/articles/:slug") view=ArticleRoute />
                    <Route path=path!("/massage") view=MassageListPage />
                    <Route path=path!("/massage/:id") view=MassageTypeRoute />
                    <Route path=path!("/picker") view=PickerRoute />
                </Routes>
            </main>
            <SiteFooter />
            <FocusOnNavigate />
        </Router>
    }
}

/// `/articles/:slug`.
#[component]
fn ArticleRoute() -> impl IntoView {
    let params = use_params_map();
    move || view! { <ArticlePage slug=params.read().get("slug").unwrap_or_default() /> }
}

/// `/massage/:id`.
#[component]
fn MassageTypeRoute() -> impl IntoView {
    let params = use_params_map();
    move || view! { <MassageTypePage id=params.read().get("id").unwrap_or_default() /> }
}

/// `/picker`: the selection lives in the query string, one history entry per step.
#[component]
fn PickerRoute() -> impl IntoView {
    let location = use_location();
    let query = Signal::derive(move || location.search.get().trim_start_matches('?').to_string());
    let navigate = use_navigate();
    let set_query = Callback::new(move |query: String| {
        let path = crate::route::Route::Picker(query).path();
        let options = NavigateOptions {
            scroll: false,
            ..Default::default()
        };
        navigate(&href(&path), options);
    });
    view! { <PickerPage query set_query /> }
}

/// Puts the clinic's colours and language on `root` (`<html>`, or a widget's root) once
/// `site.json` is there. Colours go in as custom properties through the CSSOM, which a strict
/// Content-Security-Policy allows.
#[cfg(target_arch = "wasm32")]
pub fn apply_theme(site: Remote<Site>, root: web_sys::HtmlElement) {
    Effect::new(move |_| {
        let Some(site) = site.ready() else { return };
        let _ = root.set_attribute("lang", &site.lang);
        let style = root.style();
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
