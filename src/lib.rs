//! Massage Guide: a massage clinic's website and its "where does it hurt?" picker.
//!
//! `content` is plain Rust (model, parsing, validation); the rest is the Leptos view.

pub mod content;
