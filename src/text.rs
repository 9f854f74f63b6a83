//! String helpers for code that runs in the browser. `str::replace` slices by index, and its
//! panic message formats chars and ranges: with it, that formatting and its Unicode tables came
//! to about 2 KB of the picker's wasm (brotli).

/// `template` with every `key` in it replaced by `value`. Compares bytes and cuts with
/// `str::get`, which cannot panic: a match of valid UTF-8 starts and ends on char boundaries.
pub fn fill(template: &str, key: &str, value: &str) -> String {
    let (bytes, needle) = (template.as_bytes(), key.as_bytes());
    let mut out = String::with_capacity(template.len() + value.len());
    let (mut start, mut i) = (0, 0);
    while !needle.is_empty() && i + needle.len() <= bytes.len() {
        if bytes.get(i..i + needle.len()) == Some(needle) {
            out.push_str(template.get(start..i).unwrap_or_default());
            out.push_str(value);
            i += needle.len();
            start = i;
        } else {
            i += 1;
        }
    }
    out.push_str(template.get(start..).unwrap_or_default());
    out
}

/// `"true"` or `"false"`, for an ARIA state: a static text, where `bool::to_string` would make
/// a new `String` on every change (for each of the figure's 49 regions on every toggle).
pub fn aria(on: bool) -> &'static str {
    if on {
        "true"
    } else {
        "false"
    }
}

/// `template` cut around its first `key`: the text before it and after it (all of it before,
/// if there is no `key`), for a sentence with a link in it.
pub fn around<'a>(template: &'a str, key: &str) -> (&'a str, &'a str) {
    let (bytes, needle) = (template.as_bytes(), key.as_bytes());
    (0..bytes.len().saturating_sub(needle.len()) + 1)
        .find(|&i| !needle.is_empty() && bytes.get(i..i + needle.len()) == Some(needle))
        .map_or((template, ""), |i| {
            (
                template.get(..i).unwrap_or_default(),
                template.get(i + needle.len()..).unwrap_or_default(),
            )
        })
}

#[cfg(test)]
mod tests {
    use super::{around, fill};

    #[test]
    fn cuts_around_the_first_key() {
        assert_eq!(around("Or call {ways}.", "{ways}"), ("Or call ", "."));
        assert_eq!(around("{x} é", "{x}"), ("", " é"));
        assert_eq!(around("no key", "{x}"), ("no key", ""));
        assert_eq!(around("", "{x}"), ("", ""));
    }

    #[test]
    fn fills_every_key() {
        assert_eq!(fill("{side} calf", "{side}", "left"), "left calf");
        assert_eq!(fill("a{x}b{x}", "{x}", "é"), "aébé");
        assert_eq!(fill("no key", "{x}", "y"), "no key");
        assert_eq!(fill("", "{x}", "y"), "");
        assert_eq!(fill("é{x}é", "{x}", ""), "éé");
        assert_eq!(fill("abc", "", "y"), "abc");
    }
}
