//! Fetching content files in the browser, and the shared loading state the pages render.

use super::{parse, ContentError};
use leptos::prelude::*;
use serde::de::DeserializeOwned;
use std::sync::Arc;

/// Fetches `{folder}{file}` (a relative `folder` is relative to the document's base URL) and
/// parses it.
pub async fn fetch<T: DeserializeOwned>(folder: &str, file: &str) -> Result<T, ContentError> {
    let network = || ContentError::Network {
        file: file.to_string(),
    };
    let response = gloo_net::http::Request::get(&format!("{folder}{file}"))
        .send()
        .await
        .map_err(|_| network())?;
    if !response.ok() {
        return Err(ContentError::Http {
            file: file.to_string(),
            status: response.status(),
        });
    }
    let text = response.text().await.map_err(|_| network())?;
    parse(file, &text).map_err(ContentError::Parse)
}

/// Where a content file is in its life: loading, there, or failed with a reason to show.
#[derive(Debug)]
pub enum Load<T> {
    /// The request is in flight.
    Loading,
    /// Parsed and ready; `Arc` so that every reader shares one copy.
    Ready(Arc<T>),
    /// Failed; the message names the file and the problem.
    Failed(ContentError),
}

// By hand: the derive would demand `T: Clone`, but only the `Arc` is cloned.
impl<T> Clone for Load<T> {
    fn clone(&self) -> Self {
        match self {
            Load::Loading => Load::Loading,
            Load::Ready(v) => Load::Ready(v.clone()),
            Load::Failed(e) => Load::Failed(e.clone()),
        }
    }
}

/// A content file loaded once and shared by every page that reads it, with a retry.
///
/// A hand-rolled signal rather than `LocalResource` so that "Try again" can show the loading
/// state again, and so that a page can start from data already in hand.
pub struct Remote<T: 'static> {
    state: RwSignal<Load<T>>,
    /// The content folder and the file in it.
    file: StoredValue<(String, String)>,
}

impl<T> Clone for Remote<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for Remote<T> {}

impl<T: DeserializeOwned + Send + Sync + 'static> Remote<T> {
    /// Starts loading `file` from the current host's content folder at once.
    pub fn new(file: impl Into<String>) -> Self {
        let remote = Remote {
            state: RwSignal::new(Load::Loading),
            file: StoredValue::new((crate::app::host().content, file.into())),
        };
        remote.retry();
        remote
    }

    /// Loads the file again, showing the loading state meanwhile.
    pub fn retry(self) {
        self.state.set(Load::Loading);
        let (folder, file) = self.file.get_value();
        leptos::task::spawn_local(async move {
            let result = fetch::<T>(&folder, &file).await;
            // The page may have been left meanwhile; then there is nobody to tell.
            self.state.try_set(match result {
                Ok(v) => Load::Ready(Arc::new(v)),
                Err(e) => Load::Failed(e),
            });
        });
    }

    /// The current state, tracked.
    pub fn get(self) -> Load<T> {
        self.state.get()
    }

    /// The data if it is ready, tracked.
    pub fn ready(self) -> Option<Arc<T>> {
        match self.state.get() {
            Load::Ready(v) => Some(v),
            _ => None,
        }
    }
}
