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
mod picker;
mod server;
mod site;

use browser::{Driver, Engine, Page};
use server::Server;
use std::future::Future;
use std::path::PathBuf;
use std::pin::Pin;
use std::time::Instant;

/// What every test gets: a page in one engine and the server (to break files on purpose).
pub struct Ctx {
    pub page: Page,
    pub server: Server,
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
    let server = Server::start(dist);
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
    let mut summaries = Vec::new();
    let mut failed_any = false;
    for engine in engines {
        let started = Instant::now();
        let (passed, failed) = run_engine(engine, &server, &tests, filter.as_deref()).await;
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

async fn run_test(test: &Test, ctx: &Ctx) -> browser::R {
    let result = tokio::time::timeout(std::time::Duration::from_secs(120), (test.run)(ctx))
        .await
        .unwrap_or_else(|_| Err("timed out after 120 s".into()));
    ctx.server.clear_faults();
    result
}

async fn run_engine(
    engine: Engine,
    server: &Server,
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
    let client = match driver.session(false).await {
        Ok(c) => c,
        Err(e) => {
            println!("FAIL {}: {e}", engine.name());
            return (0, selected.len().max(1));
        }
    };
    let mut ctx = Ctx {
        page: Page {
            c: client,
            engine,
            origin: server.origin.clone(),
            driver: driver.url(),
        },
        server: server.clone(),
    };
    let (mut passed, mut failed) = (0, 0);
    for test in selected {
        let started = Instant::now();
        let mut result = run_test(test, &ctx).await;
        // WebKit's MiniBrowser occasionally crashes under Xvfb ("session deleted because of
        // page crash"). Only then, and said out loud: a new session and one more try.
        if let Err(e) = &result {
            if ctx.page.c.title().await.is_err() {
                println!(
                    "note {} {}: the browser session died ({e}); retrying once in a new session",
                    engine.name(),
                    test.name
                );
                match driver.session(false).await {
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
    // Dark scheme: Chromium switches inside the session (in the tests); Firefox needs a
    // session started with the preference; WebKit's driver cannot emulate it (TOOLCHAIN.md).
    if engine == Engine::Firefox && filter.is_none_or(|f| "dark".contains(f) || f.contains("dark"))
    {
        match driver.session(true).await {
            Ok(c) => {
                let ctx = Ctx {
                    page: Page {
                        c,
                        engine,
                        origin: server.origin.clone(),
                        driver: driver.url(),
                    },
                    server: server.clone(),
                };
                match site::axe_every_route(&ctx, "dark").await {
                    Ok(()) => {
                        passed += 1;
                        println!("ok   firefox axe_dark_scheme_every_route");
                    }
                    Err(e) => {
                        failed += 1;
                        println!("FAIL firefox axe_dark_scheme_every_route: {e}");
                    }
                }
                let _ = ctx.page.c.close().await;
            }
            Err(e) => {
                failed += 1;
                println!("FAIL firefox dark session: {e}");
            }
        }
    }
    (passed, failed)
}
