//! `/massage`: the catalogue, the types this clinic offers first.

use crate::components::{
    loaded::{loaded, Skeleton},
    page_meta::use_page_meta,
};
use crate::content::MassageType;
use crate::context::{href, store, Store};
use leptos::prelude::*;

/// The massage-type catalogue.
#[component]
pub fn MassageListPage() -> impl IntoView {
    let Store {
        site, catalogue, ..
    } = store();
    use_page_meta(|| {
        Some((
            "Massage types".into(),
            "Massage types explained: what a session is like, how firm it is, what it may help with, and who should ask a doctor first.".into(),
        ))
    });
    view! {
        <div class="wrap page">
            <h1>"Massage types"</h1>
            <p class="lead">"What each kind of massage is like, what it may help with according to the evidence, and who should check with a doctor first."</p>
            {loaded(catalogue, Skeleton::Cards, false, move |cat| {
                loaded(site, Skeleton::Cards, false, move |site| {
                    let (offered, other): (Vec<&MassageType>, Vec<&MassageType>) =
                        cat.types.iter().partition(|t| site.offered.contains(&t.id));
                    view! {
                        <section aria-labelledby="offered-title">
                            <h2 id="offered-title">{format!("Offered at {}", site.name)}</h2>
                            <ul class="card-grid">{cards(&offered)}</ul>
                        </section>
                        {(!other.is_empty()).then(|| view! {
                            <section aria-labelledby="other-title">
                                <h2 id="other-title">"Also explained here"</h2>
                                <p>"Not offered at this clinic at the moment."</p>
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
    types
        .iter()
        .map(|t| view! {
            <li class="card">
                <h3>
                    <a class="card-link" href=href(&format!("/massage/{}", t.id))>{t.name.clone()}</a>
                </h3>
                <p>{t.summary.clone()}</p>
                <p class="meta">{format!("Pressure: {} · {}", t.pressure, t.length)}</p>
            </li>
        })
        .collect_view()
}
