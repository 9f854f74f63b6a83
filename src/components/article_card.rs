//! A card that links to one article: title, date, reading time and summary.

use crate::app::href;
use crate::content::{format_date, ArticleSummary};
use leptos::prelude::*;

/// One article in a list.
#[component]
pub fn ArticleCard(
    /// The article's entry from `articles/index.json`.
    article: ArticleSummary,
) -> impl IntoView {
    let date = format_date(&article.date).unwrap_or_else(|| article.date.clone());
    view! {
        <li class="card article-card">
            <h3>
                <a class="card-link" href=href(&format!("/articles/{}", article.slug))>
                    {article.title}
                </a>
            </h3>
            <p class="meta">
                <time datetime=article.date>{date}</time>
                {format!(" · {} min read", article.reading_minutes)}
            </p>
            <p>{article.summary}</p>
        </li>
    }
}
