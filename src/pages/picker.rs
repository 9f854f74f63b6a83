//! `/picker`: "Where does it hurt?". The selection lives in a query string (on the site, the
//! URL's, so reloading or sharing the link restores it and Back undoes the last step; in a
//! widget, the widget's own); the engine decides, the view shows.

use crate::components::back_bar::BackBar;
use crate::components::loaded::{loaded, skeleton_view, Skeleton};
use crate::components::page_meta::use_page_meta;
use crate::components::picker::{
    body_figure::BodyFigure, parts::PickerParts, print_summary::PrintSummary, results::Results,
};
use crate::content::load::Load;
use crate::content::{ArticleIndex, Site, TypeCard};
use crate::context::{host, href, store, words};
use crate::locale::Key;
use crate::picker::rules::PickerRules;
use leptos::prelude::*;
use std::sync::Arc;

/// The picker page.
#[component]
pub fn PickerPage(
    /// The selection as a query string (without `?`).
    query: Signal<String>,
    /// Called with the query string of a changed selection.
    set_query: Callback<String>,
) -> impl IntoView {
    let w = words();
    use_page_meta(move || {
        Some((
            w.t(Key::PickerTitle).into(),
            w.t(Key::PickerDescription).into(),
        ))
    });
    view! {
        <PickerFrame>
            <NoScript />
            {(!host().widget).then(|| view! {
                // What the live picker shows instead if its content does not come
                // (`app::start_picker`), made here in the page's language.
                <template id="picker-failed">
                    <div class="load-error" role="alert">
                        <p>{w.t(Key::PickerUnavailable)}</p>
                        <p>
                            {crate::text::around(w.t(Key::PickerMeanwhile), "{link}").0}
                            <a href=href("/massage")>{w.t(Key::PickerMeanwhileLink)}</a>
                            {crate::text::around(w.t(Key::PickerMeanwhile), "{link}").1}
                        </p>
                    </div>
                </template>
            })}
            <div id="picker-app">
                <PickerApp query set_query />
            </div>
        </PickerFrame>
    }
}

/// The picker-only widget's view, prerendered per locale for `embed::mount_picker` (its links
/// are the site's paths, which the widget makes the site's addresses).
#[component]
pub fn WidgetPicker() -> impl IntoView {
    let query = Signal::stored(String::new());
    let set_query = Callback::new(|_: String| {});
    view! {
        <section class="mg-widget" aria-label=words().t(Key::WidgetPicker) tabindex="-1">
            <BackBar hidden=true />
            <PickerFrame>
                <div id="picker-app"><PickerApp query set_query /></div>
            </PickerFrame>
        </section>
    }
}

/// The picker page's heading and lead, then `children` (also in `WidgetPicker`).
#[component]
pub fn PickerFrame(children: Children) -> impl IntoView {
    let w = words();
    view! {
        <div class="wrap page picker">
            <h1>{w.t(Key::PickerTitle)}</h1>
            <p class="lead">{w.t(Key::PickerLead)}</p>
            {children()}
        </div>
    }
}

/// The picker itself, from the JSON content files (prerendering, the whole widget), in
/// `#picker-app`, with nothing chosen; in the widget, `live` then binds it to `query` (on the
/// site, `app::start_picker` binds the prerendered one).
#[component]
pub fn PickerApp(
    /// The selection as a query string (without `?`).
    query: Signal<String>,
    /// Called with the query string of a changed selection.
    set_query: Callback<String>,
) -> impl IntoView {
    let store = store();
    let (site, rules) = (store.site, store.rules());
    let (catalogue, articles) = (store.catalogue(), store.articles());
    loaded(rules, Skeleton::Text, false, move |rules| {
        loaded(catalogue, Skeleton::Text, false, move |catalogue| {
            let rules = rules.clone();
            let types = Arc::new(catalogue.cards());
            loaded(site, Skeleton::Text, false, move |site| {
                let (rules, types) = (rules.clone(), types.clone());
                // The cards' reading lists wait for the article index, and go without it if it
                // does not come.
                let body = move |index: Load<ArticleIndex>| match index {
                    Load::Loading => skeleton_view(Skeleton::Text),
                    Load::Ready(index) => bound(
                        rules.clone(),
                        types.clone(),
                        site.clone(),
                        Some(index),
                        query,
                        set_query,
                    ),
                    Load::Failed(_) => bound(
                        rules.clone(),
                        types.clone(),
                        site.clone(),
                        None,
                        query,
                        set_query,
                    ),
                };
                // Once there, read without tracking: a subscription on the long-lived index
                // would stay behind after every visit (as `loaded` explains).
                match articles.get_untracked() {
                    Load::Loading => (move || body(articles.get())).into_any(),
                    settled => body(settled),
                }
            })
            .into_any()
        })
        .into_any()
    })
}

/// `PickerBody` for the JSON path; in the browser, bound to `query` once it is in the page,
/// and unbound with it.
fn bound(
    rules: Arc<PickerRules>,
    types: Arc<Vec<TypeCard>>,
    site: Arc<Site>,
    articles: Option<Arc<ArticleIndex>>,
    query: Signal<String>,
    set_query: Callback<String>,
) -> AnyView {
    let node = NodeRef::<leptos::html::Div>::new();
    #[cfg(target_arch = "wasm32")]
    {
        let data = crate::picker::data::PickerData {
            site: (*site).clone(),
            types: (*types).clone(),
            rules: (*rules).clone(),
            words: crate::locale::Words::NONE,
            parts: String::new(),
        };
        // The binding lives as long as this view (dropping it unbinds the picker); the content
        // is moved into it once, when the effect first sees the markup in the page (a Leptos
        // effect is `Fn`, so it takes the content out of a slot).
        let live = StoredValue::new_local(None::<crate::live::Live>);
        let data = StoredValue::new_local(Some(data));
        Effect::new(move |_| {
            if let (Some(root), Some(data)) =
                (node.get(), data.try_update_value(Option::take).flatten())
            {
                let on_change = move |q: String| set_query.run(q);
                let bound = crate::live::Live::bind(
                    &root,
                    data,
                    words(),
                    "",
                    &query.get_untracked(),
                    on_change,
                );
                live.set_value(Some(bound));
            }
        });
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (query, set_query);
    // Made in the browser (the whole widget); what the build renders (the picker page, the
    // picker-only widget) has them in its compact content instead (`PickerData::parts`).
    let parts =
        cfg!(target_arch = "wasm32").then(|| view! { <PickerParts rules types site articles /> });
    view! {
        <div class="picker-bound" node_ref=node>
            <PickerBody />
            {parts}
        </div>
    }
    .into_any()
}

/// With JavaScript off (a prerendered page), says so and lists the massage types instead;
/// the style sheet hides the picker itself then (`@media (scripting: none)`).
#[component]
fn NoScript() -> impl IntoView {
    let catalogue = store().catalogue();
    view! {
        <noscript>
            <div class="notice no-js">
                <p>{words().t(Key::PickerNoScript)}</p>
                {loaded(catalogue, Skeleton::Line, false, |cat| {
                    let links = cat
                        .types
                        .iter()
                        .map(|t| view! { <li><a href=href(&format!("/massage/{}", t.id))>{t.name.clone()}</a></li> })
                        .collect_view();
                    view! { <ul class="link-list">{links}</ul> }.into_any()
                })}
            </div>
        </noscript>
    }
}

/// The picker, nothing chosen: the steps and the results (the parts `live` adds are
/// `PickerParts`).
#[component]
pub fn PickerBody() -> impl IntoView {
    let w = words();
    // In a widget, printing would print the host's whole page.
    let widget = host().widget;
    view! {
        <div class="picker-layout">
            <div class="picker-steps">
                <section class="picker-step" aria-labelledby="where-title">
                    <h2 id="where-title">{w.t(Key::WhereTitle)}</h2>
                    <p class="hint">{w.t(Key::SideHint)}</p>
                    // Body map or plain list: how to choose, not what was chosen, so not in the URL.
                    <div class="mode-switch" role="group" aria-label=w.t(Key::ModeLabel)>
                        <button type="button" data-mode="map" aria-pressed="true">{w.t(Key::ModeMap)}</button>
                        <button type="button" data-mode="list" aria-pressed="false">{w.t(Key::ModeList)}</button>
                    </div>
                    <BodyFigure />
                </section>
            </div>
            <div class="picker-results" id="results">
                <PrintSummary />
                <Results />
            </div>
            // After the suggestions on a phone, below the steps on a wide screen: the answers
            // here only refine what is already shown.
            <div class="picker-more">
                <p class="picker-actions">
                    <button type="button" class="button" data-action="start-over">{w.t(Key::StartOver)}</button>
                    {(!widget).then(|| view! {
                        <button type="button" class="button" data-action="print">{w.t(Key::Print)}</button>
                    })}
                </p>
            </div>
        </div>
    }
}
