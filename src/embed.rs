//! The widget: the site's pages inside another site's page, in a Shadow DOM so that neither
//! page's CSS reaches the other. It must not listen on the host's window nor touch its
//! address bar: navigation is a signal with the widget's own history, and only clicks inside
//! the widget are looked at. Links keep real
//! `href`s to the site, so opening one in a new tab (or with JavaScript off) shows the full
//! site. `embed.js` defines the `<massage-guide>` element.
//!
//! Two entries, in three builds, so that each view loads only what it needs:
//! - `mount` shows the pages from the content's JSON files. The whole widget
//!   (`bin/embed.rs`) has every page, the picker's too: `embed.js` takes it when the content
//!   comes from the clinic's own folder (`content-base`). The pages-only build
//!   (`bin/embed_pages.rs`, the `widget-pages` feature) has every page but the picker's, for
//!   a widget that starts on another page: a way to the picker goes to `mount_picker`.
//! - `mount_picker` shows only the picker, prerendered at build time and bound to the compact
//!   file the picker page reads (`bin/embed_picker.rs`), a binary with no framework, no JSON
//!   parser and no other page. When its visitor follows a link, it goes to `mount`.
//!
//! Going from one to the other, `embed.js` mounts the other build in the same element; the
//! widget's history goes with it (`Attributes::history`), so Back works across them.

use crate::app::{apply_theme, own_link, paint_theme};
use crate::components::back_bar::BackBar;
use crate::context::{Host, Store, Ui};
use crate::live::Live;
use crate::locale::{Key, Words};
use crate::picker::data::PickerData;
use crate::route::Route;
use crate::widget_css::{DARK_CLASS, LIGHT_CLASS, ROOT_CLASS};
use leptos::prelude::*;
use std::any::Any;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{HtmlElement, MouseEvent, ShadowRootInit, ShadowRootMode};

/// A widget on the page; dropping it unmounts the view and ends its effects.
pub struct Widget {
    _handle: Box<dyn Any>,
}

/// What the `<massage-guide>` element asks for, from its attributes.
pub struct Attributes<'a> {
    /// `view`: `picker`, `about`, `articles` or `massage-types`; or, from another build of the
    /// widget, the path of the page its visitor went to.
    pub view: &'a str,
    /// From another build of the widget: the paths of the pages before `view`, oldest first,
    /// each followed by a space (`history_of`); else empty.
    pub history: &'a str,
    /// `content-base`: the content folder's URL when it is not `{site}content/` (or empty).
    pub content: &'a str,
    /// `theme`: `light`, `dark`, `auto` (the system's), or empty: the system's if the host
    /// page supports a dark scheme, else light.
    pub theme: &'a str,
    /// The words of the locale to show, the text of their file (`embed.js` picks the locale
    /// from `lang`, one of the site's or else its first, and fetches them while the wasm
    /// comes).
    pub words: &'a str,
    /// Its pages' path under the site: "" for the site's first locale, else the code.
    pub prefix: &'a str,
    /// What to say if the locale's words cannot be read (from the locale file, by `embed.js`).
    pub failed: &'a str,
}

/// Whether this build goes without the picker (`embed.js` shows it with `mount_picker`).
const PAGES_ONLY: bool = cfg!(feature = "widget-pages");

/// Called to go to another build of the widget: with the path of the page to show there, and
/// the history before it (`Attributes::history`).
pub type Leave = std::rc::Rc<dyn Fn(String, String)>;

/// Whether `ev` is a click on the widget's Back button (`BackBar`).
fn is_back(ev: &MouseEvent) -> bool {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|t| t.closest(".mg-back").ok().flatten().is_some())
}

/// `paths`, each followed by a space, as another build of the widget reads a history.
fn history_of(paths: impl IntoIterator<Item = String>) -> String {
    paths.into_iter().map(|p| p + " ").collect()
}

/// Shows the widget in `element`'s shadow root; `site` is the site's URL (where `embed.js` is).
/// The pages-only build calls `leave` for the picker.
pub fn mount(
    element: &HtmlElement,
    site: &str,
    attrs: Attributes,
    leave: Leave,
) -> Result<Widget, JsValue> {
    let root = widget_root(element, attrs.theme)?;
    let host = host_of(site, attrs.prefix, attrs.content);
    let start = match attrs.view {
        path if path.starts_with('/') => Route::parse(path),
        view => Route::from_view(view).unwrap_or(Route::NotFound),
    };
    let mut history: Vec<Route> = attrs.history.split_whitespace().map(Route::parse).collect();
    history.push(start);
    let theme_root = root.clone();
    let ui = crate::content::parse::<Words>("words", attrs.words)
        .ok()
        .map(kept);
    let failed = attrs.failed.to_string();
    let handle = leptos::mount::mount_to(root, move || match ui {
        Some(ui) => {
            provide_context(ui);
            view! { <WidgetView host history theme_root leave /> }.into_any()
        }
        None => view! { <p class="load-error" role="alert">{failed}</p> }.into_any(),
    });
    Ok(Widget {
        _handle: Box::new(handle),
    })
}

/// What the picker-only widget needs, from `embed.js`.
pub struct PickerAttributes<'a> {
    /// As `Attributes::theme`.
    pub theme: &'a str,
    /// As `Attributes::prefix`.
    pub prefix: &'a str,
    /// The locale's compact picker content (`PickerData`), which `embed.js` fetched while the
    /// wasm was on its way.
    pub data: &'a [u8],
    /// The locale's picker as the build rendered it (`pages::picker::WidgetPicker`), fetched
    /// with it.
    pub markup: &'a str,
    /// From the pages-only build: the picker's path, with the selection to show; else empty.
    pub path: &'a str,
    /// As `Attributes::history`.
    pub history: &'a str,
}

/// The picker-only widget: its picker, and the listener that sees its links.
struct PickerWidget {
    section: web_sys::Element,
    on_click: wasm_bindgen::closure::Closure<dyn Fn(MouseEvent)>,
    _live: Live,
}

impl Drop for PickerWidget {
    fn drop(&mut self) {
        let _ = self
            .section
            .remove_event_listener_with_callback("click", self.on_click.as_ref().unchecked_ref());
    }
}

/// Shows the picker alone in `element`'s shadow root, as `mount` would for `view="picker"`,
/// from the markup the build rendered, bound by `live` (no framework, no JSON parser, no other
/// page). `leave` is called, for `embed.js` to show with `mount`, when its visitor follows a
/// link to one of the site's pages (with its path, and the history up to the picker as it
/// was) or goes back (with the page before, and the history before that).
pub fn mount_picker(
    element: &HtmlElement,
    site: &str,
    attrs: PickerAttributes,
    leave: impl Fn(String, String) + 'static,
) -> Result<Widget, JsValue> {
    let mut content = PickerData::decode(attrs.data).ok_or("the picker's content is damaged")?;
    let root = widget_root(element, attrs.theme)?;
    paint_theme(&content.site, &root);
    let links = host_of(site, attrs.prefix, "").links;
    // Our own build's HTML, its texts escaped when it was rendered; its links are the site's
    // paths, made the site's addresses here.
    root.set_inner_html(attrs.markup);
    crate::live::prefix_links(&root, &links);
    let section = root
        .query_selector(".mg-widget")?
        .ok_or("the picker's markup is damaged")?;
    let picker = section
        .query_selector(".picker-bound")?
        .ok_or("the picker's markup is damaged")?;
    let words = kept(std::mem::take(&mut content.words)).words();
    let start = match Route::parse(attrs.path) {
        Route::Picker(q) => q,
        _ => String::new(),
    };
    let query = std::rc::Rc::new(std::cell::RefCell::new(start.clone()));
    let live = {
        let query = query.clone();
        Live::bind(&picker, content, words, &links, &start, move |q| {
            *query.borrow_mut() = q
        })
    };
    let history: Vec<String> = attrs.history.split_whitespace().map(String::from).collect();
    if !history.is_empty() {
        // Come from another page of the widget: the way back, and the focus on the picker.
        if let Some(bar) = section.query_selector(".mg-bar")? {
            bar.remove_attribute("hidden")?;
        }
        show_top(section.unchecked_ref());
    }
    let on_click =
        wasm_bindgen::closure::Closure::<dyn Fn(MouseEvent)>::new(move |ev: MouseEvent| {
            if is_back(&ev) {
                if let Some((last, before)) = history.split_last() {
                    leave(last.clone(), history_of(before.iter().cloned()));
                }
            } else if let Some(path) = own_link(&ev, &links) {
                ev.prevent_default();
                let here = Route::Picker(query.borrow().clone()).path();
                let before = history.iter().cloned().chain([here]);
                leave(path, history_of(before));
            }
        });
    section.add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref())?;
    Ok(Widget {
        _handle: Box::new(PickerWidget {
            section,
            on_click,
            _live: live,
        }),
    })
}

/// The widget's root in `element`'s shadow root, in place of anything there before (a widget
/// moved in the page is mounted again), with the widget's colour scheme. Its stylesheet is
/// `embed.js`'s to give (a file of its own, fetched while the wasm comes).
fn widget_root(element: &HtmlElement, theme: &str) -> Result<HtmlElement, JsValue> {
    let shadow = match element.shadow_root() {
        Some(shadow) => shadow,
        None => element.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?,
    };
    shadow.set_inner_html("");
    let root: HtmlElement = document().create_element("div")?.unchecked_into();
    let scheme = match theme {
        "light" => Some(LIGHT_CLASS),
        "dark" => Some(DARK_CLASS),
        "auto" => None,
        _ if host_supports_dark(element) => None,
        _ => Some(LIGHT_CLASS),
    };
    root.set_class_name(&match scheme {
        Some(class) => format!("{ROOT_CLASS} {class}"),
        None => ROOT_CLASS.to_string(),
    });
    shadow.append_child(&root)?;
    Ok(root)
}

/// Where a widget's links and content are: under `site` (its URL) in the locale with path
/// `prefix`, the content under `content` if given (`Attributes::content`).
fn host_of(site: &str, prefix: &str, content: &str) -> Host {
    let site = site.trim_end_matches('/');
    let folder = match prefix {
        "" => String::new(),
        p => format!("{p}/"),
    };
    let content = match content {
        "" => format!("{site}/content/{folder}"),
        c if c.ends_with('/') => format!("{c}{folder}"),
        c => format!("{c}/{folder}"),
    };
    Host {
        links: format!("{site}/{folder}").trim_end_matches('/').to_string(),
        content,
        widget: true,
    }
}

/// Whether the host page says it has a dark scheme (`color-scheme` on the element, inherited,
/// or in `<meta name="color-scheme">`). Most pages are light only, and a dark widget in them
/// would look out of place.
fn host_supports_dark(element: &HtmlElement) -> bool {
    let computed = window()
        .get_computed_style(element)
        .ok()
        .flatten()
        .and_then(|s| s.get_property_value("color-scheme").ok())
        .unwrap_or_default();
    let meta = document()
        .query_selector("meta[name=color-scheme]")
        .ok()
        .flatten()
        .and_then(|m| m.get_attribute("content"))
        .unwrap_or_default();
    computed.contains("dark") || meta.contains("dark")
}

thread_local! {
    /// The words of each locale shown on the page, kept once however often a widget mounts.
    static WORDS: std::cell::RefCell<Vec<Ui>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// `words` kept for the page's life, once per locale.
fn kept(words: Words) -> Ui {
    WORDS.with_borrow_mut(|all| {
        if let Some(ui) = all.iter().find(|ui| ui.words().code == words.code) {
            return *ui;
        }
        let ui = Ui::new(words);
        all.push(ui);
        ui
    })
}

#[component]
fn WidgetView(
    host: Host,
    history: Vec<Route>,
    theme_root: HtmlElement,
    leave: Leave,
) -> impl IntoView {
    let links = host.links.clone();
    // Each widget is a landmark; named after what it starts on, so two differ.
    let w = crate::context::words();
    let label = w.t(match history[0] {
        Route::Picker(_) => Key::WidgetPicker,
        Route::Home => Key::WidgetHome,
        Route::Articles => Key::WidgetArticles,
        Route::MassageTypes => Key::WidgetTypes,
        _ => Key::WidgetLabel,
    });
    provide_context(host);
    let store = Store::load();
    provide_context(store);
    apply_theme(store.site, theme_root);

    // Handed over from another build: on the page its visitor went to, focused.
    let handed_over = history.len() > 1;
    let history = RwSignal::new(history);
    let current = Memo::new(move |_| history.with(|h| h.last().cloned().unwrap_or(Route::Home)));
    let page = Memo::new(move |_| current.with(Route::page));
    let section = NodeRef::<leptos::html::Section>::new();
    // Shows `route` after the first `keep` entries of the history, here, or in the picker-only
    // widget if this build has no picker.
    let show_at = move |keep: usize, route: Route| {
        if PAGES_ONLY && matches!(route, Route::Picker(_)) {
            let before = history
                .with_untracked(|h| history_of(h[..keep.min(h.len())].iter().map(Route::path)));
            leave(route.path(), before);
            return;
        }
        history.update(|h| {
            h.truncate(keep);
            h.push(route);
        });
        if let Some(section) = section.get_untracked() {
            show_top(&section);
        }
    };
    // Back, and links to the site's own pages, navigate inside the widget; other links keep
    // their default.
    let on_click = move |ev: MouseEvent| {
        let n = history.with_untracked(Vec::len);
        if is_back(&ev) {
            if let Some(before) = history.with_untracked(|h| h.get(n.wrapping_sub(2)).cloned()) {
                show_at(n - 2, before);
            }
        } else if let Some(path) = own_link(&ev, &links) {
            ev.prevent_default();
            show_at(n, Route::parse(&path));
        }
    };
    // Each page shown gets a query signal of its own, made with it and gone with it: a page
    // that read the widget's long-lived history instead would stay subscribed to it after it is
    // gone (reactive_graph does not unsubscribe a dropped effect), once per visit.
    let shown = move || {
        if PAGES_ONLY {
            return crate::pages::show_content(page.get());
        }
        let query = RwSignal::new(current.with_untracked(Route::query));
        // A picker step replaces the current entry: Back leaves the picker, as on a page.
        let set_query = Callback::new(move |q: String| {
            query.set(q.clone());
            history.update_untracked(|h| {
                if let Some(last) = h.last_mut() {
                    *last = Route::Picker(q);
                }
            });
        });
        crate::pages::show(page.get(), query.into(), set_query)
    };
    if handed_over {
        Effect::new(move |_| {
            if let Some(section) = section.get() {
                show_top(&section);
            }
        });
    }
    view! {
        <section class="mg-widget" aria-label=label tabindex="-1" node_ref=section on:click=on_click>
            <Show when=move || history.with(|h| h.len() > 1)>
                <BackBar />
            </Show>
            {shown}
        </section>
    }
}

/// After moving to another page: focus the widget (screen readers start reading the new page)
/// and bring its top into view if it was scrolled past.
fn show_top(section: &web_sys::HtmlElement) {
    let _ = section.focus();
    if section.get_bounding_client_rect().top() < 0.0 {
        section.scroll_into_view();
    }
}

/// The browser entry of a build of `mount` (`bin/embed.rs`, `bin/embed_pages.rs`, which differ
/// in their features only): `mount_widget`, which `embed.js` calls for a `<massage-guide>`.
#[macro_export]
macro_rules! widget_entry {
    () => {
        mod exports {
            use wasm_bindgen::prelude::*;

            /// A widget on the page; `free()` (from `disconnectedCallback`, or when `embed.js`
            /// goes to another build) unmounts it.
            #[wasm_bindgen]
            pub struct MountedWidget {
                _widget: massage_guide::embed::Widget,
            }

            /// Shows the widget in `element` (see `massage_guide::embed::mount`);
            /// `leave(path, history)` goes to another build of the widget.
            // One string per attribute keeps the JS side plain; a struct would need JS glue.
            #[allow(clippy::too_many_arguments)]
            #[wasm_bindgen]
            pub fn mount_widget(
                element: web_sys::HtmlElement,
                site: String,
                view: String,
                content: String,
                theme: String,
                words: String,
                prefix: String,
                failed: String,
                history: String,
                leave: js_sys::Function,
            ) -> Result<MountedWidget, JsValue> {
                let attrs = massage_guide::embed::Attributes {
                    view: &view,
                    history: &history,
                    content: &content,
                    theme: &theme,
                    words: &words,
                    prefix: &prefix,
                    failed: &failed,
                };
                let leave = std::rc::Rc::new(move |path: String, history: String| {
                    let _ = leave.call2(&JsValue::NULL, &path.into(), &history.into());
                });
                massage_guide::embed::mount(&element, &site, attrs, leave)
                    .map(|w| MountedWidget { _widget: w })
            }
        }
    };
}
