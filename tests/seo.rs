//! Search and share data from the shipped content: JSON-LD that parses into the clinic and the
//! article, tags for share previews, a sitemap listing every page, and feeds that are valid XML
//! and JSON.
#![cfg(not(target_arch = "wasm32"))]

use massage_guide::content::{parse, ArticleIndex, Site};
use massage_guide::seo::{self, Kind, PageInfo, SitemapEntry};
use serde_json::Value;

fn content<T: serde::de::DeserializeOwned>(name: &str) -> T {
    let path = format!("{}/public/content/{name}", env!("CARGO_MANIFEST_DIR"));
    parse(name, &std::fs::read_to_string(path).unwrap()).unwrap()
}

fn article_head() -> String {
    let site: Site = content("site.json");
    seo::head(
        &site,
        &PageInfo {
            path: "/articles/massage-for-sore-back",
            root: "",
            alternates: &[
                ("en-GB".into(), "/articles/massage-for-sore-back".into()),
                ("de".into(), "/de/articles/massage-for-sore-back".into()),
                ("x-default".into(), "/articles/massage-for-sore-back".into()),
            ],
            title: "Sore backs & massage · Harbour Lane Massage",
            description: "How \"massage\" may help <a> sore back.",
            kind: Kind::Article {
                headline: "Sore backs".into(),
                date: "2024-03-02".into(),
                author: "The clinic team".into(),
            },
        },
    )
}

fn json_ld(head: &str) -> Value {
    let start = head.find("<script type=\"application/ld+json\">").unwrap();
    let body = &head[start..];
    let json = &body[body.find('>').unwrap() + 1..body.find("</script>").unwrap()];
    serde_json::from_str(json).unwrap()
}

#[test]
fn json_ld_describes_the_clinic_and_the_article() {
    let ld = json_ld(&article_head());
    assert_eq!(ld["@context"], "https://schema.org");
    let clinic = &ld["@graph"][0];
    assert_eq!(clinic["@type"], "HealthAndBeautyBusiness");
    assert_eq!(clinic["name"], "Harbour Lane Massage");
    assert_eq!(clinic["telephone"], "+442079460321");
    assert_eq!(clinic["address"]["streetAddress"], "14 Harbour Lane");
    assert_eq!(clinic["address"]["addressLocality"], "London");
    assert_eq!(clinic["address"]["postalCode"], "SE10 9NN");
    // Monday to Friday and Saturday; Sunday is closed, so not listed.
    let hours = clinic["openingHoursSpecification"].as_array().unwrap();
    assert_eq!(hours.len(), 2);
    assert_eq!(hours[0]["dayOfWeek"].as_array().unwrap().len(), 5);
    assert_eq!(hours[0]["opens"], "09:00");
    assert_eq!(hours[1]["closes"], "16:00");
    let article = &ld["@graph"][1];
    assert_eq!(article["@type"], "Article");
    assert_eq!(article["headline"], "Sore backs");
    assert_eq!(article["datePublished"], "2024-03-02");
    assert_eq!(article["author"]["name"], "The clinic team");
    assert_eq!(
        article["mainEntityOfPage"],
        "https://harbourlane.example/articles/massage-for-sore-back"
    );
}

#[test]
fn share_tags_are_escaped_and_complete() {
    let head = article_head();
    for tag in [
        r#"<link rel="canonical" href="https://harbourlane.example/articles/massage-for-sore-back">"#,
        r#"<meta property="og:type" content="article">"#,
        r#"<meta property="og:title" content="Sore backs &amp; massage · Harbour Lane Massage">"#,
        r#"<meta property="og:description" content="How &quot;massage&quot; may help &lt;a&gt; sore back.">"#,
        r#"<meta property="og:image" content="https://harbourlane.example/share.png">"#,
        r#"<meta name="twitter:card" content="summary_large_image">"#,
        r#"<meta property="article:published_time" content="2024-03-02">"#,
    ] {
        assert!(head.contains(tag), "{tag} missing in {head}");
    }
    // Text that looks like markup cannot end the JSON-LD script early.
    assert_eq!(head.matches("</script>").count(), 1);
}

#[test]
fn the_feeds_are_valid_and_list_every_article() {
    let site: Site = content("site.json");
    let index: ArticleIndex = content("articles/index.json");
    let atom = seo::atom(&site, &index, "");
    let doc = roxmltree::Document::parse(&atom).expect("the Atom feed is well-formed XML");
    let feed = doc.root_element();
    assert_eq!(feed.tag_name().name(), "feed");
    assert_eq!(
        feed.tag_name().namespace(),
        Some("http://www.w3.org/2005/Atom")
    );
    let entries: Vec<_> = feed
        .children()
        .filter(|n| n.has_tag_name("entry"))
        .collect();
    assert_eq!(entries.len(), index.articles.len());
    for entry in &entries {
        for field in ["title", "id", "updated", "summary"] {
            assert!(entry.children().any(|n| n.has_tag_name(field)), "{field}");
        }
    }
    let newest = index.newest_first();
    let first_id = entries[0]
        .children()
        .find(|n| n.has_tag_name("id"))
        .and_then(|n| n.text());
    assert_eq!(
        first_id,
        Some(format!("https://harbourlane.example/articles/{}", newest[0].slug).as_str())
    );

    let json: Value = serde_json::from_str(&seo::json_feed(&site, &index, "")).unwrap();
    assert_eq!(json["version"], "https://jsonfeed.org/version/1.1");
    assert_eq!(
        json["items"].as_array().unwrap().len(),
        index.articles.len()
    );
    assert_eq!(
        json["items"][0]["date_published"],
        format!("{}T00:00:00Z", newest[0].date)
    );
}

#[test]
fn the_sitemap_is_valid_xml() {
    let site: Site = content("site.json");
    let entry = |path: &str, date: Option<&str>, alternates: &[(&str, &str)]| SitemapEntry {
        path: path.into(),
        date: date.map(Into::into),
        alternates: alternates
            .iter()
            .map(|(l, p)| (l.to_string(), p.to_string()))
            .collect(),
    };
    let both = [("en-GB", "/"), ("de", "/de/"), ("x-default", "/")];
    let pages = vec![
        entry("/", None, &both),
        entry(
            "/articles/a&b",
            Some("2024-01-02"),
            &[("en-GB", "/articles/a&b")],
        ),
        entry("/de/", None, &both),
    ];
    let xml = seo::sitemap(&site, &pages);
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let locs: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("loc"))
        .filter_map(|n| n.text())
        .collect();
    assert_eq!(
        locs,
        [
            "https://harbourlane.example/",
            "https://harbourlane.example/articles/a&b",
            "https://harbourlane.example/de/"
        ]
    );
    // A page in two languages names both, and the default; one in one language, none.
    let links: Vec<(&str, &str)> = doc
        .descendants()
        .filter(|n| n.has_tag_name(("http://www.w3.org/1999/xhtml", "link")))
        .map(|n| {
            (
                n.attribute("hreflang").unwrap(),
                n.attribute("href").unwrap(),
            )
        })
        .collect();
    let home = [
        ("en-GB", "https://harbourlane.example/"),
        ("de", "https://harbourlane.example/de/"),
        ("x-default", "https://harbourlane.example/"),
    ];
    assert_eq!(links, [home, home].concat());
    assert!(seo::robots(&site, "/").contains("Sitemap: https://harbourlane.example/sitemap.xml"));
}
