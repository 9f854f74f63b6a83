//! `make dist` runs this after postbuild: `prerender DIST BASE CONTENT_DIR` (src/prerender.rs).

use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [dist, base, content] = args.as_slice() else {
        eprintln!("usage: prerender DIST BASE CONTENT_DIR");
        return ExitCode::from(2);
    };
    match massage_guide::prerender::run(Path::new(dist), base, Path::new(content)) {
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
