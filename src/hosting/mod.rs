//! Build and hosting tools, native only: finishing `dist/` after trunk (`postbuild`), the
//! headers and rewrites hosts need (`headers`) and a CDN-like static server (`server`) for the demo and the browser tests.

pub mod headers;
pub mod postbuild;
pub mod server;
