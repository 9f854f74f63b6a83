//! One file per route, and `show`, which picks the page for a route (site and widget alike).

pub mod article;
pub mod articles;
pub mod home;
pub mod massage_list;
pub mod massage_type;
pub mod not_found;
pub mod picker;

use crate::route::Route;
use leptos::prelude::*;

/// The page for `route`. The picker's query is not taken from `route` but from `query`, so
/// that a picker step updates the page instead of making a new one.
pub fn show(route: Route, query: Signal<String>, set_query: Callback<String>) -> AnyView {
    match route {
        Route::Picker(_) => view! { <picker::PickerPage query set_query /> }.into_any(),
        other => show_content(other),
    }
}

/// The page for `route` when it is not the picker's (that is `NotFound` here): all that the
/// widget's pages-only build shows, without the picker's code.
pub fn show_content(route: Route) -> AnyView {
    match route {
        Route::Home => view! { <home::HomePage /> }.into_any(),
        Route::Articles => view! { <articles::ArticlesPage /> }.into_any(),
        Route::Article(slug) => view! { <article::ArticlePage slug /> }.into_any(),
        Route::MassageTypes => view! { <massage_list::MassageListPage /> }.into_any(),
        Route::MassageType(id) => view! { <massage_type::MassageTypePage id /> }.into_any(),
        Route::Picker(_) | Route::NotFound => view! { <not_found::NotFound /> }.into_any(),
    }
}
