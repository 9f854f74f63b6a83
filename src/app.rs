//! The site's shell, and what the site's and the widget's shells share: the link test and the
//! clinic's colours (what pages and components share is in `context`).
//!
//! The site is static pages, prerendered by `prerender` with `Shell`; only the picker is
//! interactive, so only `/picker` loads wasm (`start_picker`). Every other page is complete
//! HTML, and its links load the next page (a few KB, the stylesheet cached). The widget
//! (`embed`) shows the same pages with its own navigation.

use crate::components::{footer::SiteFooter, header::SiteHeader};
use crate::context::{Current, Store};
// The picker page's start and the widget's colours run in the browser only.
#[cfg(target_arch = "wasm32")]
use crate::content::{load::Remote, Site};
use crate::route::Route;
use leptos::prelude::*;

/// A whole page of the site: header, the page for `route`, footer. Prerendered only.
#[component]
pub fn Shell(
    /// The page to show.
    route: Route,
) -> impl IntoView {
    provide_context(Store::load());
    provide_context(Current(route.clone()));
    // Static pages have no query to change: the picker's comes from the address bar once
    // `start_picker` binds the picker.
    let query = Signal::stored(String::new());
    let set_query = Callback::new(|_: String| {});
    view! {
        <SiteHeader />
        <main id="main" tabindex="-1">
            {crate::pages::show(route.page(), query, set_query)}
        </main>
        <SiteFooter />
    }
}

/// The picker page, made interactive: fetches the picker's content (`#mg-data`, preloaded by
/// the page; its `data-base` is the path of the site's pages in its language) and binds the
/// prerendered picker to it (`live`): nothing on screen is made again. Then marks
/// `<html data-picker="ready">`. The selection is the address bar's query: each step is a
/// history entry, so Back undoes it.
#[cfg(target_arch = "wasm32")]
pub fn start_picker() {
    use wasm_bindgen::{closure::Closure, JsCast, UnwrapThrowExt};
    let window = web_sys::window().unwrap_throw();
    let document = window.document().unwrap_throw();
    let Some(app) = document.get_element_by_id("picker-app") else {
        return;
    };
    let data = document.get_element_by_id("mg-data");
    let base = data
        .as_ref()
        .and_then(|d| d.get_attribute("data-base"))
        .unwrap_or_default();
    let src = data.and_then(|d| d.get_attribute("href"));
    let html = document.document_element();
    wasm_bindgen_futures::spawn_local(async move {
        let bytes = match src {
            Some(src) => fetch_bytes(&src).await,
            None => None,
        };
        let content = bytes.and_then(|b| crate::picker::data::PickerData::decode(&b));
        let root = app.query_selector(".picker-bound").ok().flatten();
        match (content, root) {
            (Some(mut content), Some(root)) => {
                // Kept for the page's life, as the picker is.
                let words = Box::leak(Box::new(std::mem::take(&mut content.words)));
                // The parts' links are the site's paths in the page's language.
                let links = base.clone();
                // The address follows once the change is on screen: a history entry costs a
                // slow phone a few ms that the tap would otherwise wait for.
                let push = move |q: String| {
                    let url = format!("{base}{}", Route::Picker(q).path());
                    crate::live::after_frame(move || {
                        if let Ok(history) = web_sys::window().unwrap_throw().history() {
                            let _ = history.push_state_with_url(
                                &wasm_bindgen::JsValue::NULL,
                                "",
                                Some(&url),
                            );
                        }
                    });
                };
                let live =
                    crate::live::Live::bind(&root, content, words, &links, &address_query(), push);
                let back = Closure::<dyn Fn()>::new(move || live.show(&address_query()));
                let _ = window
                    .add_event_listener_with_callback("popstate", back.as_ref().unchecked_ref());
                back.forget();
            }
            _ => unavailable(&app),
        }
        // Says the picker is the live one now (on <html>, outside what was prerendered).
        if let Some(html) = html {
            let _ = html.set_attribute("data-picker", "ready");
        }
    });
}

/// What the picker page says when its content file did not come, with a way on: the page's
/// `#picker-failed`, prerendered in its language, in place of the prerendered picker.
#[cfg(target_arch = "wasm32")]
fn unavailable(app: &web_sys::Element) {
    use wasm_bindgen::JsCast;
    let message = app
        .owner_document()
        .and_then(|d| d.get_element_by_id("picker-failed"))
        .and_then(|t| t.dyn_into::<web_sys::HtmlTemplateElement>().ok());
    if let Some(message) = message {
        app.replace_children_with_node_1(&message.content());
    }
}

/// The bytes at `url`, if it answers.
#[cfg(target_arch = "wasm32")]
async fn fetch_bytes(url: &str) -> Option<Vec<u8>> {
    use wasm_bindgen::{JsCast, UnwrapThrowExt};
    use wasm_bindgen_futures::JsFuture;
    let window = web_sys::window().unwrap_throw();
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(url))
        .await
        .ok()?
        .dyn_into()
        .ok()?;
    if !response.ok() {
        return None;
    }
    let buffer = JsFuture::from(response.array_buffer().ok()?).await.ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// The address bar's query string, without `?`.
#[cfg(target_arch = "wasm32")]
fn address_query() -> String {
    use wasm_bindgen::UnwrapThrowExt;
    let search = web_sys::window()
        .unwrap_throw()
        .location()
        .search()
        .unwrap_or_default();
    search.trim_start_matches('?').to_string()
}

/// The path (under `prefix`, with its query) of a plain click on a link to one of the site's
/// own pages; `None` for other clicks (another button, a modifier key for a new tab or
/// window, a `target` or `download`, links elsewhere, `#` links), which keep their default.
#[cfg(target_arch = "wasm32")]
pub fn own_link(ev: &leptos::ev::MouseEvent, prefix: &str) -> Option<String> {
    use wasm_bindgen::JsCast;
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

/// Puts the clinic's colours and language on a widget's root once `site.json` is there (the
/// site's pages get them at build time). Colours go in as custom properties through the
/// CSSOM, which a strict Content-Security-Policy allows.
#[cfg(target_arch = "wasm32")]
pub fn apply_theme(site: Remote<Site>, root: web_sys::HtmlElement) {
    Effect::new(move |_| {
        if let Some(site) = site.ready() {
            paint_theme(&site, &root);
        }
    });
}

/// Puts `site`'s colours and language on a widget's `root` (see `apply_theme`).
#[cfg(target_arch = "wasm32")]
pub fn paint_theme(site: &Site, root: &web_sys::HtmlElement) {
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
}
