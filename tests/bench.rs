//! `make bench`: what each page's first view costs, and Lighthouse on three of them.
//!
//! The release build in `dist/` is served like a CDN (gzip, the shipped headers). Each page is
//! opened in Chromium and every file it loaded (from the Resource Timing API, the page itself
//! included) is weighed from disk: raw, gzip (level 9) and brotli (quality 11, the `brotli`
//! tool). Then Lighthouse 13 (mobile preset, Debian's Chromium) runs three times, interleaved,
//! on `/`, an article and `/picker`, and on plain pages with the same text as `/` and the
//! article and a 0.3 KB stylesheet, served the same way, and on the three pages again from a
//! server that sends brotli: the medians are printed with each page's LCP as a multiple of its
//! plain page's, and `/picker`'s as a multiple of `/`'s from each server. The widget's first
//! view is weighed per view, on a page of its own. It also times the picker's toggle → next
//! frame, and → the frame with the results, at 6x CPU throttling (40 real clicks; `-- toggle`
//! runs only that). Results are
//! printed, written to `target/bench/latest.json` and appended to `bench/history.jsonl` with
//! the commit, so changes can be compared. A benchmark, not a test: it fails only if something
//! cannot be measured.

// The e2e tests' browser helpers; the bench uses a few of them.
#[path = "e2e/browser.rs"]
#[allow(dead_code)]
mod browser;

use browser::{Driver, Engine, Mode, Page};
use flate2::{write::GzEncoder, Compression};
use massage_guide::hosting::server::{Options, Server};
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The budget per page, everything included, brotli.
const BUDGET: u64 = 100 * 1024;

/// The pages Lighthouse runs on.
const LIGHTHOUSE: [&str; 3] = ["/", "/articles/massage-for-sore-back", "/picker"];

/// Lighthouse runs per page; the median counts.
const RUNS: usize = 3;

/// The plain pages' stylesheet: readable text in both schemes, nothing more (0.3 KB).
const PLAIN_CSS: &str = "body{margin:0 auto;max-width:38rem;padding:1rem 1.25rem;font:1.0625rem/1.6 system-ui,sans-serif;color:#1f2328;background:#fbf9f6}h1,h2{line-height:1.2}h1{font-size:2rem}a{color:#1b6b5c}blockquote{margin:1.5em 0;font-style:italic}@media (prefers-color-scheme:dark){body{color:#e8e6e3;background:#161b1d}a{color:#86d3c3}}\n";

/// Hand-written HTML with the text of a page's title and blocks, and the plain stylesheet.
fn plain_page(title: &str, lead: &str, blocks: &[massage_guide::content::Block]) -> String {
    use massage_guide::content::Block;
    use massage_guide::seo::escape;
    let mut body = format!("<h1>{}</h1>\n<p>{}</p>\n", escape(title), escape(lead));
    for block in blocks {
        body.push_str(&match block {
            Block::Heading { text } => format!("<h2>{}</h2>\n", escape(text)),
            Block::Paragraph { text } => format!("<p>{}</p>\n", escape(text)),
            Block::List { items, .. } => {
                let items: String = items
                    .iter()
                    .map(|i| format!("<li>{}</li>", escape(i)))
                    .collect();
                format!("<ul>{items}</ul>\n")
            }
            Block::Quote { text, .. } => format!("<blockquote>{}</blockquote>\n", escape(text)),
            Block::Image { .. } => String::new(),
        });
    }
    format!("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"description\" content=\"{}\">\n<title>{}</title>\n<link rel=\"stylesheet\" href=\"/plain.css\">\n</head>\n<body>\n<main>\n{body}</main>\n</body>\n</html>\n", escape(lead), escape(title))
}

/// The plain pages for `/` and the article, in a folder of their own: (plain path, page).
fn plain_site(root: &Path, out: &Path) -> Vec<(String, &'static str)> {
    use massage_guide::content::{parse, About, Article};
    let read =
        |name: &str| std::fs::read_to_string(root.join("public/content").join(name)).unwrap();
    let about: About = parse("about.json", &read("about.json")).unwrap();
    let article: Article = parse("a", &read("articles/massage-for-sore-back.json")).unwrap();
    std::fs::create_dir_all(out.join("article")).unwrap();
    std::fs::write(out.join("plain.css"), PLAIN_CSS).unwrap();
    std::fs::write(
        out.join("index.html"),
        plain_page(&about.heading, &about.subheading, &about.blocks),
    )
    .unwrap();
    std::fs::write(
        out.join("article/index.html"),
        plain_page(&article.title, &article.author, &article.blocks),
    )
    .unwrap();
    vec![
        ("/".into(), LIGHTHOUSE[0]),
        ("/article/".into(), LIGHTHOUSE[1]),
    ]
}

/// Regions the latency run toggles (those of the figure's first view; others are skipped).
const TOGGLED: [&str; 6] = [
    "chest",
    "shoulder-left",
    "abdomen",
    "thigh-front-right",
    "forearm-left",
    "shin-right",
];

/// The value at `q` (0.5 median, 0.9 p90) of `samples`; 0 for none.
fn percentile(samples: &[f64], q: f64) -> f64 {
    let mut v = samples.to_vec();
    v.sort_by(f64::total_cmp);
    v.get(((v.len() as f64 - 1.0) * q).round() as usize)
        .copied()
        .unwrap_or(0.0)
}

/// What a toggle costs, in ms per click.
struct Toggle {
    /// To the frame after the first DOM change: the tap answered.
    first: Vec<f64>,
    /// To the frame after the last DOM change (within 300 ms): everything the tap changes
    /// (the picker shows the results a frame after the tap).
    all: Vec<f64>,
}

/// Toggle → next frame on `/picker` in Chromium at 6x CPU throttling: real mouse presses at a
/// region's centre through the DevTools protocol, timed from the input event's `timeStamp` to
/// the frame after the first DOM change, and to the one after the last. A frame's end is a
/// user-blocking task (`scheduler.postTask`) queued from its animation callback: it runs once
/// the frame is done, before what the page itself queued for after it. Prints the medians and
/// p90s, and those of Chromium's Event Timing for the same clicks (as INP).
async fn toggle_latency(p: &Page, origin: &str) -> Toggle {
    p.c.goto(&format!("{origin}/picker"))
        .await
        .expect("open the picker");
    p.wait_app().await.expect("the picker starts");
    p.js(
        "window.__lat = []; window.__all = []; window.__paint = []; let start = null; let click = null; \
         const framed = (f) => requestAnimationFrame(() => scheduler.postTask(f, { priority: 'user-blocking' })); \
         new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.name === 'click') window.__paint.push(e.duration); }).observe({ type: 'event', durationThreshold: 16 }); \
         addEventListener('click', e => { start = e.timeStamp; click = { t: start, i: window.__all.push(null) - 1 }; }, true); \
         new MutationObserver(() => { \
           if (click && performance.now() - click.t < 300) { const c = click; framed(() => { window.__all[c.i] = performance.now() - c.t; }); } \
           if (start === null) return; const t = start; start = null; \
           framed(() => window.__lat.push(performance.now() - t)); }) \
           .observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });",
        vec![],
    )
    .await
    .expect("the probe");
    p.cdp("Emulation.setCPUThrottlingRate", json!({"rate": 6}))
        .await
        .expect("throttling");
    for round in 0..40 {
        let region = TOGGLED[round % TOGGLED.len()];
        let at = p
            .js(
                "const g = document.querySelector(`#picker-app .region[data-region=\"${arguments[0]}\"]`); if (!g) return null; g.scrollIntoView({block: 'center'}); const r = g.getBoundingClientRect(); return r.width ? [r.x + r.width / 2, r.y + r.height / 2] : null;",
                vec![json!(region)],
            )
            .await
            .expect("a region");
        let (Some(x), Some(y)) = (
            at.get(0).and_then(|v| v.as_f64()),
            at.get(1).and_then(|v| v.as_f64()),
        ) else {
            continue;
        };
        for kind in ["mousePressed", "mouseReleased"] {
            p.cdp(
                "Input.dispatchMouseEvent",
                json!({"type": kind, "x": x, "y": y, "button": "left", "clickCount": 1}),
            )
            .await
            .expect("a click");
        }
        tokio::time::sleep(std::time::Duration::from_millis(400)).await;
    }
    let _ = p
        .cdp("Emulation.setCPUThrottlingRate", json!({"rate": 1}))
        .await;
    let lat = p
        .js(
            "return [window.__lat, window.__all.filter(x => x !== null)];",
            vec![],
        )
        .await
        .expect("the samples");
    let (first, all): (Vec<f64>, Vec<f64>) = serde_json::from_value(lat).unwrap_or_default();
    println!(
        "\npicker toggle → next frame, 6x CPU throttling, {} real clicks: median {:.1} ms, p90 {:.1} ms",
        first.len(),
        percentile(&first, 0.5),
        percentile(&first, 0.9)
    );
    println!(
        "toggle → frame after its last change (the results), {} clicks: median {:.1} ms, p90 {:.1} ms",
        all.len(),
        percentile(&all, 0.5),
        percentile(&all, 0.9)
    );
    // The browser's own measure of the same clicks (Event Timing, as INP): to the next paint
    // after the handlers, in steps of 8 ms.
    let paint = p
        .js("return window.__paint;", vec![])
        .await
        .expect("the event timings");
    let paint: Vec<f64> = serde_json::from_value(paint).unwrap_or_default();
    println!(
        "the same, by Event Timing (to the next paint), {} clicks: median {:.0} ms, p90 {:.0} ms",
        paint.len(),
        percentile(&paint, 0.5),
        percentile(&paint, 0.9)
    );
    Toggle { first, all }
}

/// The median of the runs' values of `key`.
fn median(runs: &[Value], key: &str) -> Option<f64> {
    let mut v: Vec<f64> = runs.iter().filter_map(|r| r[key].as_f64()).collect();
    v.sort_by(f64::total_cmp);
    v.get(v.len() / 2).copied()
}

#[derive(Default, Clone, Copy)]
struct Size {
    raw: u64,
    gzip: u64,
    brotli: u64,
}

impl std::ops::AddAssign for Size {
    fn add_assign(&mut self, o: Size) {
        self.raw += o.raw;
        self.gzip += o.gzip;
        self.brotli += o.brotli;
    }
}

fn kb(n: u64) -> String {
    format!("{:.1}", n as f64 / 1024.0)
}

/// Sizes of one file, cached: the wasm is weighed once, not once per page.
fn weigh(file: &Path, cache: &mut BTreeMap<PathBuf, Size>) -> Size {
    if let Some(s) = cache.get(file) {
        return *s;
    }
    let bytes = std::fs::read(file).unwrap_or_default();
    let mut gz = GzEncoder::new(Vec::new(), Compression::best());
    gz.write_all(&bytes).unwrap();
    let gzip = gz.finish().unwrap().len() as u64;
    let size = Size {
        raw: bytes.len() as u64,
        gzip,
        brotli: browser::brotli_len(file).expect("the brotli size"),
    };
    cache.insert(file.to_path_buf(), size);
    size
}

fn kind(file: &Path) -> &'static str {
    match file.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "html",
        "js" => "js",
        "wasm" => "wasm",
        "css" => "css",
        // Content: JSON files, and the picker's compact content file.
        "json" | "bin" => "json",
        _ => "other",
    }
}

/// The file under `dist` that a URL path is served from.
fn file_for(dist: &Path, path: &str) -> PathBuf {
    let mut file = dist.to_path_buf();
    file.extend(path.split('/').filter(|s| !s.is_empty()));
    if file.is_dir() {
        file.push("index.html");
    }
    file
}

async fn first_view(p: &Page, origin: &str, path: &str) -> Vec<String> {
    p.c.goto(&format!("{origin}{path}"))
        .await
        .expect("open the page");
    p.wait_app().await.expect("the page loads");
    let page = p
        .js("return location.pathname;", vec![])
        .await
        .expect("the page's path");
    let mut loaded = vec![serde_json::from_value(page).unwrap()];
    loaded.extend(resources(p).await);
    loaded
}

/// The paths of every file the page has fetched (the page itself not counted), once anything
/// its first view still fetches has arrived.
async fn resources(p: &Page) -> Vec<String> {
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    let loaded = p
        .js(
            "return performance.getEntriesByType('resource').map(e => new URL(e.name).pathname);",
            vec![],
        )
        .await
        .expect("resource timing");
    serde_json::from_value(loaded).unwrap()
}

/// What a `<massage-guide view="{view}">` alone on a page loads until its view answers (the
/// picker's figure, another view's heading), the host page itself not counted.
async fn widget_view(p: &Page, server: &Server, view: &str) -> Vec<String> {
    let page = format!("/__widget-{view}.html");
    // The host page names an icon of its own: a browser would fetch `/favicon.ico` for it,
    // which is the host's, not the widget's.
    server.fault(
        &page,
        massage_guide::hosting::server::Fault::Body(format!(
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{view}</title><link rel=\"icon\" href=\"data:,\"><script type=\"module\" src=\"/embed.js\"></script></head><body><main><massage-guide view=\"{view}\"></massage-guide></main></body></html>"
        )),
    );
    p.c.goto(&server.url(&page)).await.expect("open the page");
    let answers = match view {
        "picker" => ".figure-front [data-region]",
        _ => "h1",
    };
    p.wait(
        &format!("document.querySelector('massage-guide').shadowRoot?.querySelector('{answers}') != null"),
        "the widget's view",
    )
    .await
    .expect("the widget shows its view");
    resources(p).await
}

fn lighthouse(root: &Path, url: &str) -> Value {
    let out = std::env::temp_dir().join(format!("mg-lighthouse-{}.json", std::process::id()));
    let bench = root.join("bench/node_modules");
    let status = Command::new(bench.join(".bin/node"))
        .arg(bench.join("lighthouse/cli/index.js"))
        .arg(url)
        .args(["--quiet", "--output=json"])
        .arg(format!("--output-path={}", out.display()))
        .arg("--only-categories=performance,accessibility,best-practices,seo")
        .arg("--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run")
        .env("CHROME_PATH", "/usr/bin/chromium")
        .status()
        .expect("Lighthouse (npm ci --prefix bench)");
    assert!(status.success(), "Lighthouse failed on {url}");
    let report: Value = serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    let _ = std::fs::remove_file(out);
    let score = |c: &str| {
        report["categories"][c]["score"]
            .as_f64()
            .map(|s| (s * 100.0).round())
    };
    let audit = |a: &str| report["audits"][a]["numericValue"].as_f64();
    json!({
        "performance": score("performance"),
        "accessibility": score("accessibility"),
        "best_practices": score("best-practices"),
        "seo": score("seo"),
        "lcp_ms": audit("largest-contentful-paint").map(f64::round),
        "tbt_ms": audit("total-blocking-time").map(f64::round),
        "cls": audit("cumulative-layout-shift"),
    })
}

#[tokio::main]
async fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let dist = root.join("dist");
    assert!(dist.join("index.html").is_file(), "run `make dist` first");
    let server = Server::start(dist.clone());
    let mut routes = massage_guide::prerender::routes(
        &massage_guide::prerender::content_files(&root.join("public/content")).unwrap(),
    )
    .unwrap();
    // The second language's first views: its home page and its picker, with its own words.
    routes.extend(["/de/".to_string(), "/de/picker".to_string()]);

    let mut driver = Driver::start(Engine::Chromium).await.expect("chromedriver");
    let client = driver
        .session(Mode::Normal)
        .await
        .expect("a Chromium session");
    let page = Page {
        c: client,
        engine: Engine::Chromium,
        origin: server.origin.clone(),
        driver: driver.url(),
    };
    // `-- toggle` measures only the picker's toggle latency (while working on it).
    if std::env::args().any(|a| a == "toggle") {
        toggle_latency(&page, &server.origin).await;
        let _ = page.c.close().await;
        return;
    }
    let mut cache = BTreeMap::new();
    let mut pages = Vec::new();
    println!(
        "{:<42} {:>4} {:>7} {:>7} {:>7} {:>7} {:>7} {:>8} {:>8} {:>8}",
        "first view (KB brotli)",
        "req",
        "html",
        "js",
        "wasm",
        "css",
        "content",
        "raw",
        "gzip",
        "brotli"
    );
    let mut views = Vec::new();
    for route in &routes {
        views.push((
            route.clone(),
            first_view(&page, &server.origin, route).await,
        ));
    }
    for view in massage_guide::hosting::postbuild::VIEWS {
        let loaded = widget_view(&page, &server, view).await;
        views.push((format!("widget view={view}"), loaded));
    }
    for (route, loaded) in &views {
        let mut by_kind: BTreeMap<&str, Size> = BTreeMap::new();
        let mut total = Size::default();
        for path in loaded {
            let file = file_for(&dist, path);
            let size = weigh(&file, &mut cache);
            *by_kind.entry(kind(&file)).or_default() += size;
            total += size;
        }
        let br = |k: &str| kb(by_kind.get(k).map_or(0, |s| s.brotli));
        println!(
            "{:<42} {:>4} {:>7} {:>7} {:>7} {:>7} {:>7} {:>8} {:>8} {:>8}{}",
            route,
            loaded.len(),
            br("html"),
            br("js"),
            br("wasm"),
            br("css"),
            br("json"),
            kb(total.raw),
            kb(total.gzip),
            kb(total.brotli),
            if total.brotli > BUDGET {
                "  over budget"
            } else {
                ""
            }
        );
        let kinds: BTreeMap<&str, Value> = by_kind
            .iter()
            .map(|(k, s)| {
                (
                    *k,
                    json!({"raw": s.raw, "gzip": s.gzip, "brotli": s.brotli}),
                )
            })
            .collect();
        pages.push(json!({
            "route": route,
            "requests": loaded.len(),
            "by_kind": kinds,
            "total": {"raw": total.raw, "gzip": total.gzip, "brotli": total.brotli},
        }));
    }
    // `-- sizes` stops after the first views' sizes (while working on them).
    if std::env::args().any(|a| a == "sizes") {
        let _ = page.c.close().await;
        return;
    }
    let latency = toggle_latency(&page, &server.origin).await;
    let _ = page.c.close().await;

    let plain_dir = root.join("target/bench/plain");
    let plain_pages = plain_site(&root, &plain_dir);
    let plain = Server::start(plain_dir);
    // Interleaved, so that a slower moment of the machine touches every page alike.
    let mut targets: Vec<(String, String)> = LIGHTHOUSE
        .iter()
        .map(|r| (r.to_string(), server.url(r)))
        .collect();
    targets.extend(
        plain_pages
            .iter()
            .map(|(path, of)| (format!("plain {of}"), plain.url(path))),
    );
    // The same pages from a server that sends brotli, as Cloudflare and Netlify do.
    let brotli = Server::start_with(
        dist.clone(),
        Options {
            brotli: true,
            ..Options::default()
        },
    )
    .expect("the brotli server");
    targets.extend(
        LIGHTHOUSE
            .iter()
            .map(|r| (format!("{r} (brotli)"), brotli.url(r))),
    );
    let mut runs: BTreeMap<String, Vec<Value>> = BTreeMap::new();
    for _ in 0..RUNS {
        for (name, url) in &targets {
            runs.entry(name.clone())
                .or_default()
                .push(lighthouse(&root, url));
        }
    }
    println!("\nLighthouse 13, mobile preset, medians of {RUNS} runs (gzip server unless said)");
    println!(
        "{:<42} {:>5} {:>5} {:>5} {:>5} {:>8} {:>8} {:>6} {:>9}",
        "page", "perf", "a11y", "bp", "seo", "LCP ms", "TBT ms", "CLS", "LCP/plain"
    );
    let mut scores = Vec::new();
    for (name, _) in &targets {
        let r = &runs[name];
        let plain_lcp = median(
            &runs
                .get(&format!("plain {name}"))
                .cloned()
                .unwrap_or_default(),
            "lcp_ms",
        );
        let lcp = median(r, "lcp_ms");
        let ratio = lcp.zip(plain_lcp).map(|(a, b)| a / b);
        let n = |k: &str| median(r, k).map_or("-".into(), |v| format!("{v}"));
        println!(
            "{:<42} {:>5} {:>5} {:>5} {:>5} {:>8} {:>8} {:>6} {:>9}",
            name,
            n("performance"),
            n("accessibility"),
            n("best_practices"),
            n("seo"),
            n("lcp_ms"),
            n("tbt_ms"),
            n("cls"),
            ratio.map_or(String::new(), |x| format!("{x:.2}x"))
        );
        scores.push(json!({"route": name, "runs": r, "median_lcp_ms": lcp, "lcp_vs_plain": ratio}));
    }

    // The picker page's largest paint against the home page's, from each server.
    let mut picker_vs_home = serde_json::Map::new();
    for (suffix, server) in [("", "gzip"), (" (brotli)", "brotli")] {
        let lcp = |route: &str| {
            scores
                .iter()
                .find(|s| s["route"] == format!("{route}{suffix}"))
                .and_then(|s| s["median_lcp_ms"].as_f64())
        };
        if let (Some(picker), Some(home)) = (lcp("/picker"), lcp("/")) {
            println!("/picker LCP against /, {server}: {:.2}x", picker / home);
            picker_vs_home.insert(server.into(), json!(picker / home));
        }
    }

    let commit = Command::new("git")
        .args(["rev-parse", "--short", "HEAD"])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_default();
    let date = Command::new("date")
        .arg("-u")
        .arg("+%Y-%m-%dT%H:%M:%SZ")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_default();
    let result = json!({"commit": commit, "date": date, "budget_brotli": BUDGET, "pages": pages, "lighthouse": scores, "picker_lcp_vs_home": picker_vs_home, "toggle_ms": {"median": percentile(&latency.first, 0.5), "p90": percentile(&latency.first, 0.9), "samples": latency.first}, "toggle_all_ms": {"median": percentile(&latency.all, 0.5), "p90": percentile(&latency.all, 0.9), "samples": latency.all}});
    let out = root.join("target/bench");
    std::fs::create_dir_all(&out).unwrap();
    std::fs::write(
        out.join("latest.json"),
        serde_json::to_string_pretty(&result).unwrap(),
    )
    .unwrap();
    let mut history = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(root.join("bench/history.jsonl"))
        .unwrap();
    writeln!(history, "{result}").unwrap();
    println!("\nwritten to target/bench/latest.json and appended to bench/history.jsonl");
}
