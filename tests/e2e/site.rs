//! The site's end-to-end tests: every route, navigation, titles, failure states, axe.

use crate::browser::{check, Engine, Page, R};
use crate::{Ctx, Test};
use massage_guide::content::{
    self, About, Article, ArticleIndex, Block, Catalogue, MassageType, Site,
};
use massage_guide::hosting::server::{http, Fault};
use serde_json::json;

/// Every test of the site, in the order they run.
pub fn tests() -> Vec<Test> {
    tests![
        home_shows_about_text_cta_and_latest_articles,
        every_route_sets_title_and_description,
        links_load_the_pages_with_back_and_forward,
        articles_list_newest_first_with_date_and_reading_time,
        seed_article_deep_link_renders_word_for_word,
        massage_catalogue_lists_offered_types_first,
        massage_type_page_cites_sources_and_books,
        massage_type_not_offered_shows_contact_instead,
        unknown_paths_slugs_and_ids_show_not_found,
        footer_has_contact_links_and_opening_hours,
        skip_link_is_first_and_moves_focus_to_main,
        pages_fit_360px_without_sideways_scrolling,
        pictures_come_sized_and_as_large_as_the_screen_needs,
        print_hides_navigation_and_footer,
        axe_light_scheme_every_route,
        axe_dark_scheme_every_route_chromium,
    ]
}

/// The text of a shipped content file (`articles/index.json`).
pub fn file(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/public/content/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap_or_else(|e| panic!("{name}: {e}"))
}

pub fn load<T: serde::de::DeserializeOwned>(name: &str) -> T {
    content::parse(name, &file(name)).unwrap()
}

fn texts_of(blocks: &[Block], f: impl Fn(&Block) -> bool) -> Vec<String> {
    blocks
        .iter()
        .filter(|b| f(b))
        .flat_map(|b| b.texts())
        .map(String::from)
        .collect()
}

fn eq<T: PartialEq + std::fmt::Debug>(what: &str, got: T, want: T) -> R {
    check(got == want, || {
        format!("{what}: got {got:?}, want {want:?}")
    })
}

/// Waits for the page's content: one h1 and no loading skeleton left.
async fn settled(p: &Page) -> R {
    p.wait(
        "document.querySelectorAll('h1').length === 1 && !document.querySelector('[aria-busy=true]')",
        "the page to finish loading",
    )
    .await
}

async fn home_shows_about_text_cta_and_latest_articles(x: &Ctx) -> R {
    let p = &x.page;
    let about: About = load("about.json");
    let index: ArticleIndex = load("articles/index.json");
    p.open("/").await?;
    p.wait_h1(&about.heading).await?;
    eq(
        "subheading",
        p.text(".about .lead").await?,
        about.subheading.clone(),
    )?;
    eq(
        "about paragraphs",
        p.texts(".about p:not(.lead)").await?,
        texts_of(&about.blocks, |b| matches!(b, Block::Paragraph { .. })),
    )?;
    eq(
        "CTA heading",
        p.text(".cta h2").await?,
        "Where does it hurt?".into(),
    )?;
    eq(
        "CTA link",
        p.attrs(".cta a", "href").await?,
        vec!["/picker".to_string()],
    )?;
    p.wait(
        "document.querySelectorAll('.latest .card').length === 3",
        "three article cards",
    )
    .await?;
    let newest: Vec<String> = index
        .newest_first()
        .into_iter()
        .take(3)
        .map(|a| a.title)
        .collect();
    eq(
        "latest article titles",
        p.texts(".latest .card h3").await?,
        newest,
    )
}

async fn every_route_sets_title_and_description(x: &Ctx) -> R {
    let p = &x.page;
    let site: Site = load("site.json");
    let about: About = load("about.json");
    let index: ArticleIndex = load("articles/index.json");
    let seed = index.find("massage-for-sore-back").unwrap();
    let cat: Catalogue = load("massage-types.json");
    let swedish = cat.find("swedish").unwrap();
    let routes = [
        (
            "/",
            about.heading.as_str(),
            Some(about.description.as_str()),
        ),
        ("/articles", "Articles", None),
        (
            "/articles/massage-for-sore-back",
            seed.title.as_str(),
            Some(seed.summary.as_str()),
        ),
        ("/massage", "Massage types", None),
        (
            "/massage/swedish",
            swedish.name.as_str(),
            Some(swedish.summary.as_str()),
        ),
        ("/no-such-page", "Page not found", None),
    ];
    for (path, title, description) in routes {
        p.open(path).await?;
        let want = format!("{title} · {}", site.name);
        p.wait(
            &format!("document.title === {}", json!(want)),
            &format!("title {want:?} on {path}"),
        )
        .await?;
        let meta = p
            .js(
                "return document.querySelector('meta[name=description]').content",
                vec![],
            )
            .await?;
        let meta = meta.as_str().unwrap_or_default().to_string();
        match description {
            Some(d) => eq(&format!("description on {path}"), meta.as_str(), d)?,
            None => check(meta.len() > 40, || {
                format!("{path}: short description {meta:?}")
            })?,
        }
    }
    Ok(())
}

async fn links_load_the_pages_with_back_and_forward(x: &Ctx) -> R {
    let p = &x.page;
    let index: ArticleIndex = load("articles/index.json");
    let newest = &index.newest_first()[0];
    p.open("/").await?;
    p.click_link("header", "Articles").await?;
    p.wait_path("/articles").await?;
    p.wait_h1("Articles").await?;
    eq(
        "aria-current",
        p.attrs("header a[aria-current=page]", "href").await?,
        vec!["/articles".into()],
    )?;
    p.click(".card-link").await?;
    p.wait_path(&format!("/articles/{}", newest.slug)).await?;
    p.wait_h1(&newest.title).await?;
    eq(
        "aria-current inside the section",
        p.attrs("header a[aria-current=page]", "href").await?,
        vec!["/articles".into()],
    )?;
    p.c.back().await.map_err(|e| e.to_string())?;
    p.wait_path("/articles").await?;
    p.wait_h1("Articles").await?;
    p.c.forward().await.map_err(|e| e.to_string())?;
    p.wait_path(&format!("/articles/{}", newest.slug)).await?;
    p.wait_h1(&newest.title).await?;
    p.wait("document.querySelector('.related a')", "the related links")
        .await?;
    p.click(".related a").await?;
    p.wait(
        "location.pathname.startsWith('/massage/')",
        "a massage type",
    )
    .await?;
    p.click_link("header", "Massage types").await?;
    p.wait_path("/massage").await?;
    p.wait_h1("Massage types").await?;
    // A link to a page that does not exist: the address stays as linked.
    p.js("const a = document.createElement('a'); a.href = '/no-such-page'; a.id = 'dead'; a.textContent = 'dead link'; document.querySelector('main').prepend(a);", vec![]).await?;
    p.click("#dead").await?;
    p.wait_path("/no-such-page").await?;
    p.wait_h1("Page not found").await?;
    p.click(".brand").await?;
    p.wait_path("/").await?;
    p.wait_h1("About Me").await?;
    eq(
        "aria-current at home",
        p.attrs("header a[aria-current=page]", "href").await?,
        vec!["/".into()],
    )
}

async fn articles_list_newest_first_with_date_and_reading_time(x: &Ctx) -> R {
    let p = &x.page;
    let index: ArticleIndex = load("articles/index.json");
    p.open("/articles").await?;
    p.wait_h1("Articles").await?;
    settled(p).await?;
    let list = index.newest_first();
    eq(
        "titles",
        p.texts(".card h2").await?,
        list.iter().map(|a| a.title.clone()).collect(),
    )?;
    eq(
        "summaries",
        p.texts(".card p:not(.meta)").await?,
        list.iter().map(|a| a.summary.clone()).collect(),
    )?;
    let metas = p.texts(".card .meta").await?;
    for (meta, a) in metas.iter().zip(&list) {
        let want = format!(
            "{} · {} min read",
            massage_guide::locale::load("en").unwrap().date(&a.date),
            a.reading_minutes
        );
        eq("card meta", meta.as_str(), want.as_str())?;
    }
    eq(
        "datetime",
        p.attrs(".card time", "datetime").await?,
        list.iter().map(|a| a.date.clone()).collect(),
    )
}

async fn seed_article_deep_link_renders_word_for_word(x: &Ctx) -> R {
    let p = &x.page;
    let article: Article = load("articles/massage-for-sore-back.json");
    // Every page is a file of its own: the deep link is answered 200, complete in the HTML.
    let (status, _, body) = http(
        "GET",
        &x.server.url("/articles/massage-for-sore-back"),
        None,
    )
    .map_err(|e| e.to_string())?;
    eq("deep link status", status, 200)?;
    let body = String::from_utf8_lossy(&body);
    check(
        body.contains(&format!("<h1>{}</h1>", article.title)),
        || "the article's HTML lacks its heading".into(),
    )?;

    let index: ArticleIndex = load("articles/index.json");
    p.open("/articles/massage-for-sore-back").await?;
    p.wait_h1(&article.title).await?;
    settled(p).await?;
    eq(
        "section headings",
        p.texts("article > h2").await?,
        texts_of(&article.blocks, |b| matches!(b, Block::Heading { .. })),
    )?;
    eq(
        "paragraphs word for word",
        p.texts("article > p").await?,
        texts_of(&article.blocks, |b| matches!(b, Block::Paragraph { .. })),
    )?;
    eq("headings count", p.texts("article > h2").await?.len(), 5)?;
    let meta = p.text(".article-header .meta").await?;
    eq(
        "byline",
        meta.as_str(),
        "By The clinic team · 2 March 2024 · 3 min read",
    )?;
    p.wait(
        "document.querySelectorAll('.related a').length === 3",
        "related links",
    )
    .await?;
    eq(
        "related links",
        p.attrs(".related a", "href").await?,
        index
            .find("massage-for-sore-back")
            .unwrap()
            .related
            .iter()
            .map(|id| format!("/massage/{id}"))
            .collect(),
    )?;
    p.click_link("aside", "Swedish massage").await?;
    p.wait_path("/massage/swedish").await?;
    p.wait_h1("Swedish massage").await
}

async fn massage_catalogue_lists_offered_types_first(x: &Ctx) -> R {
    let p = &x.page;
    let site: Site = load("site.json");
    let cat: Catalogue = load("massage-types.json");
    p.open("/massage").await?;
    p.wait_h1("Massage types").await?;
    settled(p).await?;
    let (offered, other): (Vec<&MassageType>, Vec<&MassageType>) =
        cat.types.iter().partition(|t| site.offered.contains(&t.id));
    eq(
        "offered heading",
        p.text("#offered-title").await?,
        format!("Offered at {}", site.name),
    )?;
    let names = |ts: &[&MassageType]| ts.iter().map(|t| t.name.clone()).collect::<Vec<_>>();
    eq(
        "offered types",
        p.texts("[aria-labelledby=offered-title] .card h3").await?,
        names(&offered),
    )?;
    eq(
        "other types",
        p.texts("[aria-labelledby=other-title] .card h3").await?,
        names(&other),
    )?;
    p.click_link("section", &offered[1].name).await?;
    p.wait_path(&format!("/massage/{}", offered[1].id)).await?;
    p.wait_h1(&offered[1].name).await
}

async fn massage_type_page_cites_sources_and_books(x: &Ctx) -> R {
    let p = &x.page;
    let site: Site = load("site.json");
    let cat: Catalogue = load("massage-types.json");
    let t = cat.find("deep-tissue").unwrap();
    p.open("/massage/deep-tissue").await?;
    p.wait_h1(&t.name).await?;
    settled(p).await?;
    eq("summary", p.text(".lead").await?, t.summary.clone())?;
    eq(
        "facts",
        p.texts(".facts dd").await?,
        vec![t.pressure.clone(), t.length.clone()],
    )?;
    let items = p.texts(".benefits li").await?;
    eq("benefit count", items.len(), t.may_help.len())?;
    for (item, b) in items.iter().zip(&t.may_help) {
        check(item.starts_with(&b.text), || {
            format!("benefit {item:?} should start {:?}", b.text)
        })?;
    }
    eq(
        "source links",
        p.attrs(".benefits .source a", "href").await?,
        t.may_help.iter().map(|b| b.source.url.clone()).collect(),
    )?;
    eq(
        "cautions",
        p.texts(".cautions li").await?,
        t.cautions.clone(),
    )?;
    p.wait(
        "document.querySelector('.booking a.button')",
        "the booking link",
    )
    .await?;
    let booking = site.booking.as_ref().unwrap();
    eq(
        "booking href",
        p.attrs(".booking a.button", "href").await?,
        vec![booking.url_for("deep-tissue")],
    )?;
    eq(
        "booking text",
        p.text(".booking a.button").await?,
        format!("{}: {}", booking.label, t.name),
    )
}

async fn massage_type_not_offered_shows_contact_instead(x: &Ctx) -> R {
    let p = &x.page;
    let site: Site = load("site.json");
    check(!site.offered.contains(&"thai".to_string()), || {
        "fixture: thai must not be offered".into()
    })?;
    p.open("/massage/thai").await?;
    p.wait_h1("Thai massage").await?;
    p.wait(
        "document.querySelector('.booking-unavailable')",
        "the not-offered note",
    )
    .await?;
    let text = p.text(".booking-unavailable").await?;
    check(text.contains("does not offer Thai massage"), || {
        format!("note: {text:?}")
    })?;
    eq(
        "contact links",
        p.attrs(".booking-unavailable a", "href").await?,
        vec![
            format!("tel:{}", site.contact.phone_link),
            format!("mailto:{}", site.contact.email),
        ],
    )?;
    eq(
        "no booking button",
        p.attrs(".booking a.button", "href").await?.len(),
        0,
    )
}

async fn unknown_paths_slugs_and_ids_show_not_found(x: &Ctx) -> R {
    let p = &x.page;
    for path in [
        "/no-such-page",
        "/articles/no-such-article",
        "/massage/no-such-type",
        "/articles/UPPER",
        "/a/b/c",
    ] {
        p.open(path).await?;
        p.wait_h1("Page not found").await?;
        let (status, _, _) = http("GET", &x.server.url(path), None).map_err(|e| e.to_string())?;
        eq(&format!("status of {path}"), status, 404)?;
    }
    p.click_link("main", "Articles").await?;
    p.wait_path("/articles").await?;
    p.wait_h1("Articles").await
}

async fn footer_has_contact_links_and_opening_hours(x: &Ctx) -> R {
    let p = &x.page;
    let site: Site = load("site.json");
    p.open("/articles").await?;
    p.wait("document.querySelector('footer address')", "the footer")
        .await?;
    eq(
        "contact links",
        p.attrs("footer a", "href").await?,
        vec![
            format!("tel:{}", site.contact.phone_link),
            format!("mailto:{}", site.contact.email),
        ],
    )?;
    eq(
        "address",
        p.texts("footer address span").await?,
        site.contact.address.clone(),
    )?;
    eq(
        "hours days",
        p.texts("footer .hours th").await?,
        site.hours.iter().map(|h| h.days.clone()).collect(),
    )?;
    eq(
        "hours times",
        p.texts("footer .hours td").await?,
        site.hours.iter().map(|h| h.time.clone()).collect(),
    )?;
    eq(
        "landmarks",
        p.js(
            "return ['header', 'nav', 'main', 'footer', 'nav[aria-label=Main]', 'nav[aria-label=Language]'].map(s => document.querySelectorAll(s).length)",
            vec![],
        )
        .await?,
        // The sections and the languages: two navigation landmarks, each named.
        json!([1, 2, 1, 1, 1, 1]),
    )
}

async fn skip_link_is_first_and_moves_focus_to_main(x: &Ctx) -> R {
    let p = &x.page;
    p.open("/articles").await?;
    settled(p).await?;
    let first = p
        .js("return document.querySelector('a, button, [tabindex]:not([tabindex=\"-1\"])').textContent", vec![])
        .await?;
    eq("first focusable", first, json!("Skip to content"))?;
    p.js("document.querySelector('.skip-link').focus()", vec![])
        .await?;
    let top = p
        .js(
            "return document.querySelector('.skip-link').getBoundingClientRect().top",
            vec![],
        )
        .await?;
    check(top.as_f64().unwrap_or(-1.0) >= 0.0, || {
        format!("focused skip link is off screen (top {top})")
    })?;
    p.click(".skip-link").await?;
    p.wait(
        "document.activeElement && document.activeElement.id === 'main'",
        "focus on main",
    )
    .await?;
    eq(
        "still on the page",
        p.path().await?,
        "/articles".to_string(),
    )
}

/// One path of each kind of page, including picker states and an unknown path.
pub const ROUTES: [&str; 10] = [
    "/",
    "/articles",
    "/articles/massage-for-sore-back",
    "/massage",
    "/massage/swedish",
    "/picker",
    "/picker?regions=lower-back,calf-left&complaints=tight,swelling",
    "/picker?regions=chest&yes=chest-pain",
    "/picker?regions=lower-back&complaints=tight",
    "/no-such-page",
];

/// A page holding a 360 x 740 iframe (`#f`): Firefox and WebKit windows cannot get that
/// narrow, so the frame gives every engine the same phone-sized viewport (same origin, so the
/// test can look inside).
async fn open_phone_frame(x: &Ctx) -> R {
    let frame = "<!doctype html><title>frame</title><body style='margin:0'><iframe id=f style='width:360px;height:740px;border:0'></iframe>";
    x.server.fault("/__phone.html", Fault::Body(frame.into()));
    x.page.open_raw("/__phone.html").await
}

async fn pictures_come_sized_and_as_large_as_the_screen_needs(x: &Ctx) -> R {
    let p = &x.page;
    open_phone_frame(x).await?;
    let facts = "const d = document.getElementById('f').contentDocument; const i = d.querySelector('.picture img'); const r = i.getBoundingClientRect(); return [i.currentSrc, i.getAttribute('width'), i.getAttribute('height'), i.getAttribute('fetchpriority'), i.getAttribute('loading'), i.alt, Math.round(r.width), Math.round(r.height), i.closest('figure').querySelector('figcaption')?.textContent ?? null];";
    let show = |path: &'static str| async move {
        p.js(
            "document.getElementById('f').src = arguments[0]",
            vec![json!(path)],
        )
        .await?;
        p.wait(
            &format!("(() => {{ const d = document.getElementById('f').contentDocument; return d && d.location.pathname === {} && d.readyState === 'complete' && d.querySelector('.picture img'); }})()", json!(path)),
            &format!("{path} in the 360 px frame"),
        )
        .await?;
        p.js("document.getElementById('f').contentDocument.querySelector('.picture').scrollIntoView();", vec![]).await?;
        p.wait(
            "(() => { const i = document.getElementById('f').contentDocument.querySelector('.picture img'); return i.complete && i.naturalWidth > 0; })()",
            &format!("the picture on {path} to load"),
        )
        .await?;
        p.js(facts, vec![]).await
    };
    // About: on the first screen, fetched first; a copy in WebP fit for a 320 px column (the
    // 360 px one, or the 720 px one when a wider window put it in the cache already).
    let about = show("/").await?;
    check(
        about[0].as_str().is_some_and(|s| {
            s.ends_with("/content/images/treatment-room.360.webp")
                || s.ends_with("/content/images/treatment-room.720.webp")
        })
            && about[1] == "1200"
            && about[2] == "800"
            && about[3] == "high"
            && about[4].is_null()
            && about[5]
                .as_str()
                .is_some_and(|a| a.starts_with("The treatment room"))
            // 320 px: the 360 px column less its margins (and Firefox's scrollbar in frames).
            && about[6].as_f64().is_some_and(|w| (300.0..=320.0).contains(&w)
                && about[7].as_f64().is_some_and(|h| (h * 1.5 - w).abs() <= 2.0)),
        || format!("the About picture: {about}"),
    )?;
    // The article's: further down, loaded lazily, with its caption.
    let article = show("/articles/massage-and-sports-recovery").await?;
    check(
        article[0]
            .as_str()
            .is_some_and(|s| s.contains("/content/images/recovery-kit."))
            && article[3].is_null()
            && article[4] == "lazy"
            && article[8]
                .as_str()
                .is_some_and(|c| c.starts_with("A foam roller, a towel and water")),
        || format!("the article's picture: {article}"),
    )?;
    // In the widget: the size from the published content, so it takes its room at once.
    let html = format!(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>W</title><script type=\"module\" src=\"{}\"></script></head><body><massage-guide view=\"about\"></massage-guide></body></html>",
        x.server.url("/embed.js")
    );
    x.host.fault("/picture-widget", Fault::Body(html));
    p.goto(&x.host.url("/picture-widget")).await?;
    let img = "document.querySelector('massage-guide').shadowRoot?.querySelector('.picture img')";
    p.wait(
        &format!("{img}?.complete && {img}.naturalWidth > 0"),
        "the widget's picture",
    )
    .await?;
    let widget = p
        .js(&format!("const i = {img}; return [i.getAttribute('width'), i.getAttribute('height'), i.currentSrc];"), vec![])
        .await?;
    check(
        widget[0] == "1200"
            && widget[1] == "800"
            && widget[2]
                .as_str()
                .is_some_and(|s| s.ends_with("/content/images/treatment-room.png")),
        || format!("the widget's picture: {widget}"),
    )
}

async fn pages_fit_360px_without_sideways_scrolling(x: &Ctx) -> R {
    let p = &x.page;
    open_phone_frame(x).await?;
    for route in ROUTES {
        p.js(
            "document.getElementById('f').src = arguments[0]",
            vec![json!(route)],
        )
        .await?;
        p.wait(
            &format!("(() => {{ const d = document.getElementById('f').contentDocument; return d && d.location.pathname + d.location.search === {} && d.querySelectorAll('h1').length === 1 && !d.querySelector('[aria-busy=true]'); }})()", json!(route)),
            &format!("{route} in the 360 px frame"),
        )
        .await?;
        let widths = p
            .js("const d = document.getElementById('f').contentDocument.documentElement; return [d.scrollWidth, d.clientWidth];", vec![])
            .await?;
        // clientWidth is 360 less any classic scrollbar (Firefox draws one in frames).
        let (scroll, client) = (
            widths[0].as_i64().unwrap_or(0),
            widths[1].as_i64().unwrap_or(0),
        );
        check(scroll <= client && client >= 340, || {
            format!("{route}: scroll/client width {widths}")
        })?;
    }
    Ok(())
}

async fn print_hides_navigation_and_footer(x: &Ctx) -> R {
    let p = &x.page;
    p.open("/articles/massage-for-sore-back").await?;
    settled(p).await?;
    // Every engine: the stylesheet has a print rule that hides the site's chrome.
    let hidden = p
        .js(
            "for (const s of document.styleSheets) for (const r of s.cssRules) if (r.media && r.media.mediaText === 'print') for (const i of r.cssRules) if (i.selectorText && i.selectorText.includes('.site-header') && i.selectorText.includes('.site-footer') && i.style.display === 'none') return true; return false;",
            vec![],
        )
        .await?;
    eq("print rule hides header and footer", hidden, json!(true))?;
    if p.engine == Engine::Chromium {
        p.cdp("Emulation.setEmulatedMedia", json!({"media": "print"}))
            .await?;
        let shown = p
            .js("return ['header','footer','nav','.skip-link','article h1','article > p'].map(s => document.querySelector(s).getClientRects().length > 0)", vec![])
            .await;
        p.cdp("Emulation.setEmulatedMedia", json!({"media": ""}))
            .await?;
        eq(
            "shown in print",
            shown?,
            json!([false, false, false, false, true, true]),
        )?;
    }
    Ok(())
}

/// Runs axe-core on every route; `scheme` only labels the messages.
/// The axe-core violations on the current page, within `context` (an axe context as JS,
/// e.g. `document`), as "rule on target" lines.
pub async fn axe(p: &Page, context: &str) -> R<Vec<String>> {
    let axe = std::fs::read_to_string(format!(
        "{}/node_modules/axe-core/axe.min.js",
        env!("CARGO_MANIFEST_DIR")
    ))
    .map_err(|e| format!("axe-core is not installed (npm ci): {e}"))?;
    p.js(&format!("{axe}\n;return true;"), vec![]).await?;
    let v = p
        .c
        .execute_async(
            &format!("const done = arguments[arguments.length - 1]; axe.run({context}, {{resultTypes: ['violations']}}).then(r => done(r.violations.map(v => v.id + ' on ' + v.nodes.map(n => n.target.join(' ')).join(', '))), e => done(['axe failed: ' + e]));"),
            vec![],
        )
        .await
        .map_err(|e| e.to_string())?;
    Ok(v.as_array()
        .cloned()
        .unwrap_or_default()
        .iter()
        .map(|item| item.as_str().unwrap_or_default().to_string())
        .collect())
}

pub async fn axe_every_route(x: &Ctx, scheme: &str) -> R {
    let p = &x.page;
    let mut problems = Vec::new();
    for route in ROUTES {
        p.open(route).await?;
        settled(p).await?;
        for item in axe(p, "document").await? {
            problems.push(format!("{route} ({scheme}): {item}"));
        }
    }
    check(problems.is_empty(), || problems.join("; "))
}

async fn axe_light_scheme_every_route(x: &Ctx) -> R {
    axe_every_route(x, "light").await
}

/// Chromium switches to the dark scheme inside the session; Firefox runs its own dark session
/// (see main.rs); WebKit's driver cannot emulate the dark scheme. Names ending in `_chromium`
/// run in Chromium only.
async fn axe_dark_scheme_every_route_chromium(x: &Ctx) -> R {
    let p = &x.page;
    p.cdp(
        "Emulation.setEmulatedMedia",
        json!({"features": [{"name": "prefers-color-scheme", "value": "dark"}]}),
    )
    .await?;
    p.open("/").await?;
    let dark = p
        .js(
            "return matchMedia('(prefers-color-scheme: dark)').matches",
            vec![],
        )
        .await?;
    let result = if dark == json!(true) {
        axe_every_route(x, "dark").await
    } else {
        Err("dark scheme emulation did not take".into())
    };
    p.cdp("Emulation.setEmulatedMedia", json!({"features": []}))
        .await?;
    result
}
