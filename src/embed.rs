//! The widget: the site's pages inside another site's page, in a Shadow DOM so that neither
//! page's CSS reaches the other. It must not listen on the host's window nor touch its
//! address bar: navigation is a signal with the widget's own history, and only clicks inside
//! the widget are looked at. Links keep real
//! `href`s to the site, so opening one in a new tab (or with JavaScript off) shows the full
//! site. `embed.js` defines the `<massage-guide>` element.
//!
//! Two entries: `mount` shows any page from the content's JSON files (`bin/embed.rs`);
//! `mount_picker` shows only the picker, prerendered at build time and bound to the compact
//! file the picker page reads (`bin/embed_picker.rs`), a binary with no framework, no JSON
//! parser and no other page, for a widget that starts on the picker. When its visitor follows a link, `embed.js` hands over to `mount`.

use crate::app::{apply_theme, own_link, paint_theme};
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
    /// `view`: `picker`, `about`, `articles` or `massage-types`; or, from the picker-only
    /// widget, the path of the page its visitor went to.
    pub view: &'a str,
    /// From the picker-only widget: the path of the picker (with its selection) that Back
    /// returns to; else empty.
    pub back: &'a str,
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

/// Shows the widget in `element`'s shadow root; `site` is the site's URL (where `embed.js` is).
pub fn mount(element: &HtmlElement, site: &str, attrs: Attributes) -> Result<Widget, JsValue> {
    let root = widget_root(element, attrs.theme)?;
    let host = host_of(site, attrs.prefix, attrs.content);
    let start = match attrs.view {
        path if path.starts_with('/') => Route::parse(path),
        view => Route::from_view(view).unwrap_or(Route::NotFound),
    };
    let mut history = vec![start];
    if !attrs.back.is_empty() {
        history.insert(0, Route::parse(attrs.back));
    }
    let theme_root = root.clone();
    let ui = crate::content::parse::<Words>("words", attrs.words)
        .ok()
        .map(kept);
    let failed = attrs.failed.to_string();
    let handle = leptos::mount::mount_to(root, move || match ui {
        Some(ui) => {
            provide_context(ui);
            view! { <WidgetView host history theme_root /> }.into_any()
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
/// page); `leave` is called with the path of a link to one of the site's pages its visitor
/// clicked and the path of the picker as it was (for Back), for `embed.js` to show with
/// `mount`.
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
    let query = std::rc::Rc::new(std::cell::RefCell::new(String::new()));
    let live = {
        let query = query.clone();
        Live::bind(&picker, content, words, &links, "", move |q| {
            *query.borrow_mut() = q
        })
    };
    let on_click =
        wasm_bindgen::closure::Closure::<dyn Fn(MouseEvent)>::new(move |ev: MouseEvent| {
            if let Some(path) = own_link(&ev, &links) {
                ev.prevent_default();
                leave(path, Route::Picker(query.borrow().clone()).path());
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
fn WidgetView(host: Host, history: Vec<Route>, theme_root: HtmlElement) -> impl IntoView {
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

    // Handed over from the picker-only widget: on the page its visitor went to, focused.
    let handed_over = history.len() > 1;
    let history = RwSignal::new(history);
    let current = Memo::new(move |_| history.with(|h| h.last().cloned().unwrap_or(Route::Home)));
    let page = Memo::new(move |_| current.with(Route::page));
    let section = NodeRef::<leptos::html::Section>::new();
    let go = move |route: Route| {
        history.update(|h| h.push(route));
        if let Some(section) = section.get_untracked() {
            show_top(&section);
        }
    };
    let back = move |_| {
        history.update(|h| {
            if h.len() > 1 {
                h.pop();
            }
        });
        if let Some(section) = section.get_untracked() {
            show_top(&section);
        }
    };
    // Links to the site's own pages navigate inside the widget; others keep their default.
    let on_click = move |ev: MouseEvent| {
        if let Some(path) = own_link(&ev, &links) {
            ev.prevent_default();
            go(Route::parse(&path));
        }
    };
    // Each page shown gets a query signal of its own, made with it and gone with it: a page
    // that read the widget's long-lived history instead would stay subscribed to it after it is
    // gone (reactive_graph does not unsubscribe a dropped effect), once per visit.
    let shown = move || {
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
                <div class="wrap mg-bar">
                    <button type="button" class="button mg-back" on:click=back>{w.t(Key::WidgetBack)}</button>
                </div>
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
