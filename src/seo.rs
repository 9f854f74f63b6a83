//! What search engines and share previews read, made from the content at build time: each
//! page's canonical URL, Open Graph and Twitter tags and JSON-LD (the clinic as a schema.org
//! `HealthAndBeautyBusiness`, articles as `Article`), the sitemap, robots.txt and the article
//! feeds (Atom and JSON Feed). Plain Rust: `prerender` puts it into `dist/`.

use crate::content::{ArticleIndex, Site};
use serde_json::{json, Value};

/// What a page is, for its tags.
pub enum Kind {
    /// Any page but an article.
    Page,
    /// An article: its headline, date (YYYY-MM-DD) and author.
    Article {
        /// The article's title.
        headline: String,
        /// Publication date.
        date: String,
        /// Who wrote it.
        author: String,
    },
}

/// One page's facts, as the prerenderer knows them.
pub struct PageInfo<'a> {
    /// Path relative to the site's base, e.g. `/articles/x` (`/` for the home page), with its
    /// locale's folder if not the first's (`/de/articles/x`).
    pub path: &'a str,
    /// The page's locale's folder relative to the base: "" or `de/` (where its feeds are).
    pub root: &'a str,
    /// The same page in each language, as (language tag or `x-default`, path as `path`).
    pub alternates: &'a [(String, String)],
    /// The full document title.
    pub title: &'a str,
    /// The meta description.
    pub description: &'a str,
    /// Article or not.
    pub kind: Kind,
}

/// Escapes text for HTML text and attribute values (and XML).
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The public URL of `path` (relative to the site's base) under the site's URL.
pub fn url(site: &Site, path: &str) -> String {
    format!("{}{}", site.url, path.trim_start_matches('/'))
}

/// The share image's URL: as given if absolute, else under the site's URL.
pub fn image_url(site: &Site) -> String {
    if site.image.starts_with("https://") || site.image.starts_with("http://") {
        site.image.clone()
    } else {
        url(site, &site.image)
    }
}

/// JSON for a `<script>` element: no `<` in it, so no text can close the element.
fn script_json(value: &Value) -> String {
    value.to_string().replace('<', "\\u003c")
}

/// The `<head>` tags of one page.
pub fn head(site: &Site, page: &PageInfo) -> String {
    let canonical = url(site, page.path);
    let image = image_url(site);
    let og_type = match page.kind {
        Kind::Article { .. } => "article",
        Kind::Page => "website",
    };
    let root = page.root;
    let mut tags = vec![
        format!(r#"<link rel="canonical" href="{}">"#, escape(&canonical)),
        format!(
            r#"<link rel="alternate" type="application/atom+xml" title="{}" href="{}">"#,
            escape(&site.name),
            escape(&url(site, &format!("{root}feed.xml")))
        ),
        format!(
            r#"<link rel="alternate" type="application/feed+json" title="{}" href="{}">"#,
            escape(&site.name),
            escape(&url(site, &format!("{root}feed.json")))
        ),
    ];
    // Only a page in more than one language has alternates (and then an x-default too).
    if page.alternates.len() > 2 {
        for (lang, path) in page.alternates {
            tags.push(format!(
                r#"<link rel="alternate" hreflang="{}" href="{}">"#,
                escape(lang),
                escape(&url(site, path))
            ));
        }
    }
    for (property, value) in [
        ("og:type", og_type),
        ("og:site_name", &site.name),
        ("og:title", page.title),
        ("og:description", page.description),
        ("og:url", &canonical),
        ("og:image", &image),
        ("og:locale", &site.lang.replace('-', "_")),
    ] {
        tags.push(format!(
            r#"<meta property="{property}" content="{}">"#,
            escape(value)
        ));
    }
    if let Kind::Article { date, .. } = &page.kind {
        tags.push(format!(
            r#"<meta property="article:published_time" content="{}">"#,
            escape(date)
        ));
    }
    for (name, value) in [
        ("twitter:card", "summary_large_image"),
        ("twitter:title", page.title),
        ("twitter:description", page.description),
        ("twitter:image", &image),
    ] {
        tags.push(format!(
            r#"<meta name="{name}" content="{}">"#,
            escape(value)
        ));
    }
    let mut graph = vec![business(site)];
    if let Kind::Article {
        headline,
        date,
        author,
    } = &page.kind
    {
        graph.push(json!({
            "@type": "Article",
            "headline": headline,
            "description": page.description,
            "datePublished": date,
            "author": { "@type": "Person", "name": author },
            "publisher": { "@id": business_id(site) },
            "mainEntityOfPage": canonical,
            "image": image,
            "inLanguage": site.lang,
        }));
    }
    let ld = json!({ "@context": "https://schema.org", "@graph": graph });
    tags.push(format!(
        r#"<script type="application/ld+json">{}</script>"#,
        script_json(&ld)
    ));
    tags.join("\n") + "\n"
}

fn business_id(site: &Site) -> String {
    format!("{}#clinic", site.url)
}

/// The clinic as a schema.org `HealthAndBeautyBusiness`.
pub fn business(site: &Site) -> Value {
    let lines = &site.contact.address;
    // "street lines..., town, postcode", as README.md asks the clinic to write it.
    let address = match lines.len() {
        n if n >= 3 => json!({
            "@type": "PostalAddress",
            "streetAddress": lines[..n - 2].join(", "),
            "addressLocality": lines[n - 2],
            "postalCode": lines[n - 1],
        }),
        _ => json!({ "@type": "PostalAddress", "streetAddress": lines.join(", ") }),
    };
    let hours: Vec<Value> = site
        .hours
        .iter()
        .filter_map(|h| {
            let days = parse_days(&h.days)?;
            let (opens, closes) = parse_times(&h.time)?;
            Some(json!({
                "@type": "OpeningHoursSpecification",
                "dayOfWeek": days,
                "opens": opens,
                "closes": closes,
            }))
        })
        .collect();
    json!({
        "@type": "HealthAndBeautyBusiness",
        "@id": business_id(site),
        "name": site.name,
        "description": site.tagline,
        "url": site.url,
        "image": image_url(site),
        "telephone": site.contact.phone_link,
        "email": site.contact.email,
        "address": address,
        "openingHoursSpecification": hours,
    })
}

const DAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// "Monday to Friday" or "Saturday" -> the days, as schema.org names them.
pub fn parse_days(text: &str) -> Option<Vec<&'static str>> {
    let day = |name: &str| {
        DAYS.iter()
            .position(|d| d.eq_ignore_ascii_case(name.trim()))
    };
    match text.split_once(" to ") {
        Some((from, to)) => {
            let (from, to) = (day(from)?, day(to)?);
            (from <= to).then(|| DAYS[from..=to].to_vec())
        }
        None => Some(vec![DAYS[day(text)?]]),
    }
}

/// "9:00 to 19:00" -> ("09:00", "19:00"); "Closed" and anything else -> None.
pub fn parse_times(text: &str) -> Option<(String, String)> {
    let time = |t: &str| {
        let (h, m) = t.trim().split_once(':')?;
        let (h, m): (u8, u8) = (h.parse().ok()?, m.parse().ok()?);
        (h < 24 && m < 60 && m.to_string().len() <= 2).then(|| format!("{h:02}:{m:02}"))
    };
    let (opens, closes) = text.split_once(" to ")?;
    Some((time(opens)?, time(closes)?))
}

/// A page of the sitemap.
pub struct SitemapEntry {
    /// Path relative to the site's base (as `PageInfo::path`).
    pub path: String,
    /// Its date (YYYY-MM-DD), if it has one.
    pub date: Option<String>,
    /// The same page in each language (as `PageInfo::alternates`).
    pub alternates: Vec<(String, String)>,
}

/// `sitemap.xml` for `pages`, with each page's date where known and, for a page in more than
/// one language, its alternates.
pub fn sitemap(site: &Site, pages: &[SitemapEntry]) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for page in pages {
        out.push_str(&format!(
            "  <url><loc>{}</loc>",
            escape(&url(site, &page.path))
        ));
        if let Some(date) = &page.date {
            out.push_str(&format!("<lastmod>{}</lastmod>", escape(date)));
        }
        for (lang, path) in page.alternates.iter().filter(|_| page.alternates.len() > 2) {
            out.push_str(&format!(
                "<xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>",
                escape(lang),
                escape(&url(site, path))
            ));
        }
        out.push_str("</url>\n");
    }
    out.push_str("</urlset>\n");
    out
}

/// `robots.txt`: everything but the iframe pages, and where the sitemap is.
pub fn robots(site: &Site, base: &str) -> String {
    format!(
        "User-agent: *\nAllow: {base}\nDisallow: {base}embed/\n\nSitemap: {}\n",
        url(site, "sitemap.xml")
    )
}

/// The Atom feed of a locale's articles (its folder `root`: "" or `de/`), newest first.
pub fn atom(site: &Site, index: &ArticleIndex, root: &str) -> String {
    let url =
        |site: &Site, path: &str| url(site, &format!("{root}{}", path.trim_start_matches('/')));
    let articles = index.newest_first();
    let updated = articles.first().map_or("1970-01-01", |a| a.date.as_str());
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\">\n  <title>{}</title>\n  <subtitle>{}</subtitle>\n  <id>{}</id>\n  <link rel=\"alternate\" href=\"{}\"/>\n  <link rel=\"self\" href=\"{}\"/>\n  <updated>{updated}T00:00:00Z</updated>\n  <author><name>{}</name></author>\n",
        escape(&site.lang),
        escape(&site.name),
        escape(&site.tagline),
        escape(&url(site, "/articles")),
        escape(&url(site, "/articles")),
        escape(&url(site, "feed.xml")),
        escape(&site.name),
    );
    for a in &articles {
        let link = url(site, &format!("/articles/{}", a.slug));
        out.push_str(&format!(
            "  <entry>\n    <title>{}</title>\n    <id>{}</id>\n    <link rel=\"alternate\" href=\"{}\"/>\n    <published>{}T00:00:00Z</published>\n    <updated>{}T00:00:00Z</updated>\n    <summary>{}</summary>\n  </entry>\n",
            escape(&a.title),
            escape(&link),
            escape(&link),
            escape(&a.date),
            escape(&a.date),
            escape(&a.summary),
        ));
    }
    out.push_str("</feed>\n");
    out
}

/// The JSON Feed (version 1.1) of a locale's articles (as `atom`), newest first.
pub fn json_feed(site: &Site, index: &ArticleIndex, root: &str) -> String {
    let url =
        |site: &Site, path: &str| url(site, &format!("{root}{}", path.trim_start_matches('/')));
    let items: Vec<Value> = index
        .newest_first()
        .iter()
        .map(|a| {
            let link = url(site, &format!("/articles/{}", a.slug));
            json!({
                "id": link,
                "url": link,
                "title": a.title,
                "summary": a.summary,
                "content_text": a.summary,
                "date_published": format!("{}T00:00:00Z", a.date),
                "tags": a.tags,
            })
        })
        .collect();
    let feed = json!({
        "version": "https://jsonfeed.org/version/1.1",
        "title": site.name,
        "description": site.tagline,
        "home_page_url": url(site, "/articles"),
        "feed_url": url(site, "feed.json"),
        "language": site.lang,
        "authors": [{ "name": site.name }],
        "items": items,
    });
    serde_json::to_string_pretty(&feed).unwrap_or_default() + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opening_hours_read_as_schema_org_wants_them() {
        assert_eq!(
            parse_days("Monday to Friday"),
            Some(vec!["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"])
        );
        assert_eq!(parse_days("saturday"), Some(vec!["Saturday"]));
        assert_eq!(parse_days("Friday to Monday"), None);
        assert_eq!(parse_days("Weekdays"), None);
        assert_eq!(
            parse_times("9:00 to 19:00"),
            Some(("09:00".into(), "19:00".into()))
        );
        assert_eq!(parse_times("Closed"), None);
        assert_eq!(parse_times("9:00 to 25:00"), None);
    }
}
