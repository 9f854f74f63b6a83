//! Serves a folder the way a static CDN would, with its `_headers` (CSP, CORS, caching):
//! `serve-dist DIR [--port N] [--prefix /clinic/] [--rewrites]`. Used by `make serve-dist`
//! and `make serve-embed-demo`; stops with Ctrl-C.

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use massage_guide::hosting::server::{Options, Server};
    use std::path::PathBuf;
    use std::process::ExitCode;

    pub fn main() -> ExitCode {
        let mut args = std::env::args().skip(1);
        let mut dir = None;
        let mut port = "8080".to_string();
        let mut options = Options::default();
        while let Some(arg) = args.next() {
            match arg.as_str() {
                "--port" => port = args.next().unwrap_or_default(),
                "--prefix" => options.prefix = args.next().unwrap_or_else(|| "/".into()),
                "--rewrites" => options.rewrites = true,
                _ => dir = Some(PathBuf::from(arg)),
            }
        }
        let Some(dir) = dir else {
            eprintln!("usage: serve-dist DIR [--port N] [--prefix /clinic/] [--rewrites]");
            return ExitCode::from(2);
        };
        options.address = format!("127.0.0.1:{port}");
        let prefix = options.prefix.clone();
        match Server::start_with(dir.clone(), options) {
            Ok(server) => {
                println!("serving {} at {}{prefix}", dir.display(), server.origin);
                loop {
                    std::thread::park();
                }
            }
            Err(e) => {
                eprintln!("serve-dist: {e}");
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
