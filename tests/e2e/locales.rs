//! The site in its second language: German pages show German only, the languages' links and
//! `hreflang` alternates lead to the same page and back, the German picker of a clinic in
//! Germany gives 112 in German, German pages pass axe, and the widget speaks its `lang`.

use crate::browser::{check, Page, R};
use crate::{Ctx, Test};
use serde_json::{json, Value};
use std::collections::BTreeMap;

/// The locale tests, in the order they run.
pub fn tests() -> Vec<Test> {
    tests![
        locales_german_pages_show_no_english_ui_text,
        locales_switcher_and_hreflang_land_on_the_same_page,
        locales_german_clinic_picker_says_112_in_german,
        locales_german_pages_pass_axe,
        locales_widget_speaks_its_lang_attribute,
    ]
}

/// Every German page: each page of the German content, the picker with every step, its list,
/// an emergency, and the not-found page.
fn german_pages() -> Vec<String> {
    use massage_guide::content::{ArticleIndex, Catalogue};
    let index: ArticleIndex = crate::site::load("de/articles/index.json");
    let catalogue: Catalogue = crate::site::load("de/massage-types.json");
    let mut pages = vec!["/de/".to_string(), "/de/articles".to_string()];
    pages.extend(
        index
            .articles
            .iter()
            .map(|a| format!("/de/articles/{}", a.slug)),
    );
    pages.push("/de/massage".into());
    pages.extend(
        catalogue
            .types
            .iter()
            .map(|t| format!("/de/massage/{}", t.id)),
    );
    pages.extend([
        "/de/picker".to_string(),
        "/de/picker?regions=lower-back,calf-left,neck-back&complaints=tight,swelling,numbness,new-injury&duration=over-12-weeks".to_string(),
        "/de/picker?regions=chest&yes=chest-pain".to_string(),
    ]);
    pages
}

/// Every leaf text of a locale file, by its path (`text.header.skip`, `regions.calf-left.name`).
fn leaves(value: &Value, at: &str, out: &mut BTreeMap<String, String>) {
    match value {
        Value::String(s) => {
            out.insert(at.to_string(), s.clone());
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                leaves(v, &format!("{at}[{i}]"), out);
            }
        }
        Value::Object(map) => {
            for (k, v) in map {
                leaves(v, &format!("{at}.{k}"), out);
            }
        }
        _ => {}
    }
}

fn locale_file(code: &str) -> BTreeMap<String, String> {
    let path = format!("{}/locales/{code}.json", env!("CARGO_MANIFEST_DIR"));
    let value: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let mut out = BTreeMap::new();
    leaves(&value, "", &mut out);
    out
}

/// The English texts a German page must not show: each that German says otherwise, or for
/// a text with `{placeholders}`, its fixed pieces of a dozen characters or more. The name of
/// English in the language switcher is English on purpose.
fn english_texts() -> Vec<(String, String)> {
    let (en, de) = (locale_file("en"), locale_file("de"));
    let mut out = Vec::new();
    for (at, text) in &en {
        if at == ".text.language.name" || de.get(at) == Some(text) {
            continue;
        }
        let pieces: Vec<&str> = text
            .split(['{', '}'])
            .step_by(2)
            .map(str::trim)
            .filter(|p| p.len() >= 12 || (!text.contains('{') && p.len() >= 4))
            .collect();
        out.extend(pieces.into_iter().map(|p| (at.clone(), p.to_string())));
    }
    out
}

/// Every text node, `aria-label`, `title`, `alt` and the document's title.
const SEEN: &str = "const out = [document.title];
const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
while (walk.nextNode()) { const t = walk.currentNode.nodeValue.trim(); if (t) out.push(t); }
for (const el of document.querySelectorAll('[aria-label], [title], [alt]'))
  for (const a of ['aria-label', 'title', 'alt']) { const v = el.getAttribute(a); if (v) out.push(v); }
return out;";

async fn seen(p: &Page) -> R<Vec<String>> {
    let list = p.js(SEEN, vec![]).await?;
    Ok(list
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|v| v.as_str().map(str::to_string))
        .collect())
}

/// The English texts among `seen` on `page`.
fn english_on(page: &str, seen: &[String], english: &[(String, String)]) -> Vec<String> {
    let mut out = Vec::new();
    for text in seen {
        for (at, piece) in english {
            let hit = text == piece || (piece.len() >= 12 && text.contains(piece.as_str()));
            if hit {
                out.push(format!("{page}: {text:?} is English ({at})"));
            }
        }
    }
    out
}

async fn locales_german_pages_show_no_english_ui_text(x: &Ctx) -> R {
    let p = &x.page;
    let english = english_texts();
    check(english.len() > 250, || {
        format!("only {} English texts to look for", english.len())
    })?;
    let mut problems = Vec::new();
    for page in german_pages() {
        p.open(&page).await?;
        let lang = p.js("return document.documentElement.lang", vec![]).await?;
        if lang != json!("de") {
            problems.push(format!("{page}: <html lang={lang}>"));
        }
        problems.extend(english_on(&page, &seen(p).await?, &english));
        if page.starts_with("/de/picker?regions=lower") {
            // The list of regions, and the answers as printed.
            p.click(".mode-switch button:nth-child(2)").await?;
            p.wait("document.querySelector('.region-groups')", "the list")
                .await?;
            problems.extend(english_on(&page, &seen(p).await?, &english));
        }
    }
    // Not found under /de/: the German page, where the host follows `_redirects`.
    p.goto(&x.rewrites.url("/de/no-such-page")).await?;
    p.wait_app().await?;
    problems.extend(english_on("/de/no-such-page", &seen(p).await?, &english));
    let h1 = p.text("h1").await?;
    if h1 != "Seite nicht gefunden" {
        problems.push(format!("/de/no-such-page: h1 {h1:?}"));
    }
    check(problems.is_empty(), || problems.join("\n"))
}

/// The path of `p`'s page, without a trailing `/` (the host's directory pages have one).
async fn path(p: &Page) -> R<String> {
    let path = p.js("return location.pathname", vec![]).await?;
    let path = path.as_str().unwrap_or_default().to_string();
    Ok(match path.len() > 1 {
        true => path.trim_end_matches('/').to_string(),
        false => path,
    })
}

async fn lang_is(p: &Page, lang: &str) -> R {
    p.wait(
        &format!(
            "document.readyState === 'complete' && document.documentElement.lang === '{lang}'"
        ),
        &format!("a page in {lang}"),
    )
    .await
}

async fn locales_switcher_and_hreflang_land_on_the_same_page(x: &Ctx) -> R {
    let p = &x.page;
    // The same article in German and back, by the header's links.
    let article = "/articles/massage-for-sore-back";
    p.open(article).await?;
    p.click_link("nav[@class='lang-switch']", "Deutsch").await?;
    lang_is(p, "de").await?;
    let there = path(p).await?;
    check(there == format!("/de{article}"), || {
        format!("Deutsch led to {there}")
    })?;
    let current = p.attrs(".lang-switch a[aria-current=true]", "lang").await?;
    check(current == ["de"], || {
        format!("marked as current: {current:?}")
    })?;
    p.click_link("nav[@class='lang-switch']", "English").await?;
    lang_is(p, "en-GB").await?;
    let back = path(p).await?;
    check(back == article, || format!("English led to {back}"))?;
    // An article with no German version: the German article list.
    p.open("/articles/tension-headaches-and-massage").await?;
    p.click_link("nav[@class='lang-switch']", "Deutsch").await?;
    lang_is(p, "de").await?;
    let list = path(p).await?;
    check(list == "/de/articles", || format!("Deutsch led to {list}"))?;
    check(p.text("h1").await? == "Artikel", || {
        "not the German article list".into()
    })?;
    // Every alternate of a page names that page in its language (x-default: the first).
    for page in ["/", "/de/massage/swedish", "/de/picker"] {
        p.open(page).await?;
        let links = p
            .js(
                "return [...document.querySelectorAll('link[rel=alternate][hreflang]')].map(l => [l.hreflang, new URL(l.href).pathname]);",
                vec![],
            )
            .await?;
        let links: Vec<(String, String)> =
            serde_json::from_value(links).map_err(|e| e.to_string())?;
        let langs: Vec<&str> = links.iter().map(|(l, _)| l.as_str()).collect();
        check(langs == ["en-GB", "de", "x-default"], || {
            format!("{page}: alternates {links:?}")
        })?;
        for (lang, to) in &links {
            p.open(to).await?;
            let want = if lang == "x-default" { "en-GB" } else { lang };
            lang_is(p, want).await?;
            let same = to.trim_start_matches("/de").trim_end_matches('/')
                == page.trim_start_matches("/de").trim_end_matches('/');
            check(same, || format!("{page}: {lang} is {to}"))?;
        }
    }
    Ok(())
}

async fn locales_german_clinic_picker_says_112_in_german(x: &Ctx) -> R {
    let p = &x.page;
    let de = crate::picker::clinic_in("DE")?;
    for query in [
        "regions=chest&complaints=tight",
        "regions=lower-back,calf-left&complaints=tight,swelling",
    ] {
        p.goto(&de.server.url(&format!("/de/picker?{query}")))
            .await?;
        p.wait_app().await?;
        if query.contains("chest") {
            // The red flag's question in German, then its message with Germany's number.
            let question = p.text("label:has(input[value=chest-pain]) span").await?;
            check(question.starts_with("Haben Sie Schmerzen"), || {
                format!("the red flag asks {question:?}")
            })?;
            let (text, call) = crate::picker::emergency_for_chest_pain(p).await?;
            check(
                text.contains("Rufen Sie sofort 112 an")
                    && text.contains("112 anrufen")
                    && call == ["tel:112"],
                || format!("the emergency box: {text:?} {call:?}"),
            )?;
        } else {
            let urgent = crate::picker::urgent_help(p).await?;
            check(
                urgent.contains("ärztlichen Bereitschaftsdienst") && urgent.contains("116117"),
                || format!("urgent help {urgent:?}"),
            )?;
        }
        let what = "a German clinic's German picker";
        crate::picker::never_says(p, what, &["999", "NHS", "A&E", "Call "]).await?;
    }
    Ok(())
}

async fn locales_german_pages_pass_axe(x: &Ctx) -> R {
    let p = &x.page;
    let mut problems = Vec::new();
    for page in german_pages() {
        p.open(&page).await?;
        for item in crate::site::axe(p, "document").await? {
            problems.push(format!("{page}: {item}"));
        }
    }
    check(problems.is_empty(), || problems.join("; "))
}

async fn locales_widget_speaks_its_lang_attribute(x: &Ctx) -> R {
    let p = &x.page;
    crate::embed::widget_page(
        x,
        "<massage-guide id=de view=\"massage-types\" lang=\"de-AT\"></massage-guide><massage-guide id=other view=\"massage-types\" lang=\"fr\"></massage-guide>",
    )
    .await?;
    let h1 = |id: &str| {
        format!("const r = document.getElementById('{id}').shadowRoot; const h = r && r.querySelector('h1'); return h ? h.textContent : '';")
    };
    for (id, want) in [("de", "Massagearten"), ("other", "Massage types")] {
        p.wait(
            &format!("(function () {{ {} }})() === '{want}'", h1(id)),
            &format!("the widget {id} to show {want:?}"),
        )
        .await?;
    }
    // The German widget's links go to the German site and its content is the German one (the
    // heading comes with the words, the cards with the content, maybe later).
    p.wait(
        "document.getElementById('de').shadowRoot.querySelector('.card-link') !== null",
        "the German widget's cards",
    )
    .await?;
    let links = p
        .js(
            "return [...document.getElementById('de').shadowRoot.querySelectorAll('.card-link')].map(a => new URL(a.href).pathname);",
            vec![],
        )
        .await?;
    let links: Vec<String> = serde_json::from_value(links).map_err(|e| e.to_string())?;
    check(
        !links.is_empty() && links.iter().all(|l| l.starts_with("/de/massage/")),
        || format!("German widget links {links:?}"),
    )?;
    let first = p
        .js(
            "return document.getElementById('de').shadowRoot.querySelector('.card-link').textContent;",
            vec![],
        )
        .await?;
    check(first == json!("Schwedische Massage"), || {
        format!("first type {first}")
    })
}
