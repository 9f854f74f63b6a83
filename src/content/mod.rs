//! The content model, parsing with precise error messages, loading and validation.
//!
//! Plain Rust apart from `load`, which fetches files in the browser.

pub mod model;
pub mod picture;
#[cfg(not(target_arch = "wasm32"))]
pub mod schema;
pub mod validate;

#[cfg(any(target_arch = "wasm32", feature = "ssr"))]
pub mod load;

pub use model::*;

use serde::de::DeserializeOwned;
use std::fmt;

/// Why a content file could not be used. Its `Display` is the message a visitor or clinic sees.
#[derive(Debug, Clone, PartialEq)]
pub enum ContentError {
    /// The request never got an answer (offline, DNS, CORS, server down).
    Network {
        /// File name relative to the content folder.
        file: String,
    },
    /// The server answered with an error status.
    Http {
        /// File name relative to the content folder.
        file: String,
        /// HTTP status code.
        status: u16,
    },
    /// The file is not valid JSON or does not have the expected shape.
    Parse(ParseError),
}

/// A JSON syntax or shape problem, located by line, column and field path.
#[derive(Debug, Clone, PartialEq)]
pub struct ParseError {
    /// File name relative to the content folder.
    pub file: String,
    /// Field path such as `blocks[3]`, empty for the top level.
    pub path: String,
    /// What is wrong, e.g. ``missing field `text` ``.
    pub message: String,
    /// 1-based line of the problem.
    pub line: usize,
    /// 1-based column of the problem.
    pub column: usize,
}

impl ContentError {
    /// True when the server said the file does not exist.
    pub fn is_not_found(&self) -> bool {
        matches!(self, ContentError::Http { status: 404, .. })
    }
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ContentError::Network { file } => {
                write!(f, "{file}: could not be loaded (network error)")
            }
            ContentError::Http { file, status } => {
                write!(f, "{file}: the server answered HTTP {status}")
            }
            ContentError::Parse(e) => e.fmt(f),
        }
    }
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "{}: {}", self.file, self.message)
        } else {
            write!(f, "{}: {}: {}", self.file, self.path, self.message)
        }
    }
}

/// Parses `text` as the content file `file`, naming the failing field on error (with the
/// `field-paths` feature, on by default).
pub fn parse<T: DeserializeOwned>(file: &str, text: &str) -> Result<T, ParseError> {
    let de = &mut serde_json::Deserializer::from_str(text);
    #[cfg(feature = "field-paths")]
    let result = serde_path_to_error::deserialize(&mut *de)
        .map_err(|e| (e.path().to_string(), e.into_inner()));
    // The field path costs 4 KB of brotli wasm; the picker page goes without, as its content
    // was checked at build time (index.html).
    #[cfg(not(feature = "field-paths"))]
    let result = T::deserialize(&mut *de).map_err(|e| (String::new(), e));
    let result = result
        // Trailing garbage after the value is a syntax error too.
        .and_then(|v| de.end().map(|()| v).map_err(|e| (String::new(), e)));
    result.map_err(|(path, inner)| {
        let full = inner.to_string();
        // serde_json appends " at line L column C"; we report the position separately.
        let message = match full.rfind(" at line ") {
            Some(i) => full[..i].to_string(),
            None => full,
        };
        ParseError {
            file: file.to_string(),
            path: if path == "." || path == "?" {
                String::new()
            } else {
                path
            },
            message,
            line: inner.line(),
            column: inner.column(),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_errors_name_file_and_field_path() {
        let text = r#"{"title":"t","date":"2024-01-01","author":"a","blocks":[
            {"type":"paragraph","text":"a"},{"type":"heading","text":"b"},
            {"type":"paragraph","text":"c"},{"type":"paragraph"}]}"#;
        let e = parse::<Article>("articles/x.json", text).unwrap_err();
        assert_eq!(e.path, "blocks[3]");
        assert_eq!(e.line, 3);
        assert_eq!(
            e.to_string(),
            "articles/x.json: blocks[3]: missing field `text`"
        );
    }

    #[test]
    fn syntax_errors_have_a_position_and_no_path() {
        let e = parse::<About>("about.json", "{\n  \"heading\": \"x\",\n}").unwrap_err();
        assert_eq!((e.line, e.column), (3, 1));
        assert!(
            e.to_string().starts_with("about.json: trailing comma"),
            "{e}"
        );
        let e = parse::<ArticleIndex>("i.json", r#"{"articles":[]} x"#).unwrap_err();
        assert!(e.message.contains("trailing characters"), "{e}");
    }

    #[test]
    fn network_and_http_errors_read_well() {
        let e = ContentError::Http {
            file: "site.json".into(),
            status: 500,
        };
        assert_eq!(e.to_string(), "site.json: the server answered HTTP 500");
        assert!(!e.is_not_found());
        assert!(ContentError::Http {
            file: "a".into(),
            status: 404
        }
        .is_not_found());
    }
}
