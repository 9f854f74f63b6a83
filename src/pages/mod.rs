//! One file per route.

pub mod article;
pub mod articles;
pub mod home;
pub mod massage_list;
pub mod massage_type;
pub mod not_found;
pub mod picker;
