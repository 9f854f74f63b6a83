//! Prerendered pages: complete without JavaScript; every page but the picker loads no script
//! at all, and the picker page is taken over by the app with nothing visible changing, no
//! content fetched twice and no layout shift.

use crate::browser::{check, Page, R};
use crate::{Ctx, Test};
use fantoccini::Locator;
use massage_guide::content::{self, About, Article, ArticleIndex, Catalogue, Site};
use massage_guide::hosting::server::{http, Fault};
use serde_json::json;

/// Every prerender test (JavaScript on), in the order they run. The JavaScript-off check runs
/// in its own Firefox session (`no_js_every_page`, from main.rs).
pub fn tests() -> Vec<Test> {
    tests![
        prerender_static_pages_load_no_script,
        prerender_picker_takes_over_without_visible_change,
        prerender_picker_keeps_focus_through_the_takeover,
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

/// The layout shift measured so far (0 where the browser cannot measure it).
pub async fn layout_shift(p: &Page) -> R<f64> {
    if !layout_shift_supported(p).await? {
        return Ok(0.0);
    }
    let cls = p
        .js(
            "return new Promise(r => { new PerformanceObserver(l => r(l.getEntries().reduce((s, e) => s + e.value, 0))).observe({type: 'layout-shift', buffered: true}); setTimeout(() => r(0), 300); });",
            vec![],
        )
        .await?;
    cls.as_f64().ok_or_else(|| format!("layout shift {cls}"))
}

async fn prerender_static_pages_load_no_script(x: &Ctx) -> R {
    let p = &x.page;
    for (path, h1) in pages().into_iter().filter(|(path, _)| path != "/picker") {
        p.open(&path).await?;
        p.wait_h1(&h1).await?;
        let scripts = p
            .loaded()
            .await?
            .into_iter()
            .filter(|f| {
                f.ends_with(".js")
                    || f.ends_with(".wasm")
                    || (f.contains("/content/") && f.ends_with(".json"))
            })
            .collect::<Vec<_>>();
        check(scripts.is_empty(), || format!("{path} loaded {scripts:?}"))?;
        let tags = p
            .js("return document.querySelectorAll('script:not([type=\"application/ld+json\"]), link[rel=modulepreload], link[rel=preload]').length;", vec![])
            .await?;
        check(tags == json!(0), || format!("{path}: {tags} script tags"))?;
        let cls = layout_shift(p).await?;
        check(cls == 0.0, || format!("{path}: layout shift {cls}"))?;
    }
    Ok(())
}

async fn prerender_picker_takes_over_without_visible_change(x: &Ctx) -> R {
    let p = &x.page;
    let (_, _, html) = http("GET", &x.server.url("/picker"), None).map_err(|e| e.to_string())?;
    let html = String::from_utf8_lossy(&html).into_owned();
    p.open("/picker").await?;
    p.wait_h1("Where does it hurt?").await?;
    // The DOM the app made equals the prerendered one, element for element.
    let diff = p
        .js(
            &format!("{SIGNATURE} const a = sig(document.body), b = sig(new DOMParser().parseFromString(arguments[0], 'text/html').body); if (a.length !== b.length) return ['elements', a.length, b.length, a.find((s, i) => s !== b[i]), b.find((s, i) => s !== a[i])]; const i = a.findIndex((s, i) => s !== b[i]); return i < 0 ? null : [a[i], b[i]];"),
            vec![json!(html)],
        )
        .await?;
    check(diff.is_null(), || {
        format!("app and prerender differ: {diff}")
    })?;
    // The page's content came with it: nothing fetched again; the wasm was loaded.
    let files = p.loaded().await?;
    check(
        !files.iter().any(|f| f.contains("/content/"))
            && files.iter().any(|f| f.ends_with(".wasm")),
        || format!("loaded {files:?}"),
    )?;
    let cls = layout_shift(p).await?;
    check(cls == 0.0, || format!("layout shift {cls}"))?;
    // It is live: a choice goes to the address bar.
    p.click(".figure-front [data-region=neck-front] .shape")
        .await?;
    p.wait(
        "location.search.includes('neck-front')",
        "the choice in the address",
    )
    .await?;
    let h1s = p
        .js("return document.querySelectorAll('h1').length;", vec![])
        .await?;
    check(h1s == json!(1), || format!("{h1s} h1 elements"))
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

async fn prerender_picker_keeps_focus_through_the_takeover(x: &Ctx) -> R {
    let p = &x.page;
    // The picker page without its loader, which the test adds once it has moved focus: a
    // visitor on a slow connection is in the page before the app is.
    let page = format!("{}/dist/picker/index.html", env!("CARGO_MANIFEST_DIR"));
    let html = std::fs::read_to_string(page).unwrap();
    let boot = massage_guide::hosting::headers::BOOT_SCRIPT;
    let tag = format!("<script type=\"module\">{boot}</script>");
    let start = html.find(&tag).ok_or("no boot script")?;
    let end = start + tag.len();
    x.server.fault(
        "/__picker-later",
        Fault::Body(format!("{}{}", &html[..start], &html[end..])),
    );
    p.open_raw("/__picker-later").await?;
    let button = ".mode-switch button:nth-child(2)";
    let early = p
        .js(
            "document.querySelector(arguments[0]).focus(); return document.documentElement.dataset.picker === undefined && document.activeElement.matches(arguments[0]);",
            vec![json!(button)],
        )
        .await?;
    check(early == json!(true), || {
        "could not focus before the app started".into()
    })?;
    p.js(
        "const s = document.createElement('script'); s.type = 'module'; s.textContent = arguments[0]; document.head.append(s);",
        vec![json!(boot)],
    )
    .await?;
    p.wait_app().await?;
    let kept = p
        .js(
            "return document.activeElement.isConnected && document.activeElement.matches(arguments[0]);",
            vec![json!(button)],
        )
        .await?;
    check(kept == json!(true), || {
        "focus was lost when the app took over".into()
    })?;
    // And it is the live button now.
    p.js("document.activeElement.click();", vec![]).await?;
    p.wait("document.querySelector('input[name=region]')", "the list")
        .await
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
