//! `/picker`: "Where does it hurt?". The selection lives in a query string (on the site, the
//! URL's, so reloading or sharing the link restores it and Back undoes the last step; in a
//! widget, the widget's own); the engine decides, the view shows.

use crate::components::loaded::{loaded, Skeleton};
use crate::components::page_meta::use_page_meta;
use crate::components::picker::{
    body_figure::BodyFigure, feel::Feel, health::HealthQuestions, jump::ResultsJump,
    print_summary::PrintSummary, questions::SafetyChecks, region_list::RegionList,
    results::Emergency, results::Results, update::Update,
};
use crate::content::{ArticleIndex, Site, TypeCard};
use crate::context::{host, href, store, words, Store};
use crate::locale::Key;
use crate::picker::data::PickerData;
use crate::picker::engine::{evaluate, parse_query, to_query, Content, Outcome, Selection};
use crate::picker::rules::PickerRules;
use crate::text::aria;
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

/// The picker page's heading and lead, then `children` (also around the picker-only widget's
/// `LivePicker`).
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

/// The live picker from the compact content made at build time (`PickerData`, its words
/// already provided by the shell): on the picker page, in place of the prerendered one
/// (`app::start_picker`), and in the picker-only widget (`embed::mount_picker`).
#[component]
pub fn LivePicker(
    /// The picker's content.
    content: PickerData,
    /// The selection as a query string (without `?`).
    query: Signal<String>,
    /// Called with the query string of a changed selection.
    set_query: Callback<String>,
) -> impl IntoView {
    let articles = Signal::stored(Some(Arc::new(content.articles)));
    view! {
        <PickerBody
            rules=Arc::new(content.rules)
            types=Arc::new(content.types)
            site=Arc::new(content.site)
            articles
            query
            set_query
        />
    }
}

/// The picker itself, from the JSON content files (prerendering, the widget), in
/// `#picker-app`: on the site, `app::start_picker` replaces just that with a live `PickerBody`
/// made from the compact content, leaving the rest of the page (and its largest paint) as is.
#[component]
pub fn PickerApp(
    /// The selection as a query string (without `?`).
    query: Signal<String>,
    /// Called with the query string of a changed selection.
    set_query: Callback<String>,
) -> impl IntoView {
    let store = store();
    let rules = store.rules();
    let Store {
        site,
        catalogue,
        articles,
        ..
    } = store;
    let articles = Signal::derive(move || articles.ready());
    loaded(rules, Skeleton::Text, false, move |rules| {
        loaded(catalogue, Skeleton::Text, false, move |catalogue| {
            let rules = rules.clone();
            let types = Arc::new(catalogue.cards());
            loaded(site, Skeleton::Text, false, move |site| {
                view! { <PickerBody rules=rules.clone() types=types.clone() site articles query set_query /> }.into_any()
            })
            .into_any()
        })
        .into_any()
    })
}

/// With JavaScript off (a prerendered page), says so and lists the massage types instead;
/// the style sheet hides the picker itself then (`@media (scripting: none)`).
#[component]
fn NoScript() -> impl IntoView {
    let catalogue = store().catalogue;
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

/// The picker with its content in hand: the steps and the results.
#[component]
pub fn PickerBody(
    /// The picker's rules (`picker.json`).
    rules: Arc<PickerRules>,
    /// The massage types, in the catalogue's order.
    types: Arc<Vec<TypeCard>>,
    /// The clinic.
    site: Arc<Site>,
    /// The article index, once there.
    articles: Signal<Option<Arc<ArticleIndex>>>,
    /// The selection as a query string (without `?`).
    query: Signal<String>,
    /// Called with the query string of a changed selection.
    set_query: Callback<String>,
) -> impl IntoView {
    let w = words();
    let parsed = {
        let rules = rules.clone();
        Memo::new(move |_| parse_query(&query.get(), &rules))
    };
    let selection = Signal::derive(move || parsed.with(|(s, _)| s.clone()));
    let outcome: Memo<Outcome> = {
        let (rules, types, site) = (rules.clone(), types.clone(), site.clone());
        Memo::new(move |_| {
            selection.with(|s| {
                evaluate(
                    s,
                    &Content {
                        rules: &rules,
                        types: &types,
                        site: &site,
                        words: w,
                    },
                )
            })
        })
    };
    let update = Update::new(move |s: Selection| set_query.run(to_query(&s)));
    // In a widget, printing would print the host's whole page.
    let printable = !host().widget;
    let print_rules = rules.clone();
    // Body map or plain list: how to choose, not what was chosen, so not in the URL.
    let list_mode = RwSignal::new(false);
    let any_region = Memo::new(move |_| !selection.with(|s| s.regions.is_empty()));
    // The steps after the first are made when a region is first chosen, then kept and only
    // hidden: made and dropped on every tick, they kept memory each time (reactive_graph does
    // not unsubscribe a dropped effect). Not made before, they stay out of the prerendered page.
    let opened = Memo::new(move |before: Option<&bool>| {
        before.copied().unwrap_or(false) || any_region.get()
    });
    let start_over = {
        let update = update.clone();
        move |_| update.set(Selection::default())
    };
    let unknown = move || {
        let u = parsed.with(|(_, u)| u.clone());
        (!u.is_empty()).then(|| {
            view! {
                <p class="notice" role="status">
                    {w.fill(Key::PickerUnknown, "{list}", &w.join(&u))}
                </p>
            }
        })
    };
    view! {
        <Emergency outcome help=site.help(w) />
        {unknown}
        <div class="picker-layout">
            <div class="picker-steps">
                <section class="picker-step" aria-labelledby="where-title">
                    <h2 id="where-title">{w.t(Key::WhereTitle)}</h2>
                    <p class="hint">{w.t(Key::SideHint)}</p>
                    <div class="mode-switch" role="group" aria-label=w.t(Key::ModeLabel)>
                        <button type="button" aria-pressed=move || aria(!list_mode.get()) on:click=move |_| list_mode.set(false)>{w.t(Key::ModeMap)}</button>
                        <button type="button" aria-pressed=move || aria(list_mode.get()) on:click=move |_| list_mode.set(true)>{w.t(Key::ModeList)}</button>
                    </div>
                    {
                        let update = update.clone();
                        move || if list_mode.get() {
                            view! { <RegionList selection update=update.clone() /> }.into_any()
                        } else {
                            view! { <BodyFigure selection update=update.clone() /> }.into_any()
                        }
                    }
                    <ResultsJump outcome />
                </section>
                {
                    let update = update.clone();
                    move || opened.get().then(|| view! { <div hidden=move || !any_region.get()><Feel selection update=update.clone() /></div> })
                }
            </div>
            <div class="picker-results" id="results">
                <PrintSummary selection rules=print_rules />
                {
                    let update = update.clone();
                    move || opened.get().then(|| view! { <SafetyChecks selection outcome update=update.clone() /> })
                }
                <Results outcome types site articles />
            </div>
            // After the suggestions on a phone, below the steps on a wide screen: the answers
            // here only refine what is already shown.
            <div class="picker-more">
                {
                    let (update, rules) = (update.clone(), rules.clone());
                    move || opened.get().then(|| view! { <HealthQuestions selection outcome update=update.clone() rules=rules.clone() /> })
                }
                <p class="picker-actions">
                    <button type="button" class="button" on:click=start_over.clone()>{w.t(Key::StartOver)}</button>
                    {printable.then(|| view! {
                        <button type="button" class="button" on:click=|_| { let _ = window().print(); }>{w.t(Key::Print)}</button>
                    })}
                </p>
            </div>
        </div>
    }
}
