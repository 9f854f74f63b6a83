//! The widget's stylesheet, made from the site's at build time (`hosting::postbuild` writes it
//! to `assets/widget-{hash}.css`, which `embed.js` fetches while the wasm comes), so there is
//! one stylesheet to maintain. Inside a host page's Shadow DOM three things differ:
//! - `rem` is the *host's* root font size (a theme may set `html { font-size: 20px }`), so
//!   lengths use `var(--rem)`, a fixed size set on the widget's root;
//! - the widget is as wide as its slot, not the window, so width breakpoints become container
//!   queries on that root;
//! - there is no `:root`/`html`/`body` to hang variables on, so `:root` becomes `.mg-root`,
//!   where the host's own custom properties cannot override them;
//! - the dark scheme follows the host page, not only the system: a light-only page keeps the
//!   widget light (class `mg-light`), and `theme="dark"` forces it (class `mg-dark`). So each
//!   dark-scheme block is kept for `.mg-root:not(.mg-light)` and copied for `.mg-root.mg-dark`.
//!
//! `style/widget.css` comes first (it resets what the host page would otherwise pass down).

/// The class of the element that wraps a widget's content inside its shadow root.
pub const ROOT_CLASS: &str = "mg-root";

/// The container name width queries refer to.
const CONTAINER: &str = "mg";

/// The class that keeps a widget light whatever the system's scheme.
pub const LIGHT_CLASS: &str = "mg-light";

/// The class that makes a widget dark whatever the system's scheme.
pub const DARK_CLASS: &str = "mg-dark";

const DARK_QUERY: &str = "@media (prefers-color-scheme: dark)";

/// `widget` (the widget's own rules) followed by the site's `main` stylesheet, rewritten.
pub fn widget_css(main: &str, widget: &str) -> String {
    let mut out = String::with_capacity(main.len() * 2 + widget.len());
    out.push_str(widget);
    out.push('\n');
    let mut lines = main.lines();
    while let Some(line) = lines.next() {
        if line.trim_start().starts_with(DARK_QUERY) {
            let block = take_block(&mut lines);
            let system = format!(".{ROOT_CLASS}:not(.{LIGHT_CLASS})");
            out.push_str(line);
            out.push('\n');
            for inner in &block {
                push_line(&mut out, &scoped(&rewrite(inner), &system));
            }
            out.push_str("}\n");
            let forced = format!(".{ROOT_CLASS}.{DARK_CLASS}");
            for inner in &block {
                push_line(&mut out, &scoped(&rewrite(inner), &forced));
            }
        } else if line.trim_start().starts_with("@media") {
            push_line(&mut out, &width_query(line));
        } else {
            push_line(&mut out, &rewrite(line));
        }
    }
    out
}

fn push_line(out: &mut String, line: &str) {
    out.push_str(line);
    out.push('\n');
}

fn rewrite(line: &str) -> String {
    lengths(&line.replace(":root", &format!(".{ROOT_CLASS}")))
}

/// The lines of a block whose opening line was just read, without its closing brace.
fn take_block<'a>(lines: &mut impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    let mut depth = 1;
    let mut block = Vec::new();
    for line in lines {
        depth += line.matches('{').count();
        depth -= line.matches('}').count();
        if depth == 0 {
            break;
        }
        block.push(line);
    }
    block
}

/// Puts every selector of a rule's opening line under `root` (a compound for `.mg-root`).
fn scoped(line: &str, root: &str) -> String {
    let Some((selectors, rest)) = line.split_once('{') else {
        return line.to_string();
    };
    let indent = &selectors[..selectors.len() - selectors.trim_start().len()];
    let list: Vec<String> = selectors
        .split(',')
        .map(str::trim)
        .map(|s| match s.strip_prefix(&format!(".{ROOT_CLASS}")) {
            Some(after) => format!("{root}{after}"),
            None => format!("{root} {s}"),
        })
        .collect();
    format!("{indent}{} {{{rest}", list.join(", "))
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
    fn dark_rules_follow_the_host_or_the_choice() {
        let css = widget_css(
            "@media (prefers-color-scheme: dark) {\n    :root { --bg: #000; }\n    .a, .b { color: red; }\n}\n",
            "",
        );
        assert_eq!(
            css,
            "\n@media (prefers-color-scheme: dark) {\n    .mg-root:not(.mg-light) { --bg: #000; }\n    .mg-root:not(.mg-light) .a, .mg-root:not(.mg-light) .b { color: red; }\n}\n    .mg-root.mg-dark { --bg: #000; }\n    .mg-root.mg-dark .a, .mg-root.mg-dark .b { color: red; }\n"
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
