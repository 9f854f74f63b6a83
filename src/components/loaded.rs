//! Renders a `Remote`: a skeleton of the right shape while loading, a clear error with
//! "Try again" when it failed, the page when it is ready.

use crate::content::load::{Load, Remote};
use crate::content::ContentError;
use crate::context::words;
use crate::locale::Key;
use leptos::prelude::*;
use std::sync::Arc;

/// The shape to hold while loading, so the page does not jump when the content arrives.
#[derive(Clone, Copy, PartialEq)]
pub enum Skeleton {
    /// A heading and some lines of text.
    Text,
    /// A grid of cards.
    Cards,
    /// A single line, for small parts such as the footer.
    Line,
}

/// Shows `remote` through `render` once ready. `primary` marks the page's main content: its
/// error then carries the page's `h1`.
pub fn loaded<T, F>(remote: Remote<T>, skeleton: Skeleton, primary: bool, render: F) -> AnyView
where
    T: serde::de::DeserializeOwned + Send + Sync + 'static,
    F: Fn(Arc<T>) -> AnyView + Send + Sync + 'static,
{
    // Already there (content is loaded once and kept): shown as it is, without a subscription.
    // A page made again on every visit would otherwise leave one behind on the long-lived
    // content signal each time (reactive_graph does not unsubscribe a dropped effect).
    if let Load::Ready(v) = remote.get_untracked() {
        return render(v);
    }
    (move || match remote.get() {
        Load::Loading => skeleton_view(skeleton),
        Load::Ready(v) => render(v),
        Load::Failed(error) => {
            view! { <LoadError error primary retry=move || remote.retry() /> }.into_any()
        }
    })
    .into_any()
}

/// The placeholder for `shape`, marked `aria-busy` with a hidden "Loading…" for screen readers.
pub fn skeleton_view(shape: Skeleton) -> AnyView {
    let bars = match shape {
        Skeleton::Text => view! {
            <div class="skel skel-title"></div>
            <div class="skel"></div>
            <div class="skel"></div>
            <div class="skel skel-short"></div>
        }
        .into_any(),
        Skeleton::Cards => view! {
            <div class="card-grid">
                <div class="skel skel-card"></div>
                <div class="skel skel-card"></div>
                <div class="skel skel-card"></div>
            </div>
        }
        .into_any(),
        Skeleton::Line => view! { <div class="skel skel-short"></div> }.into_any(),
    };
    view! {
        <div class="skeleton" aria-busy="true">
            <span class="visually-hidden">{words().t(Key::Loading)}</span>
            {bars}
        </div>
    }
    .into_any()
}

/// A failed load: what went wrong in plain words, the exact problem, and a retry button.
#[component]
pub fn LoadError(
    /// What failed; its message names the file.
    error: ContentError,
    /// True when this is the page's main content (the heading is then the `h1`).
    primary: bool,
    /// Called by "Try again".
    retry: impl Fn() + Send + Sync + 'static,
) -> impl IntoView {
    let w = words();
    let hint = w.t(match &error {
        ContentError::Network { .. } => Key::ErrNetwork,
        ContentError::Http { .. } => Key::ErrHttp,
        ContentError::Parse(_) => Key::ErrParse,
    });
    let title = w.t(Key::ErrTitle);
    view! {
        <div class="load-error" role="alert">
            {if primary {
                view! { <h1>{title}</h1> }.into_any()
            } else {
                view! { <h2>{title}</h2> }.into_any()
            }}
            <p>{hint}</p>
            <p class="load-error-detail">
                <code>{error.to_string()}</code>
            </p>
            <button type="button" class="button" on:click=move |_| retry()>
                {w.t(Key::Retry)}
            </button>
        </div>
    }
}
