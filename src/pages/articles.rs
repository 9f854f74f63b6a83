//! `/articles`: every article, newest first.

use crate::components::{
    article_card::ArticleCard,
    loaded::{loaded, Skeleton},
    page_meta::use_page_meta,
};
use crate::context::{store, words};
use crate::locale::Key;
use leptos::prelude::*;

/// The article list.
#[component]
pub fn ArticlesPage() -> impl IntoView {
    let articles = store().articles();
    let w = words();
    use_page_meta(move || {
        Some((
            w.t(Key::ArticlesTitle).into(),
            w.t(Key::ArticlesDescription).into(),
        ))
    });
    view! {
        <div class="wrap page">
            <h1>{w.t(Key::ArticlesTitle)}</h1>
            <p class="lead">{w.t(Key::ArticlesLead)}</p>
            {loaded(articles, Skeleton::Cards, false, |index| {
                let cards = index
                    .newest_first()
                    .into_iter()
                    .map(|article| view! { <ArticleCard article top_level=true /> })
                    .collect_view();
                view! { <ul class="card-grid">{cards}</ul> }.into_any()
            })}
        </div>
    }
}
