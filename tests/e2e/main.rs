//! End-to-end tests: the release build in `dist/`, served like a CDN, driven in Chromium,
//! Firefox and WebKit through their WebDriver servers. Run by `make test` (`make e2e`).
//!
//! A missing browser or driver fails the run; it never skips. Prints one summary line per
//! engine and exits non-zero if anything failed.

/// Lists test functions as `Test`s named after them; used by the scenario modules below.
macro_rules! tests {
    ($($name:ident),* $(,)?) => {
        vec![$(Test { name: stringify!($name), run: |x| Box::pin($name(x)) }),*]
    };
}

mod browser;
mod budget;
mod embed;
mod hosting;
mod live;
mod locales;
mod picker;
mod prerender;
mod site;
mod states;

use browser::{Driver, Engine, Mode, Page};
use massage_guide::hosting::server;
use server::{Options, Server};
use std::future::Future;
use std::path::PathBuf;
use std::pin::Pin;
use std::time::{Duration, Instant};

/// What every test gets: a page in one engine and the servers (to break files on purpose,
/// and to see what was asked for). All of them collect CSP violation reports.
pub struct Ctx {
    pub page: Page,
    /// `dist/` at the root, without rewrites (as GitHub Pages).
    pub server: Server,
    /// `dist/` at the root, with the `_redirects` rewrites (as Netlify).
    pub rewrites: Server,
    /// The `BASE=/clinic/` build under `/clinic/`.
    pub clinic: Server,
    /// The clinic's own site of `examples/embed`, on another origin, embedding the widget.
    pub host: Server,
}

impl Ctx {
    fn servers(&self) -> [&Server; 4] {
        [&self.server, &self.rewrites, &self.clinic, &self.host]
    }
}

type TestFn = for<'a> fn(&'a Ctx) -> Pin<Box<dyn Future<Output = browser::R> + 'a>>;

/// A named test, run once per engine.
pub struct Test {
    pub name: &'static str,
    pub run: TestFn,
}

#[tokio::main]
async fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let dist = root.join("dist");
    assert!(
        dist.join("index.html").is_file() && dist.join("404.html").is_file(),
        "dist/ is missing: run `make dist` first"
    );
    let clinic = root.join("target/dist-clinic");
    assert!(
        clinic.join("index.html").is_file(),
        "target/dist-clinic is missing: run `make dist-clinic` first"
    );
    let start = |dir: PathBuf, prefix: &str, rewrites: bool| {
        let options = Options {
            prefix: prefix.into(),
            rewrites,
            report_csp: true,
            ..Options::default()
        };
        Server::start_with(dir, options).expect("start a server")
    };
    let server = start(dist.clone(), "/", false);
    let servers = Servers {
        rewrites: start(dist, "/", true),
        clinic: start(clinic, "/clinic/", false),
        host: start(embed::host_page(&root, &server.origin), "/", false),
        server,
    };
    let filter = std::env::args().nth(1).filter(|a| !a.starts_with('-'));
    let engines: Vec<Engine> = match std::env::var("E2E_ENGINES") {
        Ok(list) => Engine::ALL
            .into_iter()
            .filter(|e| list.split(',').any(|n| n == e.name()))
            .collect(),
        Err(_) => Engine::ALL.to_vec(),
    };
    let mut tests = site::tests();
    tests.extend(picker::tests());
    tests.extend(hosting::tests());
    tests.extend(embed::tests());
    tests.extend(prerender::tests());
    tests.extend(states::tests());
    tests.extend(live::tests());
    tests.extend(locales::tests());
    tests.extend(budget::tests());
    let mut summaries = Vec::new();
    let mut failed_any = false;
    for engine in engines {
        let started = Instant::now();
        let (passed, failed) = run_engine(engine, &servers, &tests, filter.as_deref()).await;
        failed_any |= failed > 0 || passed == 0;
        summaries.push(format!(
            "{}: {passed} passed, {failed} failed ({:.0} s)",
            engine.name(),
            started.elapsed().as_secs_f64()
        ));
    }
    println!();
    for s in &summaries {
        println!("{s}");
    }
    if failed_any {
        std::process::exit(1);
    }
}

/// The servers, before a browser session joins them into a `Ctx`.
struct Servers {
    server: Server,
    rewrites: Server,
    clinic: Server,
    host: Server,
}

impl Servers {
    fn ctx(&self, page: Page) -> Ctx {
        Ctx {
            page,
            server: self.server.clone(),
            rewrites: self.rewrites.clone(),
            clinic: self.clinic.clone(),
            host: self.host.clone(),
        }
    }
}

/// Runs one test; every test also fails if the browser reported a CSP violation meanwhile.
async fn run_test(test: &Test, ctx: &Ctx) -> browser::R {
    for s in ctx.servers() {
        s.clear_logs();
    }
    let result = tokio::time::timeout(std::time::Duration::from_secs(120), (test.run)(ctx))
        .await
        .unwrap_or_else(|_| Err("timed out after 120 s".into()));
    for s in ctx.servers() {
        s.clear_faults();
    }
    let reports: Vec<String> = ctx.servers().iter().flat_map(|s| s.csp_reports()).collect();
    match result {
        Ok(()) if !reports.is_empty() => Err(format!("CSP violations: {}", reports.join("; "))),
        other => other,
    }
}

async fn run_engine(
    engine: Engine,
    servers: &Servers,
    tests: &[Test],
    filter: Option<&str>,
) -> (usize, usize) {
    let selected: Vec<&Test> = tests
        .iter()
        .filter(|t| filter.is_none_or(|f| t.name.contains(f)))
        .filter(|t| !t.name.ends_with("_chromium") || engine == Engine::Chromium)
        .collect();
    let mut driver = match Driver::start(engine).await {
        Ok(d) => d,
        Err(e) => {
            println!("FAIL {}: {e}", engine.name());
            return (0, selected.len().max(1));
        }
    };
    let client = match driver.session(Mode::Normal).await {
        Ok(c) => c,
        Err(e) => {
            println!("FAIL {}: {e}", engine.name());
            return (0, selected.len().max(1));
        }
    };
    let mut ctx = servers.ctx(Page {
        c: client,
        engine,
        origin: servers.server.origin.clone(),
        driver: driver.url(),
    });
    let (mut passed, mut failed) = (0, 0);
    for test in selected {
        let started = Instant::now();
        let mut result = run_test(test, &ctx).await;
        // WebKit's MiniBrowser occasionally crashes under Xvfb ("session deleted because of
        // page crash"), or stops answering. Only then, and said out loud: a new session and one
        // more try.
        if let Err(e) = &result {
            let answers = tokio::time::timeout(Duration::from_secs(10), ctx.page.c.title()).await;
            if !matches!(answers, Ok(Ok(_))) {
                println!(
                    "note {} {}: the browser session died ({e}); retrying once in a new session",
                    engine.name(),
                    test.name
                );
                let session =
                    tokio::time::timeout(Duration::from_secs(60), driver.session(Mode::Normal))
                        .await
                        .unwrap_or_else(|_| Err("no new session within 60 s".into()));
                match session {
                    Ok(c) => {
                        ctx.page.c = c;
                        result = run_test(test, &ctx).await;
                    }
                    Err(e) => result = Err(e),
                }
            }
        }
        let ms = started.elapsed().as_millis();
        match result {
            Ok(()) => {
                passed += 1;
                println!("ok   {} {} ({ms} ms)", engine.name(), test.name);
            }
            Err(e) => {
                failed += 1;
                println!("FAIL {} {} ({ms} ms): {e}", engine.name(), test.name);
            }
        }
    }
    let _ = ctx.page.c.close().await;
    // Sessions started differently, where only a new session can do it (Firefox): the dark
    // scheme (Chromium switches inside the session, in the tests; WebKit's driver cannot emulate
    // it) and JavaScript off.
    let own_sessions = [
        (Mode::Dark, tests![axe_dark_scheme_every_route]),
        (Mode::NoScript, tests![no_js_every_page_reads_complete]),
    ];
    for (mode, tests) in own_sessions {
        for test in tests
            .iter()
            .filter(|t| engine == Engine::Firefox && filter.is_none_or(|f| t.name.contains(f)))
        {
            let result = match driver.session(mode).await {
                Ok(c) => {
                    let ctx = servers.ctx(Page {
                        c,
                        engine,
                        origin: servers.server.origin.clone(),
                        driver: driver.url(),
                    });
                    let result = run_test(test, &ctx).await;
                    let _ = ctx.page.c.close().await;
                    result
                }
                Err(e) => Err(format!("{mode:?} session: {e}")),
            };
            match result {
                Ok(()) => {
                    passed += 1;
                    println!("ok   {} {}", engine.name(), test.name);
                }
                Err(e) => {
                    failed += 1;
                    println!("FAIL {} {}: {e}", engine.name(), test.name);
                }
            }
        }
    }
    (passed, failed)
}

/// axe in the dark scheme, in a session started dark.
async fn axe_dark_scheme_every_route(x: &Ctx) -> browser::R {
    site::axe_every_route(x, "dark").await
}

/// Every page with JavaScript off, in a session started so.
async fn no_js_every_page_reads_complete(x: &Ctx) -> browser::R {
    prerender::no_js_every_page(x).await
}
