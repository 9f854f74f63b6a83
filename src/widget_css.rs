//! The widget's stylesheet, made from the site's at build time (`build.rs`), so there is one
//! stylesheet to maintain. Inside a host page's Shadow DOM three things differ:
//! - `rem` is the *host's* root font size (a theme may set `html { font-size: 20px }`), so
//!   lengths use `var(--rem)`, a fixed size set on the widget's root;
//! - the widget is as wide as its slot, not the window, so width breakpoints become container
//!   queries on that root;
//! - there is no `:root`/`html`/`body` to hang variables on, so `:root` becomes `.mg-root`,
//!   where the host's own custom properties cannot override them.
//!
//! `style/widget.css` comes first (it resets what the host page would otherwise pass down).

/// The class of the element that wraps a widget's content inside its shadow root.
pub const ROOT_CLASS: &str = "mg-root";

/// The container name width queries refer to.
const CONTAINER: &str = "mg";

/// `widget` (the widget's own rules) followed by the site's `main` stylesheet, rewritten.
pub fn widget_css(main: &str, widget: &str) -> String {
    let mut out = String::with_capacity(main.len() + widget.len());
    out.push_str(widget);
    out.push('\n');
    for line in main.lines() {
        let trimmed = line.trim_start();
        let rewritten = if trimmed.starts_with("@media") {
            width_query(line)
        } else {
            lengths(&line.replace(":root", &format!(".{ROOT_CLASS}")))
        };
        out.push_str(&rewritten);
        out.push('\n');
    }
    out
}

/// `@media (min-width: 40rem)` -> `@container mg (min-width: 640px)`; other media queries
/// (colour scheme, motion, print) stay as they are.
fn width_query(line: &str) -> String {
    if !line.contains("width") {
        return line.to_string();
    }
    let query = line.replacen("@media", &format!("@container {CONTAINER}"), 1);
    replace_rem(&query, |n| format!("{}px", trim_number(n * 16.0)))
}

/// Every `Nrem` -> `calc(N * var(--rem))`.
fn lengths(line: &str) -> String {
    replace_rem(line, |n| format!("calc({} * var(--rem))", trim_number(n)))
}

fn trim_number(n: f64) -> String {
    let s = format!("{n:.4}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// Replaces each number followed by `rem` (not part of a longer word) using `f`.
fn replace_rem(line: &str, f: impl Fn(f64) -> String) -> String {
    let bytes = line.as_bytes();
    let mut out = String::with_capacity(line.len());
    let mut i = 0;
    while i < bytes.len() {
        let starts_number = (bytes[i].is_ascii_digit() || bytes[i] == b'.' || bytes[i] == b'-')
            && (i == 0 || !(bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'-'));
        if starts_number {
            let mut end = i + 1;
            while end < bytes.len() && (bytes[end].is_ascii_digit() || bytes[end] == b'.') {
                end += 1;
            }
            let unit_end = end + 3;
            let is_rem = line.get(end..unit_end) == Some("rem")
                && !bytes
                    .get(unit_end)
                    .is_some_and(|b| b.is_ascii_alphanumeric());
            if let (true, Ok(n)) = (is_rem, line[i..end].parse::<f64>()) {
                out.push_str(&f(n));
                i = unit_end;
                continue;
            }
            out.push_str(&line[i..end]);
            i = end;
            continue;
        }
        let ch = line[i..].chars().next().unwrap_or(' ');
        out.push(ch);
        i += ch.len_utf8();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rem_lengths_use_the_widget_size() {
        assert_eq!(
            lengths("margin: 0 -0.5rem 1.25rem; top: -4rem;"),
            "margin: 0 calc(-0.5 * var(--rem)) calc(1.25 * var(--rem)); top: calc(-4 * var(--rem));"
        );
        assert_eq!(
            lengths("font-size: clamp(2rem, 1.4rem + 2.6vw, 2.9rem);"),
            "font-size: clamp(calc(2 * var(--rem)), calc(1.4 * var(--rem)) + 2.6vw, calc(2.9 * var(--rem)));"
        );
        assert_eq!(
            lengths("grid-area: remark; x: 2remx;"),
            "grid-area: remark; x: 2remx;"
        );
    }

    #[test]
    fn width_queries_become_container_queries() {
        assert_eq!(
            width_query("@media (min-width: 56rem) {"),
            "@container mg (min-width: 896px) {"
        );
        assert_eq!(
            width_query("@media (prefers-color-scheme: dark) {"),
            "@media (prefers-color-scheme: dark) {"
        );
    }

    #[test]
    fn root_variables_move_to_the_widget_root() {
        let css = widget_css(":root {\n  --gap: 1rem;\n}\n", "/* widget */");
        assert_eq!(
            css,
            "/* widget */\n.mg-root {\n  --gap: calc(1 * var(--rem));\n}\n"
        );
    }
}
