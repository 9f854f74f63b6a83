//! `/massage`: the catalogue, the types this clinic offers first.

use crate::components::{
    loaded::{loaded, Skeleton},
    page_meta::use_page_meta,
};
use crate::content::MassageType;
use crate::context::{href, store, words};
use crate::locale::Key;
use leptos::prelude::*;

/// The massage-type catalogue.
#[component]
pub fn MassageListPage() -> impl IntoView {
    let store = store();
    let (site, catalogue) = (store.site, store.catalogue());
    let w = words();
    use_page_meta(move || {
        Some((
            w.t(Key::TypesTitle).into(),
            w.t(Key::TypesDescription).into(),
        ))
    });
    view! {
        <div class="wrap page">
            <h1>{w.t(Key::TypesTitle)}</h1>
            <p class="lead">{w.t(Key::TypesLead)}</p>
            {loaded(catalogue, Skeleton::Cards, false, move |cat| {
                loaded(site, Skeleton::Cards, false, move |site| {
                    let (offered, other): (Vec<&MassageType>, Vec<&MassageType>) =
                        cat.types.iter().partition(|t| site.offered.contains(&t.id));
                    view! {
                        <section aria-labelledby="offered-title">
                            <h2 id="offered-title">{w.fill(Key::TypesOffered, "{clinic}", &site.name)}</h2>
                            <ul class="card-grid">{cards(&offered)}</ul>
                        </section>
                        {(!other.is_empty()).then(|| view! {
                            <section aria-labelledby="other-title">
                                <h2 id="other-title">{w.t(Key::TypesAlso)}</h2>
                                <p>{w.t(Key::TypesNotOffered)}</p>
                                <ul class="card-grid">{cards(&other)}</ul>
                            </section>
                        })}
                    }
                    .into_any()
                })
                .into_any()
            })}
        </div>
    }
}

fn cards(types: &[&MassageType]) -> impl IntoView {
    let w = words();
    types
        .iter()
        .map(|t| view! {
            <li class="card">
                <h3>
                    <a class="card-link" href=href(&format!("/massage/{}", t.id))>{t.name.clone()}</a>
                </h3>
                <p>{t.summary.clone()}</p>
                <p class="meta">{crate::text::fill(&w.fill(Key::TypesCardMeta, "{pressure}", &t.pressure), "{length}", &t.length)}</p>
            </li>
        })
        .collect_view()
}
