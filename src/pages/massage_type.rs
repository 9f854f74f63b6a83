//! `/massage/{id}`: one massage type, its evidence with sources, cautions, and booking.

use crate::components::{
    booking::Booking,
    loaded::{loaded, Skeleton},
    page_meta::use_page_meta,
};
use crate::content::MassageType;
use crate::context::{href, store, words};
use crate::locale::Key;
use crate::pages::not_found::NotFound;
use leptos::prelude::*;

/// Looks the id up in the catalogue; unknown ids get the not-found page.
#[component]
pub fn MassageTypePage(
    /// The massage type's id, from the path.
    id: String,
) -> impl IntoView {
    let catalogue = store().catalogue();
    loaded(catalogue, Skeleton::Text, true, move |cat| {
        match cat.find(&id) {
            Some(t) => view! { <TypeView t=t.clone() /> }.into_any(),
            None => view! { <NotFound /> }.into_any(),
        }
    })
}

#[component]
fn TypeView(t: MassageType) -> impl IntoView {
    let (title, summary) = (t.name.clone(), t.summary.clone());
    use_page_meta(move || Some((title.clone(), summary.clone())));
    let site = store().site;
    let w = words();
    let benefits = t
        .may_help
        .iter()
        .map(|b| {
            view! {
                <li>
                    {b.text.clone()}
                    <span class="source">
                        " "
                        {w.t(Key::TypeSource)}
                        " "
                        <a href=b.source.url.clone() rel="noopener">{b.source.title.clone()}</a>
                    </span>
                </li>
            }
        })
        .collect_view();
    let cautions = t
        .cautions
        .iter()
        .map(|c| view! { <li>{c.clone()}</li> })
        .collect_view();
    let (id, name) = (t.id.clone(), t.name.clone());
    view! {
        <div class="wrap page type-layout">
            <article class="massage-type prose">
                <p class="eyebrow"><a href=href("/massage")>{w.t(Key::TypesTitle)}</a></p>
                <h1>{t.name.clone()}</h1>
                <p class="lead">{t.summary.clone()}</p>
                <dl class="facts">
                    <div><dt>{w.t(Key::TypePressure)}</dt><dd>{t.pressure.clone()}</dd></div>
                    <div><dt>{w.t(Key::TypeLength)}</dt><dd>{t.length.clone()}</dd></div>
                </dl>
                <h2>{w.t(Key::TypeSession)}</h2>
                <p>{t.session.clone()}</p>
                <h2>{w.t(Key::TypeMayHelp)}</h2>
                <ul class="benefits">{benefits}</ul>
                <section class="cautions" aria-labelledby="cautions-title">
                    <h2 id="cautions-title">{w.t(Key::TypeCautions)}</h2>
                    <ul>{cautions}</ul>
                </section>
            </article>
            <aside class="type-aside no-print" aria-labelledby="book-title">
                <h2 id="book-title">{w.t(Key::TypeBook)}</h2>
                {loaded(site, Skeleton::Line, false, move |site| {
                    view! { <Booking site id=id.clone() name=name.clone() /> }.into_any()
                })}
            </aside>
        </div>
    }
}
