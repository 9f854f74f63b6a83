//! Writes the widget's stylesheet (the site's, rewritten for a shadow root) to `OUT_DIR`,
//! where `src/embed.rs` includes it.

#[path = "src/widget_css.rs"]
mod widget_css;

fn main() {
    println!("cargo:rerun-if-changed=style/main.css");
    println!("cargo:rerun-if-changed=style/widget.css");
    println!("cargo:rerun-if-changed=src/widget_css.rs");
    let read = |path: &str| std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let css = widget_css::widget_css(&read("style/main.css"), &read("style/widget.css"));
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR"));
    std::fs::write(out.join("widget.css"), css).expect("write widget.css");
}
