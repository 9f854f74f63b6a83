//! The browser entry point of the site.

/// Starts the app. A prerendered page (`make dist`) already shows the page and carries the
/// content it was rendered from: the app renders the same nodes from that content at once,
/// and the prerendered ones go in the same task, so nothing visibly changes.
#[cfg(target_arch = "wasm32")]
fn main() {
    use leptos::prelude::*;
    use massage_guide::content::load::Preload;

    let document = document();
    let Some(body) = document.body() else { return };
    let children = body.child_nodes();
    let prerendered: Vec<web_sys::Node> = (0..children.length())
        .filter_map(|i| children.item(i))
        .collect();
    let preload = document
        .get_element_by_id("mg-content")
        .and_then(|script| script.text_content())
        .and_then(|text| Preload::from_json(&text))
        .unwrap_or_default();
    leptos::mount::mount_to(body.clone(), move || {
        provide_context(preload);
        view! { <massage_guide::app::App /> }
    })
    .forget();
    for node in prerendered {
        let _ = body.remove_child(&node);
    }
}

/// Natively there is nothing to run: the site is built for the browser by trunk.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("massage-guide runs in the browser: use `make serve` or `make dist`");
}
