//! `make serve`'s server: `dev DIST BASE CONTENT TEMPLATE STAMP [--port N]`. Serves DIST like a
//! CDN with live reload (src/hosting/live.rs). When a file under CONTENT changes, it checks the
//! content and rebuilds only what depends on it, in a fraction of a second: the content copy in
//! DIST, the prerendered pages, the picker's compact file, the feeds and the sitemap (TEMPLATE
//! is trunk's page, kept by `make dist`). A content error is printed and shown on the open page,
//! and the last good build stays served. When STAMP's time changes (scripts/serve.sh touches it
//! after a full build for a code or style change), open pages reload too.

use massage_guide::content::{picture, validate::validate};
use massage_guide::hosting::{
    live::Live,
    server::{Options, Server},
};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant, SystemTime};

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let mut positional = Vec::new();
    let mut port = "8080".to_string();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--port" => port = args.next().unwrap_or_default(),
            _ => positional.push(arg),
        }
    }
    let [dist, base, content, template, stamp] = positional.as_slice() else {
        eprintln!("usage: dev DIST BASE CONTENT TEMPLATE STAMP [--port N]");
        return ExitCode::from(2);
    };
    let (dist, content) = (PathBuf::from(dist), PathBuf::from(content));
    let live = Live::default();
    let options = Options {
        prefix: base.clone(),
        rewrites: true,
        address: format!("127.0.0.1:{port}"),
        live: Some(live.clone()),
        ..Options::default()
    };
    let server = match Server::start_with(dist.clone(), options) {
        Ok(server) => server,
        Err(e) => {
            eprintln!("dev: {e}");
            return ExitCode::FAILURE;
        }
    };
    println!(
        "serving {} at {}{base} with live reload",
        dist.display(),
        server.origin
    );
    let mut seen = fingerprint(&content);
    let mut built = modified(Path::new(stamp));
    loop {
        std::thread::sleep(Duration::from_millis(50));
        let now = modified(Path::new(stamp));
        if now != built {
            built = now;
            live.built();
        }
        let current = fingerprint(&content);
        if current == seen {
            continue;
        }
        seen = current;
        let started = Instant::now();
        match rebuild(&dist, base, &content, Path::new(template)) {
            Ok(pages) => {
                println!(
                    "content changed: {pages} pages rebuilt in {} ms",
                    started.elapsed().as_millis()
                );
                live.built();
            }
            Err(error) => {
                eprintln!("{error}\nThe last good build is still served; fix it and save again.");
                live.failed(error);
            }
        }
    }
}

/// Every file under `dir` with its size and time: a change to any is a change to the content.
fn fingerprint(dir: &Path) -> Vec<(PathBuf, u64, Option<SystemTime>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(at) = stack.pop() {
        for path in std::fs::read_dir(&at)
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
        {
            if path.is_dir() {
                stack.push(path);
            } else if let Ok(meta) = path.metadata() {
                out.push((path, meta.len(), meta.modified().ok()));
            }
        }
    }
    out.sort();
    out
}

fn modified(path: &Path) -> Option<SystemTime> {
    path.metadata().and_then(|m| m.modified()).ok()
}

/// Checks the content, then copies it into `dist/content/` and prerenders every page again.
fn rebuild(dist: &Path, base: &str, content: &Path, template: &Path) -> Result<usize, String> {
    let files = massage_guide::prerender::content_files(content)?;
    let problems = validate(files, picture::read_folder(content));
    if !problems.is_empty() {
        let lines: Vec<String> = problems
            .iter()
            .map(|p| format!("{}/{p}", content.display()))
            .collect();
        return Err(lines.join("\n"));
    }
    copy_tree(content, &dist.join("content")).map_err(|e| format!("copying the content: {e}"))?;
    let template = std::fs::read_to_string(template)
        .map_err(|e| format!("{}: {e} (run `make dist` once)", template.display()))?;
    massage_guide::prerender::run(dist, base, content, &template).map(|pages| pages.len())
}

fn copy_tree(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let path = entry?.path();
        let target = to.join(path.file_name().expect("a file name"));
        if path.is_dir() {
            copy_tree(&path, &target)?;
        } else {
            std::fs::copy(&path, &target)?;
        }
    }
    Ok(())
}
