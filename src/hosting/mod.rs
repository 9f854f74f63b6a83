//! Build and hosting tools, native only: finishing `dist/` after trunk (`postbuild`), the
//! content's pictures in several sizes (`pictures`), the headers and rewrites hosts need (`headers`) a CDN-like static server (`server`) for the demo and the browser tests, and its live reload
//! for `make serve` (`live`).

pub mod headers;
pub mod live;
pub mod pictures;
pub mod postbuild;
pub mod server;
