//! Static hosting: the shipped headers (CSP, caching, CORS), deep links with and without
//! rewrites, and the sub-path build under `/clinic/`.

use crate::browser::{check, Page, R};
use crate::site::ROUTES;
use crate::{Ctx, Test};
use massage_guide::content::{self, Article};
use massage_guide::hosting::headers::{
    csp_hash, with_style_hash, BOOT_SCRIPT, CSP, EARLY_SCRIPT, IMMUTABLE,
};
use massage_guide::hosting::server::{http, CSP_REPORT_PATH};
use serde_json::{json, Value};
use std::time::{Duration, Instant};

/// Every hosting test, in the order they run.
pub fn tests() -> Vec<Test> {
    tests![
        hosting_headers_follow_the_shipped_rules,
        hosting_csp_reports_violations_and_the_site_has_none,
        hosting_deep_links_work_with_and_without_rules,
        hosting_sub_path_build_works_under_clinic,
    ]
}

fn dist_file(dir: &str, pick: impl Fn(&str) -> bool) -> String {
    let path = format!("{}/{dir}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_dir(&path)
        .unwrap_or_else(|e| panic!("{path}: {e}"))
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .find(|n| pick(n))
        .unwrap_or_else(|| panic!("no such file in {path}"))
}

fn header(head: &str, name: &str) -> String {
    let prefix = format!("{}:", name.to_ascii_lowercase());
    head.lines()
        .find_map(|l| l.strip_prefix(&prefix))
        .map(|v| v.trim().to_string())
        .unwrap_or_default()
}

fn get(url: &str) -> R<(u16, String)> {
    let (status, head, _) = http("GET", url, None).map_err(|e| format!("{url}: {e}"))?;
    Ok((status, head))
}

async fn hosting_headers_follow_the_shipped_rules(x: &Ctx) -> R {
    // The policy allows the pages' one inline stylesheet by its hash.
    let home = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/dist/index.html"))
        .map_err(|e| e.to_string())?;
    let style = home
        .split_once("<style>")
        .and_then(|(_, rest)| rest.split_once("</style>"))
        .map(|(style, _)| style)
        .ok_or("the home page has no inline stylesheet")?;
    let csp = with_style_hash(CSP, &csp_hash(style));
    let csp = format!("{csp}; report-uri {CSP_REPORT_PATH}").to_ascii_lowercase();
    let (status, head) = get(&x.server.url("/"))?;
    check(status == 200, || format!("/ answered {status}"))?;
    check(header(&head, "content-security-policy") == csp, || {
        format!("CSP of /: {head}")
    })?;
    check(header(&head, "x-content-type-options") == "nosniff", || {
        "nosniff missing".into()
    })?;
    let wasm = dist_file("dist/assets", |n| {
        n.starts_with("massage-guide-") && !n.contains("embed") && n.ends_with("_bg.wasm")
    });
    let (_, head) = get(&x.server.url(&format!("/assets/{wasm}")))?;
    check(header(&head, "content-type") == "application/wasm", || {
        format!("wasm MIME: {head}")
    })?;
    check(header(&head, "cache-control") == IMMUTABLE, || {
        format!("hashed files are cached for good: {head}")
    })?;
    for path in ["/content/site.json", "/embed.js", "/embed-iframe.js"] {
        let (status, head) = get(&x.server.url(path))?;
        check(status == 200, || format!("{path} answered {status}"))?;
        check(header(&head, "access-control-allow-origin") == "*", || {
            format!("{path} needs CORS for the widget: {head}")
        })?;
        check(header(&head, "cache-control") == "no-cache", || {
            format!("{path} must be revalidated: {head}")
        })?;
    }
    // The policy needs no 'unsafe-inline': the inline scripts that run are the picker page's
    // boot and early ones, allowed by their hashes; the others are data.
    let root = env!("CARGO_MANIFEST_DIR");
    let tags = |page: &str| -> Vec<(String, String)> {
        let html = std::fs::read_to_string(format!("{root}/dist/{page}")).unwrap();
        html.split("<script")
            .skip(1)
            .map(|s| {
                let open = s.find('>').unwrap();
                let body = &s[open + 1..s.find("</script>").unwrap()];
                (s[..open].to_string(), body.to_string())
            })
            .collect()
    };
    let picker = tags("picker/index.html");
    let code_inline: Vec<&str> = picker
        .iter()
        .filter(|(t, _)| {
            !t.contains("src=")
                && !t.contains("application/json")
                && !t.contains("application/ld+json")
        })
        .map(|(_, body)| body.as_str())
        .collect();
    check(code_inline == [BOOT_SCRIPT, EARLY_SCRIPT], || {
        format!("the picker page's inline scripts: {code_inline:?}")
    })?;
    // Every other page is static: its only script is its JSON-LD.
    let home = tags("index.html");
    check(
        home.iter().all(|(t, _)| t.contains("application/ld+json")),
        || format!("index.html has scripts: {home:?}"),
    )
}

async fn wait_reports(x: &Ctx, what: &str) -> R<Vec<String>> {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let reports = x.server.csp_reports();
        if !reports.is_empty() {
            return Ok(reports);
        }
        if Instant::now() > deadline {
            return Err(format!("no CSP report for {what}"));
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Installs a `securitypolicyviolation` listener that keeps the violated directives.
async fn listen(p: &Page) -> R {
    p.js(
        "window.__violations = []; document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));",
        vec![],
    )
    .await
    .map(|_| ())
}

async fn violations(p: &Page) -> R<Value> {
    p.js("return window.__violations || null;", vec![]).await
}

async fn hosting_csp_reports_violations_and_the_site_has_none(x: &Ctx) -> R {
    let p = &x.page;
    // First prove that a violation would be seen, both as an event and as a report.
    p.open("/").await?;
    listen(p).await?;
    p.js(
        "const i = document.createElement('img'); i.src = 'https://example.invalid/pixel.png'; document.body.append(i);",
        vec![],
    )
    .await?;
    p.wait("window.__violations.length > 0", "the violation event")
        .await?;
    let reports = wait_reports(x, "a blocked image").await?;
    check(reports[0].contains("example.invalid"), || {
        format!("report: {reports:?}")
    })?;
    x.server.clear_logs();

    // Then every kind of page violates nothing while loading (the reports say so) nor
    // while the picker is used (the events say so).
    for route in ROUTES {
        p.open(route).await?;
        p.wait("document.querySelector('h1')", "a heading").await?;
    }
    p.open("/picker").await?;
    listen(p).await?;
    p.click(".figure-front [data-region=neck-front] .shape")
        .await?;
    p.wait("document.getElementById('feel-title')", "the next step")
        .await?;
    let seen = violations(p).await?;
    check(seen == json!([]), || format!("picker: violations {seen}"))?;
    tokio::time::sleep(Duration::from_millis(500)).await;
    let reports = x.server.csp_reports();
    check(reports.is_empty(), || format!("reports: {reports:?}"))
}

fn seed_article() -> Article {
    let path = format!(
        "{}/public/content/articles/massage-for-sore-back.json",
        env!("CARGO_MANIFEST_DIR")
    );
    content::parse("article", &std::fs::read_to_string(path).unwrap()).unwrap()
}

async fn hosting_deep_links_work_with_and_without_rules(x: &Ctx) -> R {
    let p = &x.page;
    // Every page is a file: 200 on any host.
    let path = "/articles/massage-for-sore-back";
    for server in [&x.rewrites, &x.server] {
        let (status, _) = get(&server.url(path))?;
        check(status == 200, || format!("{path} answered {status}"))?;
        p.goto(&server.url(path)).await?;
        p.wait_h1(&seed_article().title).await?;
    }
    // A path without a file: the not-found page, status 404, by `_redirects` (as Netlify) or
    // by the host itself (as GitHub Pages).
    let missing = "/articles/not-written-yet";
    for server in [&x.rewrites, &x.server] {
        let (status, _) = get(&server.url(missing))?;
        check(status == 404, || format!("{missing} answered {status}"))?;
    }
    for server in [&x.rewrites, &x.server] {
        p.goto(&server.url(missing)).await?;
        p.wait_h1("Page not found").await?;
        p.wait_app().await?;
        p.wait_h1("Page not found").await?;
    }
    Ok(())
}

async fn hosting_sub_path_build_works_under_clinic(x: &Ctx) -> R {
    let p = &x.page;
    let title = seed_article().title;
    p.goto(&x.clinic.url("/clinic/articles/massage-for-sore-back"))
        .await?;
    p.wait_app().await?;
    p.wait_h1(&title).await?;
    // Links stay under /clinic/.
    p.click_link("header", "Massage types").await?;
    p.wait_path("/clinic/massage").await?;
    p.wait_h1("Massage types").await?;
    p.click_link("main", "Swedish massage").await?;
    p.wait_path("/clinic/massage/swedish").await?;
    p.wait_h1("Swedish massage").await?;
    p.c.back().await.map_err(|e| e.to_string())?;
    p.wait_path("/clinic/massage").await?;
    p.click_link("header", "About").await?;
    p.wait_path("/clinic/").await?;
    p.wait("document.querySelector('.about h1')", "the About page")
        .await?;
    // A picker deep link, opened directly.
    p.goto(
        &x.clinic
            .url("/clinic/picker?regions=lower-back&complaints=tight"),
    )
    .await?;
    p.wait_app().await?;
    p.wait(
        "document.querySelector('[data-region=lower-back][aria-checked=true]')",
        "the lower back chosen",
    )
    .await?;
    let outside: Vec<String> = x
        .clinic
        .requests()
        .into_iter()
        .filter(|r| !r.starts_with("/clinic/"))
        .collect();
    check(outside.is_empty(), || {
        format!("requests outside /clinic/: {outside:?}")
    })?;
    // The picker's app came from under /clinic/ and links there too.
    let fetched = x.clinic.requests();
    check(
        fetched
            .iter()
            .any(|r| r.starts_with("/clinic/assets/") && r.ends_with(".wasm")),
        || format!("no wasm fetched: {fetched:?}"),
    )?;
    p.wait("document.querySelector('.suggestion h3 a')", "a suggestion")
        .await?;
    let links = p.attrs(".suggestion h3 a", "href").await?;
    check(
        links.iter().all(|l| l.starts_with("/clinic/massage/")),
        || format!("suggestions link to {links:?}"),
    )
}
