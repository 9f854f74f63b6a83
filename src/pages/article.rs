//! `/articles/{slug}`: one article, word for word, with links to the massage types it names.

use crate::components::{
    blocks::Blocks,
    loaded::{loaded, Skeleton},
    page_meta::use_page_meta,
    translated::Translated,
};
use crate::content::{is_valid_slug, load::Remote, Article, ArticleSummary};
use crate::context::{host, href, store, words};
use crate::locale::Key;
use crate::pages::not_found::NotFound;
use leptos::prelude::*;

/// Resolves the slug against the index first, so an unknown slug is "not found" on any host.
#[component]
pub fn ArticlePage(
    /// The article's slug, from the path.
    slug: String,
) -> impl IntoView {
    let articles = store().articles();
    if !is_valid_slug(&slug) {
        return view! { <NotFound /> }.into_any();
    }
    loaded(articles, Skeleton::Text, true, move |index| {
        match index.find(&slug) {
            Some(entry) => view! { <ArticleView entry=entry.clone() /> }.into_any(),
            None => view! { <NotFound /> }.into_any(),
        }
    })
    .into_any()
}

/// Loads and shows the article listed as `entry`.
#[component]
fn ArticleView(entry: ArticleSummary) -> impl IntoView {
    let article = Remote::<Article>::new(&host().content, format!("articles/{}.json", entry.slug));
    let (title, summary) = (entry.title.clone(), entry.summary.clone());
    let related = entry.related.clone();
    use_page_meta(move || Some((title.clone(), summary.clone())));
    view! {
        <div class="wrap page">
            {loaded(article, Skeleton::Text, true, move |a| {
                let related = related.clone();
                let w = words();
                let date = w.date(&a.date);
                let minutes = a.reading_minutes();
                view! {
                    <article class="article prose">
                        <header class="article-header">
                            <p class="eyebrow no-print"><a href=href("/articles")>{w.t(Key::NavArticles)}</a></p>
                            <h1>{a.title.clone()}</h1>
                            <p class="meta">
                                {w.fill(Key::ArticleBy, "{author}", &a.author)}
                                " · "
                                <time datetime=a.date.clone()>{date}</time>
                                " · "
                                {w.fill(Key::ArticleMinutes, "{minutes}", &minutes.to_string())}
                            </p>
                            {a.translated_from.clone().map(|from| view! { <Translated from /> })}
                        </header>
                        <Blocks blocks=a.blocks.clone() />
                        {(!related.is_empty()).then(|| view! { <Related ids=related /> })}
                    </article>
                }
                .into_any()
            })}
        </div>
    }
}

/// Links to the massage types an article names, by their names from the catalogue.
#[component]
fn Related(ids: Vec<String>) -> impl IntoView {
    let catalogue = store().catalogue();
    view! {
        <aside class="related no-print" aria-labelledby="related-title">
            <h2 id="related-title">{words().t(Key::ArticleRelated)}</h2>
            {loaded(catalogue, Skeleton::Line, false, move |cat| {
                let links = ids
                    .iter()
                    .filter_map(|id| cat.find(id))
                    .map(|t| view! {
                        <li><a href=href(&format!("/massage/{}", t.id))>{t.name.clone()}</a></li>
                    })
                    .collect_view();
                view! { <ul class="link-list">{links}</ul> }.into_any()
            })}
        </aside>
    }
}
