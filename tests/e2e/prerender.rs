//! Prerendered pages: complete without JavaScript, and taken over by the app with nothing
//! visible changing, no content fetched twice and no layout shift.

use crate::browser::{check, Page, R};
use crate::{Ctx, Test};
use fantoccini::Locator;
use massage_guide::content::{self, About, Article, ArticleIndex, Catalogue, Site};
use massage_guide::hosting::server::http;
use serde_json::json;

/// Every prerender test (JavaScript on), in the order they run. The JavaScript-off check runs
/// in its own Firefox session (`no_js_every_page`, from main.rs).
pub fn tests() -> Vec<Test> {
    tests![
        prerender_app_takes_over_without_visible_change,
        prerender_navigation_works_after_takeover,
    ]
}

fn content<T: serde::de::DeserializeOwned>(name: &str) -> T {
    let path = format!("{}/public/content/{name}", env!("CARGO_MANIFEST_DIR"));
    content::parse(name, &std::fs::read_to_string(path).unwrap()).unwrap()
}

/// Each kind of page with the h1 it must show.
fn pages() -> Vec<(String, String)> {
    let about: About = content("about.json");
    let index: ArticleIndex = content("articles/index.json");
    let catalogue: Catalogue = content("massage-types.json");
    let mut pages = vec![
        ("/".to_string(), about.heading),
        ("/articles".into(), "Articles".into()),
        ("/massage".into(), "Massage types".into()),
        ("/picker".into(), "Where does it hurt?".into()),
        ("/no-such-page".into(), "Page not found".into()),
    ];
    for a in &index.articles {
        let article: Article = content(&format!("articles/{}.json", a.slug));
        pages.push((format!("/articles/{}", a.slug), article.title));
    }
    for t in &catalogue.types {
        pages.push((format!("/massage/{}", t.id), t.name.clone()));
    }
    pages
}

/// Every element of `root` outside `<noscript>`: tag, sorted attributes and own text. Leptos
/// builds static SVG parts inside a bare `<g>` that it leaves in place; such a group draws
/// nothing itself, so bare groups are left out.
const SIGNATURE: &str = "const sig = root => [...root.querySelectorAll('*')].filter(e => !e.closest('noscript') && !(e.tagName === 'g' && e.attributes.length === 0)).map(e => e.tagName + '[' + [...e.attributes].map(a => a.name + '=' + a.value).sort().join(' ') + '] ' + [...e.childNodes].filter(n => n.nodeType === 3).map(n => n.data).join('').trim());";

async fn prerender_app_takes_over_without_visible_change(x: &Ctx) -> R {
    let p = &x.page;
    for (path, h1) in pages() {
        let (_, _, html) = http("GET", &x.server.url(&path), None).map_err(|e| e.to_string())?;
        let html = String::from_utf8_lossy(&html).into_owned();
        p.open(&path).await?;
        p.wait_h1(&h1).await?;
        // The DOM the app made equals the prerendered one, element for element.
        let diff = p
            .js(
                &format!("{SIGNATURE} const a = sig(document.body), b = sig(new DOMParser().parseFromString(arguments[0], 'text/html').body); if (a.length !== b.length) return ['elements', a.length, b.length, a.find((s, i) => s !== b[i]), b.find((s, i) => s !== a[i])]; const i = a.findIndex((s, i) => s !== b[i]); return i < 0 ? null : [a[i], b[i]];"),
                vec![json!(html)],
            )
            .await?;
        check(diff.is_null(), || {
            format!("{path}: app and prerender differ: {diff}")
        })?;
        // The page's content came with it: nothing fetched again.
        let fetched = p
            .js(
                "return performance.getEntriesByType('resource').map(e => new URL(e.name).pathname).filter(n => n.includes('/content/'));",
                vec![],
            )
            .await?;
        check(fetched == json!([]), || {
            format!("{path}: fetched {fetched}")
        })?;
        if layout_shift_supported(p).await? {
            let cls = p
                .js(
                    "return new Promise(r => { new PerformanceObserver(l => r(l.getEntries().reduce((s, e) => s + e.value, 0))).observe({type: 'layout-shift', buffered: true}); setTimeout(() => r(0), 300); });",
                    vec![],
                )
                .await?;
            check(cls.as_f64() == Some(0.0), || {
                format!("{path}: layout shift {cls}")
            })?;
        }
    }
    Ok(())
}

/// Chromium measures layout shifts; Firefox and WebKit do not have the API.
async fn layout_shift_supported(p: &Page) -> R<bool> {
    Ok(p.js(
        "return PerformanceObserver.supportedEntryTypes.includes('layout-shift');",
        vec![],
    )
    .await?
        == json!(true))
}

async fn prerender_navigation_works_after_takeover(x: &Ctx) -> R {
    let p = &x.page;
    p.open("/articles/massage-for-sore-back").await?;
    p.js("window.__same_page = true;", vec![]).await?;
    p.click_link("header", "Massage types").await?;
    p.wait_path("/massage").await?;
    p.wait_h1("Massage types").await?;
    p.click_link("main", "Swedish massage").await?;
    p.wait_h1("Swedish massage").await?;
    let same = p.js("return window.__same_page === true;", vec![]).await?;
    check(same == json!(true), || {
        "links reloaded the page instead of the app navigating".into()
    })?;
    let h1s = p
        .js("return document.querySelectorAll('h1').length;", vec![])
        .await?;
    check(h1s == json!(1), || format!("{h1s} h1 elements"))
}

/// With JavaScript off (a Firefox session with `javascript.enabled` false), every page shows
/// its h1 and its text; the picker says it needs JavaScript and lists the massage types.
/// Only WebDriver's own element commands are used here: page scripts cannot run.
pub async fn no_js_every_page(x: &Ctx) -> R {
    let p = &x.page;
    let phone = content::<Site>("site.json").contact.phone;
    let mut problems = Vec::new();
    for (path, h1) in pages() {
        p.goto(&x.server.url(&path)).await?;
        let heading =
            p.c.find(Locator::Css("h1"))
                .await
                .map_err(|e| format!("{path}: {e}"))?;
        let text = heading.text().await.map_err(|e| e.to_string())?;
        if text.trim() != h1 {
            problems.push(format!("{path}: h1 {text:?}, want {h1:?}"));
        }
        let main =
            p.c.find(Locator::Css("main"))
                .await
                .map_err(|e| e.to_string())?;
        let words = main.text().await.map_err(|e| e.to_string())?;
        if words.split_whitespace().count() < 20 {
            problems.push(format!("{path}: only {words:?}"));
        }
        let footer =
            p.c.find(Locator::Css("footer"))
                .await
                .map_err(|e| e.to_string())?;
        if !footer
            .text()
            .await
            .map_err(|e| e.to_string())?
            .contains(&phone)
        {
            problems.push(format!("{path}: the footer has no phone number"));
        }
    }
    p.goto(&x.server.url("/picker")).await?;
    let notice =
        p.c.find(Locator::Css(".no-js"))
            .await
            .map_err(|e| e.to_string())?;
    let said = notice.text().await.map_err(|e| e.to_string())?;
    if !said.contains("needs JavaScript") {
        problems.push(format!("picker notice {said:?}"));
    }
    let links = notice
        .find_all(Locator::Css("a"))
        .await
        .map_err(|e| e.to_string())?;
    let catalogue: Catalogue = content("massage-types.json");
    if links.len() != catalogue.types.len() {
        problems.push(format!("picker lists {} massage types", links.len()));
    }
    let figure =
        p.c.find(Locator::Css(".picker-layout"))
            .await
            .map_err(|e| e.to_string())?;
    if figure.is_displayed().await.map_err(|e| e.to_string())? {
        problems.push("the picker, which cannot work, is shown".into());
    }
    check(problems.is_empty(), || problems.join("; "))
}
