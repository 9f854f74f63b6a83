//! The picker's view, one component per file. It shows what the engine decided and turns
//! clicks into a new selection; it never decides anything about health itself.

pub mod artwork;
pub mod body_figure;
pub mod feel;
pub mod health;
pub mod jump;
pub mod print_summary;
pub mod questions;
pub mod region_list;
pub mod results;
pub mod update;
