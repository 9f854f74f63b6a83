//! Massage Guide: a massage clinic's website and its "where does it hurt?" picker.
//!
//! `content` is plain Rust (model, parsing, validation) and builds natively; the view
//! (`app`, `pages`, `components`) builds for the browser only.

pub mod content;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod pages;
