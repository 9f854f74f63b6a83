//! Reusable pieces of the site's view, one component per file.

pub mod article_card;
pub mod back_bar;
pub mod blocks;
pub mod booking;
pub mod figure;
pub mod footer;
pub mod header;
pub mod language_switch;
pub mod loaded;
pub mod page_meta;
pub mod picker;
pub mod translated;
