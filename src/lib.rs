//! Massage Guide: a massage clinic's website and its "where does it hurt?" picker.
//!
//! `content`, `picker`, `route` and `widget_css` are plain Rust (model, parsing, validation,
//! the picker's engine, the site's paths, the widget's stylesheet) and build natively; the view (`app`, `embed`, `pages`,
//! `components`) builds for the browser only, and `hosting` (build and serving tools) natively only.

pub mod content;
pub mod picker;
pub mod route;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod embed;
#[cfg(not(target_arch = "wasm32"))]
pub mod hosting;
#[cfg(target_arch = "wasm32")]
pub mod pages;
pub mod widget_css;
