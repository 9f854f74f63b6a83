//! Fetching content files in the browser, and the shared loading state the pages render.
//! Prerendering has every file at hand (`Preload`), so a page renders complete, never loading.

use super::{parse, ContentError};
use leptos::prelude::*;
use serde::de::DeserializeOwned;
use std::collections::BTreeMap;
use std::sync::Arc;

/// Content files at hand before any fetch, by path in the content folder: read from disk when
/// prerendering.
#[derive(Clone, Default)]
pub struct Preload {
    files: Arc<BTreeMap<String, String>>,
}

impl Preload {
    /// Files by path (e.g. `articles/index.json`) and their text.
    pub fn new(files: BTreeMap<String, String>) -> Preload {
        Preload {
            files: Arc::new(files),
        }
    }

    /// The text of `file`, if at hand.
    pub fn get(&self, file: &str) -> Option<&str> {
        self.files.get(file).map(String::as_str)
    }
}

/// Fetches the text of `{folder}{file}` (a relative `folder` is relative to the document's
/// base URL). Not generic, so its code is there once, not once per content type.
#[cfg(target_arch = "wasm32")]
pub async fn fetch_text(folder: &str, file: &str) -> Result<String, ContentError> {
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
    response.text().await.map_err(|_| network())
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
    /// Takes `file` from the `Preload` if it is there, else starts loading it from the
    /// content folder at `base` (a URL ending in `/`).
    pub fn new(base: &str, file: impl Into<String>) -> Self {
        let file = file.into();
        let preloaded =
            use_context::<Preload>().and_then(|p| p.get(&file).map(|text| parse::<T>(&file, text)));
        let remote = Remote {
            state: RwSignal::new(match &preloaded {
                Some(Ok(_)) | None => Load::Loading,
                Some(Err(e)) => Load::Failed(ContentError::Parse(e.clone())),
            }),
            file: StoredValue::new((base.to_string(), file)),
        };
        match preloaded {
            Some(Ok(value)) => remote.state.set(Load::Ready(Arc::new(value))),
            Some(Err(_)) => {}
            None => remote.retry(),
        }
        remote
    }

    /// Loads the file again, showing the loading state meanwhile.
    #[cfg(target_arch = "wasm32")]
    pub fn retry(self) {
        self.state.set(Load::Loading);
        let (folder, file) = self.file.get_value();
        leptos::task::spawn_local(async move {
            let result = fetch_text(&folder, &file)
                .await
                .and_then(|text| parse::<T>(&file, &text).map_err(ContentError::Parse));
            // The page may have been left meanwhile; then there is nobody to tell.
            self.state.try_set(match result {
                Ok(v) => Load::Ready(Arc::new(v)),
                Err(e) => Load::Failed(e),
            });
        });
    }

    /// Prerendering fetches nothing: a file not given is a failure to show.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn retry(self) {
        let (_, file) = self.file.get_value();
        self.state.set(Load::Failed(ContentError::Network { file }));
    }

    /// The current state, tracked.
    pub fn get(self) -> Load<T> {
        self.state.get()
    }

    /// The current state, untracked.
    pub fn get_untracked(self) -> Load<T> {
        self.state.get_untracked()
    }

    /// The data if it is ready, tracked.
    pub fn ready(self) -> Option<Arc<T>> {
        match self.state.get() {
            Load::Ready(v) => Some(v),
            _ => None,
        }
    }
}
