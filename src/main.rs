//! The browser entry point of the site.

fn main() {}
