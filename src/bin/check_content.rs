//! `make check-content`: validates every file under a content folder (default `public/content`).
//! Prints one line per problem and exits with 1 if there are any.

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::collections::BTreeMap;
    use std::path::Path;
    use std::process::ExitCode;

    pub fn main() -> ExitCode {
        let dir = std::env::args()
            .nth(1)
            .unwrap_or_else(|| "public/content".into());
        let mut files = BTreeMap::new();
        if let Err(e) = collect(Path::new(&dir), Path::new(&dir), &mut files) {
            eprintln!("{dir}: {e}");
            return ExitCode::from(2);
        }
        let pictures = massage_guide::content::picture::read_folder(Path::new(&dir));
        let problems = massage_guide::content::validate::validate(files, pictures);
        for p in &problems {
            // The locale files are beside the content folder's parent, not in it.
            match p.to_string().strip_prefix("../../") {
                Some(outside) => println!("{outside}"),
                None => println!("{dir}/{p}"),
            }
        }
        if problems.is_empty() {
            println!("{dir}: content is valid");
            ExitCode::SUCCESS
        } else {
            eprintln!("{dir}: {} problem(s)", problems.len());
            ExitCode::FAILURE
        }
    }

    /// Reads every `.json` file below `dir`, keyed by its `/`-separated path relative to `root`.
    fn collect(root: &Path, dir: &Path, out: &mut BTreeMap<String, String>) -> std::io::Result<()> {
        for entry in std::fs::read_dir(dir)? {
            let path = entry?.path();
            if path.is_dir() {
                collect(root, &path, out)?;
            } else if path.extension().is_some_and(|e| e == "json") {
                let rel = path.strip_prefix(root).expect("below root");
                let key = rel
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy())
                    .collect::<Vec<_>>()
                    .join("/");
                out.insert(key, std::fs::read_to_string(&path)?);
            }
        }
        Ok(())
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    native::main()
}

/// A build tool: nothing to do in the browser.
#[cfg(target_arch = "wasm32")]
fn main() {}
