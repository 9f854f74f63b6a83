//! `make serve`'s live reload (src/bin/dev.rs): a content edit is on the open page within a
//! second, a content error shows on the page with its place while the last good build stays,
//! and nothing of it is in `make dist`'s output.

use crate::browser::{check, R};
use crate::{Ctx, Test};
use std::path::{Path, PathBuf};
use std::process::{Child, Command};
use std::time::{Duration, Instant};

/// Every live-reload test, in the order they run.
pub fn tests() -> Vec<Test> {
    tests![
        live_content_edit_is_on_the_open_page_within_a_second,
        live_reload_is_not_in_the_build_chromium,
    ]
}

/// A dev server on a copy of the site and its content, stopped and removed when dropped.
struct Dev {
    child: Child,
    dir: PathBuf,
    origin: String,
}

impl Drop for Dev {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

impl Dev {
    fn start(name: &str) -> R<Dev> {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let bin = root.join("target/debug/dev");
        check(bin.is_file(), || {
            "target/debug/dev is missing: `make e2e` builds it (cargo build --features ssr --bin dev)".into()
        })?;
        let dir = std::env::temp_dir().join(format!("mg-live-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
        // `cp -a` keeps the times, so the pictures' copies in dist/ stay newer than the originals.
        for (from, to) in [("dist", "dist"), ("public", "public")] {
            let ok = Command::new("cp")
                .arg("-a")
                .arg(root.join(from))
                .arg(dir.join(to))
                .status()
                .map_err(|e| e.to_string())?;
            check(ok.success(), || format!("copying {from}"))?;
        }
        std::fs::write(dir.join("stamp"), "").map_err(|e| e.to_string())?;
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .map_err(|e| e.to_string())?
            .port();
        let child = Command::new(bin)
            .arg(dir.join("dist"))
            .arg("/")
            .arg(dir.join("public/content"))
            .arg(root.join("target/templates/dist.html"))
            .arg(dir.join("stamp"))
            .args(["--port", &port.to_string()])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .map_err(|e| e.to_string())?;
        let dev = Dev {
            child,
            dir,
            origin: format!("http://127.0.0.1:{port}"),
        };
        let deadline = Instant::now() + Duration::from_secs(10);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            check(Instant::now() < deadline, || {
                "the dev server did not start".into()
            })?;
            std::thread::sleep(Duration::from_millis(50));
        }
        Ok(dev)
    }

    fn about(&self) -> PathBuf {
        self.dir.join("public/content/about.json")
    }
}

async fn live_content_edit_is_on_the_open_page_within_a_second(x: &Ctx) -> R {
    let p = &x.page;
    let dev = Dev::start(p.engine.name())?;
    p.goto(&format!("{}/", dev.origin)).await?;
    p.wait(
        "document.readyState === 'complete' && document.querySelector('script[src$=\"__live/live.js\"]')",
        "the page with the live script",
    )
    .await?;
    // The page has asked for news once (and now waits): an edit from here on reaches it.
    tokio::time::sleep(Duration::from_millis(300)).await;
    let text = std::fs::read_to_string(dev.about()).map_err(|e| e.to_string())?;
    let edited = text.replacen("\"About Me\"", "\"About the clinic\"", 1);
    check(edited != text, || {
        "about.json has no \"About Me\" heading".into()
    })?;
    let saved = Instant::now();
    std::fs::write(dev.about(), &edited).map_err(|e| e.to_string())?;
    p.wait_h1("About the clinic").await?;
    let took = saved.elapsed();
    println!(
        "  note {}: a saved content edit was on the open page after {} ms",
        p.engine.name(),
        took.as_millis()
    );
    check(took < Duration::from_secs(1), || {
        format!("the edit took {} ms to show", took.as_millis())
    })?;

    // A mistake: the page says where, and keeps showing the last good build.
    let broken = edited.replacen("\"About the clinic\"", "5", 1);
    std::fs::write(dev.about(), &broken).map_err(|e| e.to_string())?;
    p.wait(
        "(document.querySelector('#mg-live-error[role=alert]')?.textContent || '').includes('about.json:2:14: heading: invalid type')",
        "the content error on the page",
    )
    .await?;
    let style = p
        .js(
            "const s = getComputedStyle(document.querySelector('#mg-live-error')); return [s.position, s.whiteSpace];",
            vec![],
        )
        .await?;
    check(style == serde_json::json!(["fixed", "pre-wrap"]), || {
        format!("the error box is not styled (the CSP blocked it?): {style}")
    })?;
    check(p.text("h1").await? == "About the clinic", || {
        "the last good build is no longer shown".into()
    })?;
    let served =
        std::fs::read_to_string(dev.dir.join("dist/index.html")).map_err(|e| e.to_string())?;
    check(served.contains("<h1>About the clinic</h1>"), || {
        "dist/index.html lost the last good build".into()
    })?;

    // Fixed: the page reloads with the change and the error is gone.
    std::fs::write(
        dev.about(),
        edited.replacen("\"About the clinic\"", "\"About us\"", 1),
    )
    .map_err(|e| e.to_string())?;
    p.wait_h1("About us").await?;
    p.wait(
        "document.readyState === 'complete' && !document.querySelector('#mg-live-error')",
        "the error box to go",
    )
    .await
}

async fn live_reload_is_not_in_the_build_chromium(x: &Ctx) -> R {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut stack = vec![root.join("dist"), root.join("target/dist-clinic")];
    let mut seen = 0;
    while let Some(dir) = stack.pop() {
        for path in std::fs::read_dir(&dir)
            .map_err(|e| e.to_string())?
            .flatten()
            .map(|e| e.path())
        {
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let bytes = std::fs::read(&path).map_err(|e| e.to_string())?;
            seen += 1;
            check(!bytes.windows(7).any(|w| w == b"__live/"), || {
                format!("{} mentions the live-reload script", path.display())
            })?;
        }
    }
    check(seen > 50, || format!("only {seen} files in the builds"))?;
    let p = &x.page;
    p.open("/").await?;
    let scripts = p
        .js(
            "return document.querySelectorAll('script:not([type=\"application/ld+json\"])').length;",
            vec![],
        )
        .await?;
    check(scripts == serde_json::json!(0), || {
        format!("the built home page runs {scripts} scripts")
    })
}
