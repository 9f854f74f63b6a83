//! Massage Guide: a massage clinic's website and its "where does it hurt?" picker.
//!
//! `content`, `locale`, `picker`, `route`, `seo`, `sort`, `text` and `widget_css` are plain Rust
//! (model, parsing, validation, the words of each language, the picker's engine, the site's paths, search and share data, small
//! sorts and string helpers, the widget's stylesheet) and build natively. The
//! view (`app`, `pages`, `components`, `context`) builds for the browser, and natively with the `ssr`
//! feature for `prerender`; `embed` and `live` (the picker bound to the engine) are browser
//! only, `hosting` (build tools) native only.

// The picker's view is a deep type; rendering it to a string (prerender) needs the room.
#![recursion_limit = "256"]

pub mod content;
pub mod locale;
pub mod picker;
pub mod route;
pub mod seo;
pub mod sort;
pub mod text;

#[cfg(any(target_arch = "wasm32", feature = "ssr"))]
pub mod app;
#[cfg(any(target_arch = "wasm32", feature = "ssr"))]
pub mod components;
#[cfg(any(target_arch = "wasm32", feature = "ssr"))]
pub mod context;
#[cfg(target_arch = "wasm32")]
pub mod embed;
#[cfg(not(target_arch = "wasm32"))]
pub mod hosting;
#[cfg(target_arch = "wasm32")]
pub mod live;
#[cfg(any(target_arch = "wasm32", feature = "ssr"))]
pub mod pages;
#[cfg(feature = "ssr")]
pub mod prerender;
pub mod widget_css;

// Talc instead of the standard dlmalloc: a smaller allocator (and a faster one) in every wasm.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
