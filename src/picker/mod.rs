//! The "where does it hurt?" engine: body regions, complaints, red flags and the rules that
//! turn a selection into suggestions. Plain Rust, no web-sys; tested natively.

pub mod complaints;
pub mod data;
pub mod engine;
pub mod help;
pub mod red_flags;
pub mod regions;
pub mod rules;
pub mod set;
