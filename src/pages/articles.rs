//! `/articles`: every article, newest first.

use crate::components::{
    article_card::ArticleCard,
    loaded::{loaded, Skeleton},
    page_meta::use_page_meta,
};
use crate::context::store;
use leptos::prelude::*;

/// The article list.
#[component]
pub fn ArticlesPage() -> impl IntoView {
    let articles = store().articles;
    use_page_meta(|| {
        Some((
            "Articles".into(),
            "Articles on massage therapy: sore backs, desk tension, headaches and sports recovery."
                .into(),
        ))
    });
    view! {
        <div class="wrap page">
            <h1>"Articles"</h1>
            <p class="lead">"Plain-spoken notes from the clinic on what massage may help with, and when to see a doctor instead."</p>
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
