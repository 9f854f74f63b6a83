//! `/`: the clinic's About text, the way into the massage types, and the newest articles.

use crate::components::{
    article_card::ArticleCard,
    blocks::Blocks,
    loaded::{loaded, skeleton_view, Skeleton},
    page_meta::use_page_meta,
    translated::Translated,
};
use crate::content::load::{Load, Remote};
use crate::content::About;
use crate::context::{host, href, store, words};
use crate::locale::Key;
use leptos::prelude::*;

/// How many articles the home page shows.
const LATEST: usize = 3;

/// The home page.
#[component]
pub fn HomePage() -> impl IntoView {
    let about = Remote::<About>::new(&host().content, "about.json");
    let articles = store().articles();
    let w = words();
    use_page_meta(move || {
        about
            .ready()
            .map(|a| (a.heading.clone(), a.description.clone()))
    });

    // The page appears in one piece once both files are in (or failed): parts arriving one
    // after another would push the call to action and the articles down the page.
    let settled =
        move || !matches!(about.get(), Load::Loading) && !matches!(articles.get(), Load::Loading);
    view! {
        <div class="wrap page home">
            <Show when=settled fallback=|| view! { <div class="home-top"><div class="about">{skeleton_view(Skeleton::Text)}</div></div> }>
                <div class="home-top">
                    <section class="about prose" aria-label=w.t(Key::HomeAbout)>
                        {loaded(about, Skeleton::Text, true, |a| view! {
                            <h1>{a.heading.clone()}</h1>
                            <p class="lead">{a.subheading.clone()}</p>
                            {a.translated_from.clone().map(|from| view! { <Translated from /> })}
                            <Blocks blocks=a.blocks.clone() />
                        }.into_any())}
                    </section>
                    <aside class="cta" aria-labelledby="cta-title">
                        <h2 id="cta-title">{w.t(Key::CtaTitle)}</h2>
                        <p>{w.t(Key::CtaText)}</p>
                        <a class="button button-primary" href=href("/picker")>{w.t(Key::CtaButton)}</a>
                    </aside>
                </div>
                <section class="latest" aria-labelledby="latest-title">
                    <h2 id="latest-title">{w.t(Key::Latest)}</h2>
                    {loaded(articles, Skeleton::Cards, false, |index| {
                        let cards = index
                            .newest_first()
                            .into_iter()
                            .take(LATEST)
                            .map(|article| view! { <ArticleCard article /> })
                            .collect_view();
                        view! { <ul class="card-grid">{cards}</ul> }.into_any()
                    })}
                    <p><a class="more-link" href=href("/articles")>{w.t(Key::AllArticles)}</a></p>
                </section>
            </Show>
        </div>
    }
}
