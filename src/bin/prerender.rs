//! `make dist` runs this after postbuild: `prerender DIST BASE CONTENT_DIR [TEMPLATE]`
//! (src/prerender.rs). TEMPLATE is trunk's page as postbuild left it, `DIST/index.html` unless
//! given: prerendering writes the home page over that file.

use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (dist, base, content, template) = match args.as_slice() {
        [dist, base, content] => (dist, base, content, Path::new(dist).join("index.html")),
        [dist, base, content, template] => (dist, base, content, template.into()),
        _ => {
            eprintln!("usage: prerender DIST BASE CONTENT_DIR [TEMPLATE]");
            return ExitCode::from(2);
        }
    };
    let template = match std::fs::read_to_string(&template) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("prerender: {}: {e}", template.display());
            return ExitCode::FAILURE;
        }
    };
    match massage_guide::prerender::run(Path::new(dist), base, Path::new(content), &template) {
        Ok(pages) => {
            println!("prerendered {} pages", pages.len());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("prerender: {e}");
            ExitCode::FAILURE
        }
    }
}
