//! The browser entry point of the site.

#[cfg(target_arch = "wasm32")]
fn main() {
    leptos::mount::mount_to_body(massage_guide::app::App);
}

/// Natively there is nothing to run: the site is built for the browser by trunk.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("massage-guide runs in the browser: use `make serve` or `make dist`");
}
