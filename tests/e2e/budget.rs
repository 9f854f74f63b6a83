//! The code budget, checked on every `make test`: the JS and wasm (brotli, quality 11) that
//! `/picker` loads, and that a widget starting on the picker loads until its figure answers.
//! HTML, CSS and content are not counted: a clinic's own content may grow them, and that must
//! not break its build. `make bench` reports every byte of every first view.

use crate::browser::{brotli_len, check, Page, R};
use crate::embed::{inside, widget_page};
use crate::{Ctx, Test};
use std::path::Path;

/// Every budget test.
pub fn tests() -> Vec<Test> {
    tests![budget_code_of_the_picker_page_and_widget_chromium]
}

/// `/picker`'s code, brotli bytes: the budget of issue 12, under the React peer's. It weighs
/// 40.0 KB (the engine and `live`, no framework).
const PICKER_PAGE: u64 = 61 * 1024;

/// The picker-only widget's code (`embed.js`, its module and wasm), brotli bytes: the budget of
/// issue 12. It weighs 44.2 KB.
const PICKER_WIDGET: u64 = 93 * 1024;

/// The JS and wasm files among the resources `p` has loaded from `origin`, brotli bytes each,
/// weighed from `dist/` on disk.
async fn code_loaded(p: &Page, origin: &str) -> R<Vec<(String, u64)>> {
    let loaded = p
        .js(
            "return performance.getEntriesByType('resource').map(e => e.name);",
            vec![],
        )
        .await?;
    let loaded: Vec<String> = serde_json::from_value(loaded).map_err(|e| e.to_string())?;
    let dist = Path::new(env!("CARGO_MANIFEST_DIR")).join("dist");
    let mut code = Vec::new();
    for url in loaded {
        let Some(path) = url.strip_prefix(origin) else {
            continue;
        };
        let path = path.split(['?', '#']).next().unwrap_or_default();
        if !(path.ends_with(".js") || path.ends_with(".wasm")) {
            continue;
        }
        let file = dist.join(path.trim_start_matches('/'));
        code.push((path.to_string(), brotli_len(&file)?));
    }
    Ok(code)
}

/// Checks the code `p` has loaded from `origin` against `budget`.
async fn within(p: &Page, origin: &str, what: &str, budget: u64) -> R {
    let code = code_loaded(p, origin).await?;
    let total: u64 = code.iter().map(|(_, n)| n).sum();
    println!(
        "     {what}: code {:.1} KB brotli (budget {:.1} KB) in {} files",
        total as f64 / 1024.0,
        budget as f64 / 1024.0,
        code.len()
    );
    check(code.iter().any(|(f, _)| f.ends_with(".wasm")), || {
        format!("{what}: no wasm among {code:?}")
    })?;
    check(total <= budget, || {
        format!("{what}: {total} bytes of code, over the budget of {budget}: {code:?}")
    })
}

async fn budget_code_of_the_picker_page_and_widget_chromium(x: &Ctx) -> R {
    let p = &x.page;
    p.goto(&x.server.url("/picker")).await?;
    p.wait_app().await?;
    within(p, &x.server.origin, "/picker", PICKER_PAGE).await?;

    widget_page(x, "<massage-guide view=\"picker\"></massage-guide>").await?;
    p.wait(
        &format!(
            "{} !== null",
            inside("massage-guide", ".figure-front [data-region]")
        ),
        "the widget's figure",
    )
    .await?;
    within(p, &x.server.origin, "widget view=picker", PICKER_WIDGET).await
}
