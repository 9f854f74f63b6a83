//! `make dist` runs this after trunk: `postbuild DIST BASE [EMBED_DIST PAGES_DIST PICKER_DIST]`
//! (src/hosting/postbuild.rs).

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::path::Path;
    use std::process::ExitCode;

    pub fn main() -> ExitCode {
        let args: Vec<String> = std::env::args().skip(1).collect();
        let (Some(dist), Some(base)) = (args.first(), args.get(1)) else {
            eprintln!("usage: postbuild DIST BASE [EMBED_DIST PAGES_DIST PICKER_DIST]");
            return ExitCode::from(2);
        };
        let dist = Path::new(dist);
        let mut result = massage_guide::hosting::postbuild::site(dist, base);
        if let (Ok(()), Some(whole), Some(pages), Some(picker)) =
            (&result, args.get(2), args.get(3), args.get(4))
        {
            let builds = massage_guide::hosting::postbuild::WidgetBuilds {
                whole: Path::new(whole),
                pages: Path::new(pages),
                picker: Path::new(picker),
            };
            result = massage_guide::hosting::postbuild::embed(dist, builds);
        }
        match result {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("postbuild: {e}");
                ExitCode::FAILURE
            }
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    native::main()
}

/// A build tool: nothing to do in the browser.
#[cfg(target_arch = "wasm32")]
fn main() {}
