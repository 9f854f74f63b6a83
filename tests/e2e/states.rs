//! Loading and failure states, where content is fetched while the visitor waits: in the
//! widget, and on the picker page when its content file does not come. (The other pages are
//! static: their content was checked and rendered at build time.)

use crate::browser::{check, Page, R};
use crate::embed::{inside, loader, named, widget_h1, widget_page};
use crate::prerender::layout_shift;
use crate::site::file;
use crate::{Ctx, Test};
use massage_guide::hosting::server::Fault;
use serde_json::{json, Value};
use std::time::Duration;

/// Every state test, in the order they run.
pub fn tests() -> Vec<Test> {
    tests![
        states_picker_page_without_its_content_says_so,
        states_widget_picker_shows_a_skeleton_while_loading,
        states_widget_keeps_its_room_while_its_code_is_late,
        states_widget_says_it_is_loading_the_page_a_link_goes_to,
        states_widget_picker_without_site_json_says_so,
        states_widget_picker_without_its_compact_content_reads_the_json,
        states_widget_without_its_words_says_so,
        states_network_failure_shows_retry_and_the_rest_works,
        states_http_error_names_the_file_and_status,
        states_malformed_json_names_the_file_and_field,
        states_html_in_json_is_shown_as_text,
    ]
}

/// Makes the server answer `/picker` with its prerendered page pointing to a content file
/// that is not there (the real one would come from the browser's cache).
fn picker_without_content(x: &Ctx) {
    let path = format!("{}/dist/picker/index.html", env!("CARGO_MANIFEST_DIR"));
    let html = std::fs::read_to_string(path).unwrap();
    let start = html.find("id=\"mg-data\" href=\"").unwrap() + "id=\"mg-data\" href=\"".len();
    let end = start + html[start..].find('"').unwrap();
    let html = format!("{}/assets/picker-gone.bin{}", &html[..start], &html[end..]);
    x.server.fault("/picker", Fault::Body(html));
}

/// Opens a page of the host's origin that holds one widget per view in `views`.
async fn widgets(x: &Ctx, views: &[&str]) -> R {
    widgets_with(x, views, "").await
}

/// The whole widget, which reads the content's JSON files, also for a picker on its own: with
/// a `content-base` (the site's own folder), it cannot take the picker-only one.
async fn whole_widgets(x: &Ctx, views: &[&str]) -> R {
    let attrs = format!(" content-base=\"{}\"", x.server.url("/content/"));
    widgets_with(x, views, &attrs).await
}

/// As `widgets`, each element with `attrs` too.
async fn widgets_with(x: &Ctx, views: &[&str], attrs: &str) -> R {
    let elements: String = views
        .iter()
        .map(|v| format!("<massage-guide view=\"{v}\"{attrs}></massage-guide>"))
        .collect();
    widget_page(x, &elements).await
}

/// Waits for `css` inside the widget `host`.
async fn wait_inside(p: &Page, host: &str, css: &str) -> R {
    p.wait(&format!("{} !== null", inside(host, css)), css)
        .await
}

/// Checks the text of the first `css` inside the widget `host`.
async fn text_inside(p: &Page, host: &str, css: &str, want: &str) -> R {
    let got = p
        .js(
            &format!(
                "const e = {}; return e && e.textContent.trim();",
                inside(host, css)
            ),
            vec![],
        )
        .await?;
    check(got == json!(want), || {
        format!("{css}: got {got}, want {want:?}")
    })
}

const ABOUT: &str = "massage-guide[view=about]";
const ARTICLES: &str = "massage-guide[view=articles]";
const PICKER: &str = "massage-guide[view=picker]";
const TYPES: &str = "massage-guide[view=massage-types]";

async fn states_picker_page_without_its_content_says_so(x: &Ctx) -> R {
    let p = &x.page;
    picker_without_content(x);
    p.open("/picker").await?;
    p.wait(
        "document.querySelector('#picker-app .load-error')",
        "the message",
    )
    .await?;
    let said = p.text("#picker-app .load-error").await?;
    check(
        said.contains("could not start") && said.contains("reload"),
        || format!("message {said:?}"),
    )?;
    // It offers a way on: the massage types, a static page.
    let links = p.attrs("#picker-app .load-error a", "href").await?;
    check(links == vec!["/massage".to_string()], || {
        format!("links {links:?}")
    })?;
    // The rest of the page is static and whole.
    p.wait_h1("Where does it hurt?").await?;
    check(p.texts("header .nav-list a").await?.len() == 4, || {
        "no navigation".into()
    })
}

/// The widget's code held back 4 s: its shadow root and a placeholder of a screen's height come
/// at once, and the host page's text after it does not jump when the picker arrives.
async fn states_widget_keeps_its_room_while_its_code_is_late(x: &Ctx) -> R {
    let p = &x.page;
    let loader = loader()?;
    // The picker-only widget's, which a widget that starts on the picker loads.
    let wasm = named(&loader, "picker wasm", |s| {
        s.contains("embed-picker") && s.ends_with(".wasm")
    })?;
    x.server.fault(
        &format!("/{wasm}"),
        Fault::Delay(Duration::from_millis(4000)),
    );
    // A wasm address of its own, which no earlier test has put in the browser's cache.
    x.server.fault(
        "/embed.js",
        Fault::Body(loader.replace(".wasm\"", ".wasm?late\"")),
    );
    let html = format!(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Late widget</title><script type=\"module\" src=\"{}\"></script></head><body><main><h1>Our clinic</h1><massage-guide view=\"picker\"></massage-guide><p id=after>Opening hours: every day.</p></main></body></html>",
        x.server.url("/embed.js")
    );
    x.host.fault("/late", Fault::Body(html));
    p.goto(&x.host.url("/late")).await?;
    p.wait(
        "(() => { const g = document.querySelector('massage-guide'); return g.shadowRoot && g.shadowRoot.querySelector('[role=status]') && g.getBoundingClientRect().height >= Math.min(innerHeight, 600) - 1; })()",
        "the placeholder",
    )
    .await?;
    let early = p
        .js(
            "return document.querySelector('massage-guide').shadowRoot.querySelector('.figure') === null",
            vec![],
        )
        .await?;
    check(early == json!(true), || "the wasm was not held back".into())?;
    p.wait_up_to(
        &format!("{} !== null", inside(PICKER, ".figure-front")),
        "the picker",
        20,
    )
    .await?;
    let cls = layout_shift(p).await?;
    println!(
        "     widget with its wasm 4 s late, {}: host layout shift {cls:.4}",
        p.engine.name()
    );
    check(cls <= 0.1, || format!("layout shift {cls}"))?;
    p.shadow_click(PICKER, ".figure-front [data-region=neck-front] .shape")
        .await?;
    wait_inside(p, PICKER, "#feel-title").await
}

/// The picker-only widget hands over to the pages-only one, whose code is 3 s late: meanwhile
/// the picker stays and a status says the guide is loading, where the visitor is looking.
async fn states_widget_says_it_is_loading_the_page_a_link_goes_to(x: &Ctx) -> R {
    let p = &x.page;
    let loader = loader()?;
    let wasm = named(&loader, "pages-only widget wasm", |s| {
        s.contains("massage-guide-embed-pages-") && s.ends_with(".wasm")
    })?;
    x.server.fault(
        &format!("/{wasm}"),
        Fault::Delay(Duration::from_millis(3000)),
    );
    // A wasm address of its own, which no earlier test has put in the browser's cache.
    x.server.fault(
        "/embed.js",
        Fault::Body(loader.replace(&format!("{wasm}\""), &format!("{wasm}?late\""))),
    );
    widgets(x, &["picker"]).await?;
    wait_inside(p, PICKER, ".figure-front").await?;
    p.shadow_click(PICKER, ".figure-front [data-region=neck-front] .shape")
        .await?;
    wait_inside(p, PICKER, "input[value=tight]").await?;
    p.shadow_click(PICKER, "input[value=tight]").await?;
    wait_inside(p, PICKER, ".suggestion h3 a").await?;
    p.shadow_click(PICKER, ".suggestion h3 a").await?;
    let status = p
        .js(
            &format!(
                "const s = {}; return s && [s.getAttribute('role'), s.textContent, s.getBoundingClientRect().bottom <= innerHeight, {} !== null];",
                inside(PICKER, ".mg-going"),
                inside(PICKER, ".figure-front")
            ),
            vec![],
        )
        .await?;
    check(
        status == json!(["status", "Loading the massage guide…", true, true]),
        || format!("while the page loads: {status}"),
    )?;
    p.wait_up_to(
        &format!(
            "{} !== null && {} === null",
            inside(PICKER, ".mg-bar:not([hidden]) .mg-back"),
            inside(PICKER, ".mg-going")
        ),
        "the page the link goes to",
        15,
    )
    .await
}

async fn states_widget_picker_shows_a_skeleton_while_loading(x: &Ctx) -> R {
    let p = &x.page;
    x.server.fault(
        "/content/picker.json",
        Fault::Delay(Duration::from_millis(2500)),
    );
    whole_widgets(x, &["picker"]).await?;
    wait_inside(p, PICKER, "[aria-busy=true]").await?;
    p.wait(
        &format!(
            "{} !== null && {} === null",
            inside(PICKER, ".figure-front"),
            inside(PICKER, "[aria-busy=true]")
        ),
        "the picker",
    )
    .await?;
    let cls = layout_shift(p).await?;
    check(cls < 0.001, || format!("layout shift {cls}"))?;
    // It works once loaded.
    p.shadow_click(PICKER, ".figure-front [data-region=neck-front] .shape")
        .await?;
    wait_inside(p, PICKER, "#feel-title").await
}

/// The picker-only widget's compact content does not come: the whole widget shows the picker
/// from the JSON files instead.
async fn states_widget_picker_without_its_compact_content_reads_the_json(x: &Ctx) -> R {
    let p = &x.page;
    let loader = loader()?;
    let data = named(&loader, "picker content", |s| {
        s.starts_with("assets/picker-") && s.ends_with(".bin")
    })?;
    // A name no earlier test has put in the browser's cache, and that the server does not have.
    x.server.fault(
        "/embed.js",
        Fault::Body(loader.replace(data, "assets/picker-gone.bin")),
    );
    widgets(x, &["picker"]).await?;
    wait_inside(p, PICKER, ".figure-front").await?;
    let loaded = p
        .js(
            "return performance.getEntriesByType('resource').map(e => e.name).filter(n => n.endsWith('/content/picker.json')).length;",
            vec![],
        )
        .await?;
    check(loaded.as_u64() >= Some(1), || {
        "the picker did not come from picker.json".into()
    })?;
    p.shadow_click(PICKER, ".figure-front [data-region=neck-front] .shape")
        .await?;
    wait_inside(p, PICKER, "#feel-title").await
}

/// The whole widget's words (fetched by `embed.js` while its code comes) do not come: it says
/// so in the locale's words, which `embed.js` carries, as an alert.
async fn states_widget_without_its_words_says_so(x: &Ctx) -> R {
    let p = &x.page;
    let loader = loader()?;
    let words = named(&loader, "words", |s| {
        s.starts_with("assets/words-en-") && s.ends_with(".json")
    })?;
    x.server.fault(
        "/embed.js",
        Fault::Body(loader.replace(words, "assets/words-gone.json")),
    );
    widgets(x, &["about"]).await?;
    wait_inside(p, "massage-guide[view=about]", "[role=alert]").await?;
    text_inside(
        p,
        "massage-guide[view=about]",
        "[role=alert]",
        "The massage guide could not be loaded. Please reload the page.",
    )
    .await
}

async fn states_widget_picker_without_site_json_says_so(x: &Ctx) -> R {
    let p = &x.page;
    x.server.fault("/content/site.json", Fault::Status(503));
    whole_widgets(x, &["picker"]).await?;
    wait_inside(p, PICKER, ".load-error code").await?;
    text_inside(
        p,
        PICKER,
        ".load-error code",
        "site.json: the server answered HTTP 503",
    )
    .await?;
    x.server.clear_faults();
    p.shadow_click(PICKER, ".load-error button").await?;
    wait_inside(p, PICKER, ".figure-front").await
}

async fn states_network_failure_shows_retry_and_the_rest_works(x: &Ctx) -> R {
    let p = &x.page;
    x.server.fault("/content/articles/index.json", Fault::Drop);
    widgets(x, &["articles", "picker"]).await?;
    wait_inside(p, ARTICLES, ".load-error").await?;
    text_inside(
        p,
        ARTICLES,
        ".load-error code",
        "articles/index.json: could not be loaded (network error)",
    )
    .await?;
    text_inside(p, ARTICLES, ".load-error button", "Try again").await?;
    // The picker does without the articles.
    widget_h1(p, PICKER, "Where does it hurt?").await?;
    p.shadow_click(PICKER, ".figure-front [data-region=neck-front] .shape")
        .await?;
    wait_inside(p, PICKER, "#feel-title").await?;
    x.server.clear_faults();
    p.shadow_click(ARTICLES, ".load-error button").await?;
    p.wait(
        &format!(
            "{}.querySelectorAll('.card').length >= 3",
            inside(ARTICLES, ".mg-widget")
        ),
        "the list after retrying",
    )
    .await
}

async fn states_http_error_names_the_file_and_status(x: &Ctx) -> R {
    let p = &x.page;
    x.server
        .fault("/content/massage-types.json", Fault::Status(500));
    widgets(x, &["massage-types"]).await?;
    wait_inside(p, TYPES, ".load-error code").await?;
    text_inside(
        p,
        TYPES,
        ".load-error code",
        "massage-types.json: the server answered HTTP 500",
    )
    .await?;
    x.server.clear_faults();
    p.shadow_click(TYPES, ".load-error button").await?;
    wait_inside(p, TYPES, ".card").await
}

async fn states_malformed_json_names_the_file_and_field(x: &Ctx) -> R {
    let p = &x.page;
    let mut broken: Value =
        serde_json::from_str(&file("articles/massage-for-sore-back.json")).unwrap();
    broken["blocks"][3].as_object_mut().unwrap().remove("text");
    x.server.fault(
        "/content/articles/massage-for-sore-back.json",
        Fault::Body(broken.to_string()),
    );
    x.server.fault(
        "/content/about.json",
        Fault::Body("{\"heading\": \"About\",".into()),
    );
    widgets(x, &["about", "articles"]).await?;
    wait_inside(p, ABOUT, ".load-error code").await?;
    text_inside(
        p,
        ABOUT,
        ".load-error code",
        "about.json: EOF while parsing a value",
    )
    .await?;
    p.shadow_click(ARTICLES, "a[href$='/articles/massage-for-sore-back']")
        .await?;
    widget_h1(p, ARTICLES, "Sorry, this could not be loaded").await?;
    text_inside(
        p,
        ARTICLES,
        ".load-error code",
        "articles/massage-for-sore-back.json: blocks[3]: missing field `text`",
    )
    .await?;
    // The widget is alive after both: its Back button still works.
    p.shadow_click(ARTICLES, ".mg-back").await?;
    widget_h1(p, ARTICLES, "Articles").await
}

async fn states_html_in_json_is_shown_as_text(x: &Ctx) -> R {
    let p = &x.page;
    let mut about: Value = serde_json::from_str(&file("about.json")).unwrap();
    let evil = "<b>Bold</b><img src=x onerror=\"window.__pwned=1\">";
    about["heading"] = json!(evil);
    let paragraph = about["blocks"]
        .as_array()
        .and_then(|b| b.iter().position(|b| b["type"] == "paragraph"))
        .ok_or("about.json has no paragraph")?;
    about["blocks"][paragraph]["text"] = json!(evil);
    x.server
        .fault("/content/about.json", Fault::Body(about.to_string()));
    widgets(x, &["about"]).await?;
    widget_h1(p, ABOUT, evil).await?;
    check(
        p.js(
            &format!(
                "return {}.querySelectorAll('b, img[onerror]').length",
                inside(ABOUT, ".mg-widget")
            ),
            vec![],
        )
        .await?
            == json!(0),
        || "injected elements".into(),
    )?;
    tokio::time::sleep(Duration::from_millis(200)).await;
    check(
        p.js("return window.__pwned === undefined", vec![]).await? == json!(true),
        || "a script ran".into(),
    )
}
