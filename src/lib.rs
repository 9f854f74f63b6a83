//! Massage Guide: a massage clinic's website and its "where does it hurt?" picker.
//!
//! `content` and `picker` are plain Rust (model, parsing, validation, the picker's engine) and
//! build natively; the view (`app`, `pages`, `components`) builds for the browser only.

pub mod content;
pub mod picker;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod pages;
