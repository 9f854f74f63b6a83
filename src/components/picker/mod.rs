//! The picker's markup, one component per file, drawn with nothing chosen: `live` binds it to
//! the engine in the browser. It never decides anything about health itself.

pub mod artwork;
pub mod body_figure;
pub mod feel;
pub mod health;
pub mod parts;
pub mod print_summary;
pub mod questions;
pub mod region_list;
pub mod results;
