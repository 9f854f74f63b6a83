//! The site's pages as values, read from and written to paths: prerendering renders one per
//! path, the picker page writes its selection into its path's query, and the widget's own
//! history is a list of these.

/// One page of the site.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// `/`: about the clinic.
    Home,
    /// `/articles`.
    Articles,
    /// `/articles/{slug}`.
    Article(String),
    /// `/massage`.
    MassageTypes,
    /// `/massage/{id}`.
    MassageType(String),
    /// `/picker`, with the selection's query string (without `?`).
    Picker(String),
    /// Any other path.
    NotFound,
}

impl Route {
    /// The route of `path` (relative to the site's base, with an optional `?query`).
    pub fn parse(path: &str) -> Route {
        let (path, query) = path.split_once('?').unwrap_or((path, ""));
        let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        match segments.as_slice() {
            [] => Route::Home,
            ["articles"] => Route::Articles,
            ["articles", slug] => Route::Article(slug.to_string()),
            ["massage"] => Route::MassageTypes,
            ["massage", id] => Route::MassageType(id.to_string()),
            ["picker"] => Route::Picker(query.to_string()),
            _ => Route::NotFound,
        }
    }

    /// The path of this route, relative to the site's base.
    pub fn path(&self) -> String {
        match self {
            Route::Home => "/".into(),
            Route::Articles => "/articles".into(),
            Route::Article(slug) => format!("/articles/{slug}"),
            Route::MassageTypes => "/massage".into(),
            Route::MassageType(id) => format!("/massage/{id}"),
            Route::Picker(query) if query.is_empty() => "/picker".into(),
            Route::Picker(query) => format!("/picker?{query}"),
            Route::NotFound => "/not-found".into(),
        }
    }

    /// The page this route shows: the same for every picker query, so that a picker step
    /// changes the page's state, not the page.
    pub fn page(&self) -> Route {
        match self {
            Route::Picker(_) => Route::Picker(String::new()),
            other => other.clone(),
        }
    }

    /// The picker's query string, empty for any other route.
    pub fn query(&self) -> String {
        match self {
            Route::Picker(query) => query.clone(),
            _ => String::new(),
        }
    }

    /// The route a widget starts on for `<massage-guide view="...">`.
    pub fn from_view(view: &str) -> Option<Route> {
        match view {
            "picker" => Some(Route::Picker(String::new())),
            "about" => Some(Route::Home),
            "articles" => Some(Route::Articles),
            "massage-types" => Some(Route::MassageTypes),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_round_trip() {
        for route in [
            Route::Home,
            Route::Articles,
            Route::Article("massage-for-sore-back".into()),
            Route::MassageTypes,
            Route::MassageType("swedish".into()),
            Route::Picker(String::new()),
            Route::Picker("r=neck-back&c=ache".into()),
        ] {
            assert_eq!(Route::parse(&route.path()), route);
        }
    }

    #[test]
    fn trailing_slashes_and_unknown_paths() {
        assert_eq!(Route::parse("/massage/"), Route::MassageTypes);
        assert_eq!(Route::parse(""), Route::Home);
        assert_eq!(Route::parse("/massage/a/b"), Route::NotFound);
        assert_eq!(Route::parse("/nope"), Route::NotFound);
    }
}
