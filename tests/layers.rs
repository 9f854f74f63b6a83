//! Imports run one way: shells (`app`, `embed`, `prerender`) → `pages` → `components` and `live` →
//! `context` → the plain Rust below (`content`, `picker`, ...). No file names a module above its
//! own, and the engine never touches the DOM.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

/// How high a top-level module sits; a file may use modules at its height or below.
fn height(module: &str) -> Option<u8> {
    Some(match module {
        "content" | "locale" | "picker" | "route" | "seo" | "sort" | "text" | "widget_css" => 0,
        "context" | "hosting" => 1,
        "components" | "live" => 2,
        "pages" => 3,
        "app" | "embed" | "prerender" => 4,
        _ => return None,
    })
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn no_file_imports_a_module_above_its_own() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut problems = Vec::new();
    let mut checked = 0;
    for file in &files {
        let rel = file
            .strip_prefix(&src)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let top = rel.split('/').next().unwrap().trim_end_matches(".rs");
        let Some(own) = height(top) else { continue };
        checked += 1;
        let text = std::fs::read_to_string(file).unwrap();
        for (n, line) in text.lines().enumerate() {
            for (i, _) in line.match_indices("crate::") {
                let used: String = line[i + 7..]
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if height(&used).is_some_and(|h| h > own) {
                    problems.push(format!("src/{rel}:{}: uses crate::{used}", n + 1));
                }
            }
        }
        if top == "picker" && text.contains("web_sys") {
            problems.push(format!("src/{rel}: the engine uses web_sys"));
        }
    }
    assert!(checked > 40, "only {checked} files checked");
    assert!(problems.is_empty(), "{problems:#?}");
}
