//! The browser entry point of the site: only `/picker` loads it (see `app`).

/// Makes the prerendered picker page interactive.
#[cfg(target_arch = "wasm32")]
fn main() {
    massage_guide::app::start_picker();
}

/// Natively there is nothing to run: the site is built for the browser by trunk.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("massage-guide runs in the browser: use `make serve` or `make dist`");
}
