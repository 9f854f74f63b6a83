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
use crate::route::Route;
#[cfg(target_arch = "wasm32")]
use crate::{
    content::{load::Remote, Site},
    context::{href, Host, Ui},
};
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
    // `start_picker` takes over.
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
/// the page; its `data-base` is the path of the site's pages in its language, `data-content`
/// its content folder's), renders the picker (`#picker-app`) from it
/// and removes the prerendered picker in the same task, so nothing visibly changes; then
/// marks `<html data-picker="ready">`. The selection is the address bar's query: each step
/// is a history entry, so Back undoes it.
#[cfg(target_arch = "wasm32")]
pub fn start_picker() {
    let document = document();
    let Some(app) = document.get_element_by_id("picker-app") else {
        return;
    };
    let data = document.get_element_by_id("mg-data");
    let base = data
        .as_ref()
        .and_then(|d| d.get_attribute("data-base"))
        .unwrap_or_default();
    let folder = data
        .as_ref()
        .and_then(|d| d.get_attribute("data-content"))
        .unwrap_or_default();
    let src = data.and_then(|d| d.get_attribute("href"));
    let html = document.document_element();
    wasm_bindgen_futures::spawn_local(async move {
        let bytes = match src {
            Some(src) => fetch_bytes(&src).await,
            None => None,
        };
        match bytes.and_then(|b| crate::picker::data::PickerData::decode(&b)) {
            Some(content) => replace_children(&app, move || {
                provide_context(Host {
                    content: folder,
                    links: base,
                    widget: false,
                });
                picker(content)
            }),
            None => unavailable(&app),
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
    let message = document()
        .get_element_by_id("picker-failed")
        .and_then(|t| t.dyn_into::<web_sys::HtmlTemplateElement>().ok());
    if let Some(message) = message {
        app.replace_children_with_node_1(&message.content());
    }
}

/// The live picker from `content`.
#[cfg(target_arch = "wasm32")]
fn picker(mut content: crate::picker::data::PickerData) -> impl IntoView {
    let query = RwSignal::new(address_query());
    let _ = window_event_listener(leptos::ev::popstate, move |_| query.set(address_query()));
    let set_query = Callback::new(move |q: String| {
        let url = href(&Route::Picker(q.clone()).path());
        if let Ok(history) = window().history() {
            let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
        }
        query.set(q);
    });
    provide_context(Ui::new(std::mem::take(&mut content.words)));
    view! { <crate::pages::picker::LivePicker content query=query.into() set_query /> }
}

/// The bytes at `url`, if it answers.
#[cfg(target_arch = "wasm32")]
async fn fetch_bytes(url: &str) -> Option<Vec<u8>> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let response: web_sys::Response = JsFuture::from(window().fetch_with_str(url))
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

/// Renders `view` into `root` in place of what the prerenderer put there, in one task; focus
/// inside `root` stays on the same control (the new picker has the same ones).
#[cfg(target_arch = "wasm32")]
fn replace_children<V: IntoView + 'static>(
    root: &web_sys::Element,
    view: impl FnOnce() -> V + 'static,
) {
    use wasm_bindgen::JsCast;
    let children = root.child_nodes();
    let prerendered: Vec<web_sys::Node> = (0..children.length())
        .filter_map(|i| children.item(i))
        .collect();
    // With a selection in the address, the picker will not look like the prerendered one.
    let focus = address_query()
        .is_empty()
        .then(|| focus_index(root))
        .flatten();
    leptos::mount::mount_to(root.clone().unchecked_into(), view).forget();
    for node in prerendered {
        let _ = root.remove_child(&node);
    }
    if let Some(i) = focus {
        if let Ok(Some(node)) = root.query_selector_all(FOCUSABLE).map(|l| l.item(i)) {
            if let Ok(element) = node.dyn_into::<web_sys::HtmlElement>() {
                let _ = element.focus();
            }
        }
    }
}

/// What can take focus in the picker.
#[cfg(target_arch = "wasm32")]
const FOCUSABLE: &str = "a[href], button, input, select, textarea, [tabindex]";

/// The focused element's place among `root`'s focusable elements (the new picker has the
/// same ones as the prerendered one).
#[cfg(target_arch = "wasm32")]
fn focus_index(root: &web_sys::Element) -> Option<u32> {
    let active: web_sys::Node = document().active_element()?.into();
    let list = root.query_selector_all(FOCUSABLE).ok()?;
    (0..list.length()).find(|&i| list.item(i).as_ref() == Some(&active))
}

/// The address bar's query string, without `?`.
#[cfg(target_arch = "wasm32")]
fn address_query() -> String {
    let search = window().location().search().unwrap_or_default();
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
