//! The prerenderer with the shipped content: every route, the page's title and description,
//! text from JSON never becoming HTML, and the content a page carries.

use massage_guide::content::picture::{Picture, Pictures};
use massage_guide::content::{parse, ArticleIndex, Catalogue, Site};
use massage_guide::context::{Languages, Ui};
use massage_guide::picker::data::PickerData;
use massage_guide::picker::engine::{evaluate, parse_query, Content, Outcome};
use massage_guide::prerender::{content_files, page_html, render, routes};
use std::collections::BTreeMap;
use std::path::Path;

/// The English words, kept for the test run.
fn en() -> Ui {
    static UI: std::sync::OnceLock<Ui> = std::sync::OnceLock::new();
    *UI.get_or_init(|| Ui::new(massage_guide::locale::load("en").unwrap()))
}

/// The German files, by their path in the German folder.
fn german() -> BTreeMap<String, String> {
    content_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("public/content/de")).unwrap()
}

fn shipped() -> BTreeMap<String, String> {
    content_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("public/content")).unwrap()
}

#[test]
fn every_article_and_massage_type_has_a_route() {
    let files = shipped();
    let index: ArticleIndex = parse("i", &files["articles/index.json"]).unwrap();
    let catalogue: Catalogue = parse("c", &files["massage-types.json"]).unwrap();
    let all = routes(&files).unwrap();
    assert_eq!(all.len(), 4 + index.articles.len() + catalogue.types.len());
    for a in &index.articles {
        assert!(all.contains(&format!("/articles/{}", a.slug)));
    }
    for t in &catalogue.types {
        assert!(all.contains(&format!("/massage/{}", t.id)));
    }
}

/// A template like trunk's after postbuild: the app's inline loader, module and wasm preloads.
const TEMPLATE: &str = "<html lang=\"en\"><head><title>x</title><meta name=\"description\" content=\"d\">\n<script type=\"module\">await import(\"/clinic/assets/mg-1.js\");</script>\n<link rel=\"modulepreload\" href=\"/clinic/assets/mg-1.js\" crossorigin=\"anonymous\"><link rel=\"preload\" href=\"/clinic/assets/mg-1_bg.wasm\" crossorigin=\"anonymous\" as=\"fetch\" type=\"application/wasm\"></head><body></body></html>";

/// `path` rendered in English from `files`, without pictures' copies or other languages.
fn render_en(
    path: &str,
    base: &str,
    files: &BTreeMap<String, String>,
) -> massage_guide::prerender::Rendered {
    render(
        path,
        base,
        files,
        &Pictures::default(),
        en(),
        Languages::default(),
    )
}

#[test]
fn an_article_renders_with_its_title_as_a_static_page() {
    let page = render_en("/articles/massage-for-sore-back", "/clinic/", &shipped());
    assert_eq!(
        page.title,
        "The Power of Massage Therapy for Soothing Your Sore Back · Harbour Lane Massage"
    );
    assert!(page
        .description
        .starts_with("How massage therapy may ease a sore back"));
    assert!(page
        .body
        .contains("<h1>The Power of Massage Therapy for Soothing Your Sore Back</h1>"));
    assert!(page.body.contains(r#"href="/clinic/massage/swedish""#));
    assert!(!page.interactive);
    let html = page_html(TEMPLATE, &page, "en-GB", "");
    assert!(!html.contains("<script"), "{html}");
    assert!(!html.contains("preload"), "{html}");
    assert!(html.contains("<meta name=\"description\" content=\"How massage"));
}

#[test]
fn the_picker_page_runs_the_app() {
    let page = render_en("/picker", "/clinic/", &shipped());
    assert!(page.interactive);
    let html = page_html(TEMPLATE, &page, "en-GB", "");
    // Leptos's `<!>` markers are written as valid empty comments.
    assert!(page.body.contains("<!>") && !html.contains("<!>") && html.contains("<!---->"));
    assert!(
        html.contains(r#"<script type="module">await import("/clinic/assets/mg-1.js");</script>"#)
    );
    assert!(page.body.contains(r#"<div id="picker-app">"#));
    // The parts the live picker adds come with its content (`PickerData::parts`), not in the
    // page; nor are the steps after the first there until a region is chosen.
    assert!(!page.body.contains("data-part") && !page.body.contains("feel-title"));
    assert!(page.body.contains("where-title"));
    // The preloads wait in an inert template until the page has painted (the boot script puts
    // them in the head), so nothing but the page is fetched before the first paint.
    let later = html
        .split_once("<template data-later>")
        .and_then(|(before, rest)| rest.split_once("</template>").map(|(t, _)| (before, t)));
    let (before, later) = later.expect("a <template data-later>");
    assert!(later.contains(r#"<link rel="modulepreload" href="/clinic/assets/mg-1.js""#));
    assert!(later.contains(r#"<link rel="preload" href="/clinic/assets/mg-1_bg.wasm""#));
    assert!(!before.contains("preload"), "{before}");
}

#[test]
fn text_from_json_stays_text() {
    let mut files = shipped();
    let evil = "<script>alert(1)</script></script>";
    let about = files["about.json"].replace(
        "\"heading\": \"About Me\"",
        &format!("\"heading\": \"{evil}\""),
    );
    assert_ne!(about, files["about.json"]);
    files.insert("about.json".into(), about);
    let page = render_en("/", "/", &files);
    assert!(page.body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(!page.body.contains("<script>alert"));
    let html = page_html(TEMPLATE, &page, "en-GB", "");
    assert!(!html.contains("<script"));
    assert!(html.contains("<title>&lt;script&gt;alert(1)&lt;/script&gt;&lt;/script&gt; · Harbour Lane Massage</title>"));
    assert!(html.starts_with("<html lang=\"en-GB\">"));
}

#[test]
fn pictures_carry_their_size_copies_and_priority() {
    let made = |webp| Picture {
        width: 1200,
        height: 800,
        copies: vec![360, 720],
        webp,
    };
    let pictures = Pictures {
        base: "/clinic/content/".into(),
        made: [
            ("images/treatment-room.png".to_string(), made(true)),
            ("images/recovery-kit.png".to_string(), made(false)),
        ]
        .into(),
    };
    let at = |path: &str| {
        render(
            path,
            "/clinic/",
            &shipped(),
            &pictures,
            en(),
            Languages::default(),
        )
        .body
    };
    // The About page's picture comes first: on the first screen, fetched at once.
    let about = at("/");
    assert!(about.contains(r#"<source type="image/webp" srcset="/clinic/content/images/treatment-room.360.webp 360w, /clinic/content/images/treatment-room.720.webp 720w, /clinic/content/images/treatment-room.1200.webp 1200w""#), "{about}");
    assert!(about.contains(r#"srcset="/clinic/content/images/treatment-room.360.png 360w, /clinic/content/images/treatment-room.720.png 720w, /clinic/content/images/treatment-room.png 1200w""#));
    assert!(about.contains(r#"width="1200" height="800""#));
    assert!(about.contains(r#"fetchpriority="high""#) && !about.contains("loading="));
    assert!(
        !about.contains("<figcaption>"),
        "the About page is the clinic's own words"
    );
    // The article's comes after several paragraphs: lazy, and no WebP where none was made.
    let article = at("/articles/massage-and-sports-recovery");
    assert!(article.contains(r#"loading="lazy""#) && !article.contains("fetchpriority"));
    assert!(!article.contains("image/webp"));
    assert!(article
        .contains(r#"alt="A foam roller, a folded towel and a water bottle on an exercise mat.""#));
}

#[test]
fn the_picker_without_javascript_lists_every_massage_type() {
    let files = shipped();
    let catalogue: Catalogue = parse("c", &files["massage-types.json"]).unwrap();
    let page = render_en("/picker", "/", &files);
    let notice =
        &page.body[page.body.find("<noscript>").unwrap()..page.body.find("</noscript>").unwrap()];
    assert!(notice.contains("needs JavaScript"));
    for t in &catalogue.types {
        assert!(
            notice.contains(&format!(r#"href="/massage/{}""#, t.id)),
            "{}",
            t.id
        );
    }
}

#[test]
fn a_build_gets_every_page_the_sitemap_and_the_feeds() {
    let dist = std::env::temp_dir().join(format!("mg-prerender-{}", std::process::id()));
    std::fs::create_dir_all(dist.join("assets")).unwrap();
    std::fs::write(dist.join("assets/main-1.css"), "body{margin:0}\n").unwrap();
    let template = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<title>t</title>\n<meta name=\"description\" content=\"d\">\n<link rel=\"stylesheet\" href=\"/assets/main-1.css\" integrity=\"sha384-x\"/>\n</head>\n<body>\n</body>\n</html>\n";
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("public/content");
    let written = massage_guide::prerender::run(&dist, "/", &content, template).unwrap();
    // The stylesheet and the theme are inline, and nothing links a stylesheet any more.
    let home = std::fs::read_to_string(dist.join("index.html")).unwrap();
    assert!(
        home.contains("<style>body{margin:0}:root{--accent-light:#1b6b5c;"),
        "{home}"
    );
    assert!(!home.contains("rel=\"stylesheet\""));
    let all = routes(&shipped()).unwrap();
    let german = routes(&german()).unwrap();
    // Every page in each language, and each language's not-found page.
    assert_eq!(written.len(), all.len() + 1 + german.len() + 1);
    assert!(german.len() < all.len() && german.iter().all(|r| all.contains(r)));
    for (route, lang) in all
        .iter()
        .map(|r| (r.clone(), "en-GB"))
        .chain(german.iter().map(|r| (format!("/de{r}"), "de")))
    {
        let mut file = dist.clone();
        file.extend(route.split('/').filter(|s| !s.is_empty()));
        let html = std::fs::read_to_string(file.join("index.html")).unwrap();
        assert!(html.contains("<h1>"), "{route}");
        assert!(html.contains("rel=\"canonical\""), "{route}");
        assert!(html.contains(&format!("<html lang=\"{lang}\">")), "{route}");
    }
    // A page in both languages names both and the default; an article in one, neither.
    let german_home = std::fs::read_to_string(dist.join("de/index.html")).unwrap();
    for link in [
        r#"<link rel="alternate" hreflang="en-GB" href="https://harbourlane.example/">"#,
        r#"<link rel="alternate" hreflang="de" href="https://harbourlane.example/de/">"#,
        r#"<link rel="alternate" hreflang="x-default" href="https://harbourlane.example/">"#,
        r#"<link rel="canonical" href="https://harbourlane.example/de/">"#,
        r#"href="https://harbourlane.example/de/feed.xml""#,
    ] {
        assert!(german_home.contains(link), "{link}");
    }
    let only_english =
        std::fs::read_to_string(dist.join("articles/tension-headaches-and-massage/index.html"))
            .unwrap();
    assert!(!only_english.contains(r#"rel="alternate" hreflang"#));
    // The switcher offers the German article list for an article not translated.
    assert!(only_english.contains(r#"<a href="/de/articles" lang="de" hreflang="de">Deutsch</a>"#));
    for file in [
        "de/404.html",
        "de/feed.xml",
        "de/feed.json",
        "de/picker/index.html",
    ] {
        assert!(dist.join(file).is_file(), "{file}");
    }
    // The picker page points to its content in compact form, which reads back as the files.
    let picker = std::fs::read_to_string(dist.join("picker/index.html")).unwrap();
    let start = picker
        .find(r#"<link rel="preload" id="mg-data" href="/"#)
        .unwrap();
    let href = &picker[start..].split('"').nth(5).unwrap()[1..];
    assert!(picker[start..].starts_with(&format!(
        r#"<link rel="preload" id="mg-data" href="/{href}" as="fetch" crossorigin="anonymous" data-base="" data-content="/content/">"#
    )));
    // The German picker page has its own, with the German words.
    let german_picker = std::fs::read_to_string(dist.join("de/picker/index.html")).unwrap();
    let at =
        german_picker.find(r#"id="mg-data" href="/"#).unwrap() + r#"id="mg-data" href="/"#.len();
    let german_href = german_picker[at..].split('"').next().unwrap();
    assert!(german_picker[at..].contains(r#"data-base="/de" data-content="/content/de/">"#));
    let german_data = PickerData::decode(&std::fs::read(dist.join(german_href)).unwrap()).unwrap();
    assert_eq!(german_data.words.code, "de");
    assert_eq!(
        german_data
            .words
            .t(massage_guide::locale::Key::ResultsTitle),
        "Was helfen kann"
    );
    let data = PickerData::decode(&std::fs::read(dist.join(href)).unwrap()).unwrap();
    // The content as written, trimmed, with the clinic's help filled in from its country (the
    // page has no table).
    let files = shipped();
    assert_eq!(parse::<Site>("s", &files["site.json"]).unwrap().help, None);
    assert_eq!(
        data.site.help.as_ref().map(|h| h.emergency.as_str()),
        Some("999")
    );
    // Every part the live picker adds, as a template, one card per type, its links the site's
    // paths (the page puts its base in front).
    for part in ["list", "feel", "safety", "health", "emergency", "doctor"] {
        let template = format!(r#"<template data-part="{part}">"#);
        assert!(data.parts.contains(&template), "{part}");
    }
    let catalogue: Catalogue = parse("c", &files["massage-types.json"]).unwrap();
    for t in &catalogue.types {
        let card = format!(r#"<template data-part="card" data-type="{}">"#, t.id);
        assert!(data.parts.contains(&card), "{}", t.id);
        assert!(data.parts.contains(&format!(r#"href="/massage/{}""#, t.id)));
    }
    assert!(german_data.parts.contains("Schwedische Massage"));
    // Markup to put into a page as it is: no markers of Leptos's dynamic places.
    assert!(!data.parts.contains("<!>"));
    assert_eq!(
        PickerData {
            parts: String::new(),
            ..data
        },
        picker_content(true)
    );
    assert_eq!(PickerData::decode(b"not the picker's content"), None);
    // Static pages point to nothing of the kind.
    let home = std::fs::read_to_string(dist.join("index.html")).unwrap();
    assert!(!home.contains("mg-data"));
    let not_found = std::fs::read_to_string(dist.join("404.html")).unwrap();
    assert!(not_found.contains("<h1>Page not found</h1>") && !not_found.contains("canonical"));
    // The sitemap lists every page.
    let sitemap = std::fs::read_to_string(dist.join("sitemap.xml")).unwrap();
    let doc = roxmltree::Document::parse(&sitemap).unwrap();
    let locs = doc.descendants().filter(|n| n.has_tag_name("loc")).count();
    assert_eq!(locs, all.len() + german.len());
    for file in ["robots.txt", "feed.xml", "feed.json", "share.png"] {
        assert!(dist.join(file).is_file(), "{file}");
    }
    std::fs::remove_dir_all(&dist).unwrap();
}

/// The picker's content as the build makes it, whole (`trimmed` false) or as shipped.
fn picker_content(trimmed: bool) -> PickerData {
    let files = shipped();
    let mut site: Site = parse("s", &files["site.json"]).unwrap();
    site.help = site.help(en().words());
    let data = PickerData {
        site,
        types: parse::<Catalogue>("c", &files["massage-types.json"])
            .unwrap()
            .cards(),
        rules: parse("p", &files["picker.json"]).unwrap(),
        words: en().words().clone(),
        parts: String::new(),
    };
    if trimmed {
        data.trimmed()
    } else {
        data
    }
}

/// The engine's answer for `query` from `data`, as the live picker gets it.
fn outcome(query: &str, data: &PickerData) -> Outcome {
    let (selection, _) = parse_query(query, &data.rules);
    let content = Content {
        rules: &data.rules,
        types: &data.types,
        site: &data.site,
        words: &data.words,
    };
    evaluate(&selection, &content)
}

#[test]
fn the_picker_shows_the_same_with_the_content_it_is_shipped() {
    for query in [
        "",
        "regions=lower-back,calf-left&complaints=tight,swelling&duration=over-12-weeks",
        "regions=lower-back&yes=back-warning-signs,pregnant",
        "regions=chest&yes=chest-pain",
        "regions=neck-back,nose&complaints=numbness,new-injury",
        "regions=whole-body&complaints=relaxation",
    ] {
        let (full, trimmed) = (picker_content(false), picker_content(true));
        let answer = outcome(query, &full);
        assert_eq!(answer, outcome(query, &trimmed), "{query}");
        // The names the live summary gives are there.
        for s in &answer.suggestions {
            let name = |d: &PickerData| {
                d.types
                    .iter()
                    .find(|t| t.id == s.id)
                    .map(|t| t.name.clone())
            };
            assert_eq!(name(&full), name(&trimmed), "{query}");
        }
    }
    let bytes = |trimmed| picker_content(trimmed).encode().unwrap().len();
    assert!(
        bytes(true) * 10 < bytes(false) * 8,
        "{} of {}",
        bytes(true),
        bytes(false)
    );
}
