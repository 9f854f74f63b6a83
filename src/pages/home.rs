//! `/`: the clinic's About text, the way into the massage types, and the newest articles.

use crate::components::{
    article_card::ArticleCard,
    blocks::Blocks,
    loaded::{loaded, skeleton_view, Skeleton},
    page_meta::use_page_meta,
};
use crate::content::load::{Load, Remote};
use crate::content::About;
use crate::context::{host, href, store};
use leptos::prelude::*;

/// How many articles the home page shows.
const LATEST: usize = 3;

/// The home page.
#[component]
pub fn HomePage() -> impl IntoView {
    let about = Remote::<About>::new(&host().content, "about.json");
    let articles = store().articles;
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
                    <section class="about prose" aria-label="About">
                        {loaded(about, Skeleton::Text, true, |a| view! {
                            <h1>{a.heading.clone()}</h1>
                            <p class="lead">{a.subheading.clone()}</p>
                            <Blocks blocks=a.blocks.clone() />
                        }.into_any())}
                    </section>
                    <aside class="cta" aria-labelledby="cta-title">
                        <h2 id="cta-title">"Where does it hurt?"</h2>
                        <p>"Sore back, stiff neck, tired legs? See which kinds of massage may help, what a session is like, and who should check with a doctor first."</p>
                        <a class="button button-primary" href=href("/picker")>"Find the right massage"</a>
                    </aside>
                </div>
                <section class="latest" aria-labelledby="latest-title">
                    <h2 id="latest-title">"Latest articles"</h2>
                    {loaded(articles, Skeleton::Cards, false, |index| {
                        let cards = index
                            .newest_first()
                            .into_iter()
                            .take(LATEST)
                            .map(|article| view! { <ArticleCard article /> })
                            .collect_view();
                        view! { <ul class="card-grid">{cards}</ul> }.into_any()
                    })}
                    <p><a class="more-link" href=href("/articles")>"All articles"</a></p>
                </section>
            </Show>
        </div>
    }
}
