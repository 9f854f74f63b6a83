//! How the picker's parts change the selection: each is given an `Update`, which the picker
//! page makes (a new query string for the selection).

use crate::picker::engine::Selection;
use leptos::prelude::*;
use std::sync::Arc;

/// Changes the selection by setting a new query string.
#[derive(Clone)]
pub struct Update(Arc<dyn Fn(Selection) + Send + Sync>);

impl Update {
    /// An update that calls `f` with the new selection.
    pub fn new(f: impl Fn(Selection) + Send + Sync + 'static) -> Update {
        Update(Arc::new(f))
    }
}

impl Update {
    /// Moves to `selection`.
    pub fn set(&self, selection: Selection) {
        (self.0)(selection)
    }

    /// Moves to the current selection changed by `f`.
    pub fn change(&self, current: Signal<Selection>, f: impl FnOnce(&mut Selection)) {
        let mut s = current.get_untracked();
        f(&mut s);
        self.set(s);
    }
}
