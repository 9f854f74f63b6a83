//! The site: shared content, navigation and the shell (header, main, footer).
//!
//! Navigation is our own, not leptos_router's: the route is a signal kept in step with the
//! address bar (pushState, and popstate for Back and Forward), and clicks on the site's own
//! links are handled in place. The pages take what they need from the route as props, so the
//! widget (`embed`) shows them with its own navigation; leptos_router cost 38 KB of wasm.

use crate::components::{footer::SiteFooter, header::SiteHeader};
use crate::content::load::Remote;
use crate::content::{ArticleIndex, Catalogue, Site};
use crate::route::Route;
use leptos::prelude::*;
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

/// The route being shown, for the header's "you are here" and anything else that asks.
#[derive(Clone, Copy)]
pub struct Nav {
    /// The current route, the picker's query included.
    pub route: RwSignal<Route>,
}

/// The path to render when there is no address bar: given by the prerenderer.
#[derive(Clone, Debug)]
pub struct StartPath(pub String);

/// The whole site.
#[component]
pub fn App() -> impl IntoView {
    let store = Store::load();
    provide_context(store);
    #[cfg(target_arch = "wasm32")]
    if let Some(root) = document().document_element() {
        apply_theme(store.site, root.unchecked_into());
    }

    let start = use_context::<StartPath>()
        .map(|p| Route::parse(&p.0))
        .unwrap_or_else(location_route);
    let route = RwSignal::new(start);
    provide_context(Nav { route });
    #[cfg(target_arch = "wasm32")]
    follow_address_bar(route);
    let page = Memo::new(move |_| route.with(Route::page));
    let query = Signal::derive(move || route.with(Route::query));
    // One history entry per picker step, so Back undoes it; the page does not scroll.
    let set_query = Callback::new(move |query: String| {
        go(route, &Route::Picker(query).path(), false);
    });
    // After moving to another page, focus goes to <main>, so that keyboard and screen-reader
    // users start reading the new page instead of staying on the link they followed.
    Effect::new(move |previous: Option<Route>| {
        let now = page.get();
        if previous.is_some_and(|p| p != now) {
            focus_main(false);
        }
        now
    });
    view! {
        <SiteHeader />
        <main id="main" tabindex="-1">
            {move || crate::pages::show(page.get(), query, set_query)}
        </main>
        <SiteFooter />
    }
}

/// The route of the address bar (natively, where there is none: home).
fn location_route() -> Route {
    #[cfg(target_arch = "wasm32")]
    {
        let location = window().location();
        let path = location.pathname().unwrap_or_default();
        let search = location.search().unwrap_or_default();
        match path.strip_prefix(base_path()) {
            Some(inside) => Route::parse(&format!("{inside}{search}")),
            None => Route::NotFound,
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    Route::Home
}

/// Back and Forward show the route of the address bar; clicks on the site's own links move
/// in place. The listeners live as long as the page.
#[cfg(target_arch = "wasm32")]
fn follow_address_bar(route: RwSignal<Route>) {
    let _ = window_event_listener(leptos::ev::popstate, move |_| route.set(location_route()));
    let _ = window_event_listener(leptos::ev::click, move |ev| {
        if let Some(path) = own_link(&ev, base_path()) {
            ev.prevent_default();
            go(route, &path, true);
        }
    });
}

/// Shows the page at `path` (under the base, with its query): a new history entry with that
/// address (kept as given, also for a page that does not exist), and the top of the page if
/// `scroll`.
fn go(route: RwSignal<Route>, path: &str, scroll: bool) {
    #[cfg(target_arch = "wasm32")]
    {
        let url = href(path);
        if let Ok(history) = window().history() {
            let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
        }
        if scroll {
            window().scroll_to_with_x_and_y(0.0, 0.0);
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = scroll;
    route.set(Route::parse(path));
}

/// The path (under `prefix`, with its query) of a plain click on a link to one of the site's
/// own pages; `None` for other clicks (another button, a modifier key for a new tab or
/// window, a `target` or `download`, links elsewhere, `#` links), which keep their default.
#[cfg(target_arch = "wasm32")]
pub fn own_link(ev: &leptos::ev::MouseEvent, prefix: &str) -> Option<String> {
    if ev.default_prevented()
        || ev.button() != 0
        || ev.ctrl_key()
        || ev.meta_key()
        || ev.shift_key()
        || ev.alt_key()
    {
        return None;
    }
    let target: web_sys::Element = ev.target()?.dyn_into().ok()?;
    let anchor = target.closest("a[href]").ok()??;
    if anchor.has_attribute("target") || anchor.has_attribute("download") {
        return None;
    }
    let href = anchor.get_attribute("href")?;
    let path = href.strip_prefix(prefix)?;
    let own = path.is_empty()
        || path.starts_with('?')
        || (path.starts_with('/') && !path.starts_with("//"));
    own.then(|| path.to_string())
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

/// Moves keyboard focus to `<main>` (it has `tabindex="-1"` for this), scrolling to it if
/// `scroll` (the skip link); after navigation the page stays at its top, above `<main>`.
pub fn focus_main(scroll: bool) {
    if let Some(main) = document().get_element_by_id("main") {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(!scroll);
        let _ = main
            .unchecked_ref::<web_sys::HtmlElement>()
            .focus_with_options(&options);
    }
}
