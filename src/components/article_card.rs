//! A card that links to one article: title, date, reading time and summary.

use crate::content::ArticleSummary;
use crate::context::{href, words};
use crate::locale::Key;
use leptos::prelude::*;

/// One article in a list.
#[component]
pub fn ArticleCard(
    /// The article's entry from `articles/index.json`.
    article: ArticleSummary,
    /// Title as `h2` where the list sits right under the page's `h1`; `h3` otherwise.
    #[prop(optional)]
    top_level: bool,
) -> impl IntoView {
    let w = words();
    let date = w.date(&article.date);
    let link = view! {
        <a class="card-link" href=href(&format!("/articles/{}", article.slug))>{article.title}</a>
    };
    view! {
        <li class="card article-card">
            {if top_level {
                view! { <h2 class="card-title">{link}</h2> }.into_any()
            } else {
                view! { <h3 class="card-title">{link}</h3> }.into_any()
            }}
            <p class="meta">
                <time datetime=article.date>{date}</time>
                " · "
                {w.fill(Key::ArticleMinutes, "{minutes}", &article.reading_minutes.to_string())}
            </p>
            <p>{article.summary}</p>
        </li>
    }
}
