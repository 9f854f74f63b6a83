//! After `trunk build`: the steps that make `dist/` ready for any static host.
//!
//! - Trunk starts the app with an inline `<script type="module">`, which a Content-Security-Policy
//!   without `'unsafe-inline'` blocks: it moves into a content-hashed file under `assets/`.
//! - Trunk's JS and CSS are minified with esbuild (trunk's own minifier also rewrites the HTML
//!   that the prerenderer fills in), and their `integrity` attributes follow.
//! - `404.html` (the same app) for hosts without rewrites, `_headers` and `_redirects`.
//! - The widget: its wasm (a second trunk build, of its own bin) joins `assets/`, and
//!   `embed.js`, `embed-iframe.js` and the iframe pages' script are written (the prerenderer
//!   writes the iframe pages `embed/{view}/`, in each language: `Iframe`).

use super::headers;
use std::fs;
use std::path::Path;
use std::process::Command;

/// The views a widget or an iframe can show, as given in `<massage-guide view="...">`.
pub const VIEWS: [&str; 4] = ["picker", "about", "articles", "massage-types"];

const EMBED_JS: &str = include_str!("../embed/embed.js");
const IFRAME_HOST_JS: &str = include_str!("../embed/embed-iframe.js");
const FRAME_JS: &str = include_str!("../embed/frame.js");

/// Finishes the site in `dist` built for `base` (`/` or `/clinic/`).
pub fn site(dist: &Path, base: &str) -> Result<(), String> {
    let index = dist.join("index.html");
    let html = read(&index)?;
    // Trunk's loader imports the app at once; the picker page's own starts it after its first
    // paint, from the same preloads.
    let (html, _) = take_inline_module(&html)?;
    let tag = format!(r#"<script type="module">{}</script>"#, headers::BOOT_SCRIPT);
    let mut html = inline_icon(&html.replacen(INLINE_MARK, &tag, 1), dist, base)?;
    check_no_inline(&html)?;
    for name in asset_names(dist)? {
        if name.ends_with(".css") || name.ends_with(".js") {
            let bytes = minify(&dist.join("assets").join(&name))?;
            html = with_integrity(&html, &format!("{base}assets/{name}"), &bytes);
        }
    }
    write(&index, &html)?;
    write(&dist.join("404.html"), &html)?;
    // Prerendering writes them again: with the pages' inline stylesheet allowed, and each
    // locale's not-found page.
    write(&dist.join("_headers"), headers::headers_file(base, None))?;
    write(&dist.join("_redirects"), headers::redirects_file(base, &[]))
}

/// The widget's three trunk builds (src/embed.rs), each in its folder.
pub struct WidgetBuilds<'a> {
    /// Every page, the picker's too, from JSON (embed.html).
    pub whole: &'a Path,
    /// Every page but the picker's (embed-pages.html).
    pub pages: &'a Path,
    /// The picker alone (embed-picker.html).
    pub picker: &'a Path,
}

/// Adds the widget's builds to the site in `dist`, and its loader, `embed.js`.
pub fn embed(dist: &Path, builds: WidgetBuilds) -> Result<(), String> {
    let (module, wasm) = copy_module(dist, builds.whole)?;
    let (pages_module, pages_wasm) = copy_module(dist, builds.pages)?;
    let (picker_module, picker_wasm) = copy_module(dist, builds.picker)?;
    let css = crate::widget_css::widget_css(
        include_str!("../../style/main.css"),
        include_str!("../../style/widget.css"),
    );
    let css = write_hashed(dist, "widget", "css", &css)?;
    minify(&dist.join(&css))?;
    let loader = EMBED_JS
        .replace("{{CSS}}", &format!("./{css}"))
        .replace("{{MODULE}}", &format!("./assets/{module}"))
        .replace("{{WASM}}", &format!("./assets/{wasm}"))
        .replace("{{PAGES_MODULE}}", &format!("./assets/{pages_module}"))
        .replace("{{PAGES_WASM}}", &format!("./assets/{pages_wasm}"))
        .replace("{{PICKER_MODULE}}", &format!("./assets/{picker_module}"))
        .replace("{{PICKER_WASM}}", &format!("./assets/{picker_wasm}"));
    write(&dist.join("embed.js"), &loader)?;
    // Whitespace only (3.4 -> 2.0 KB brotli): its statements and names stay as written, for
    // the prerenderer to find its `locales` and the tests its `modules`.
    minify_with(&dist.join("embed.js"), &["--minify-whitespace"])?;
    write(&dist.join("embed-iframe.js"), IFRAME_HOST_JS)?;
    write_hashed(dist, "frame", "js", FRAME_JS)?;
    Ok(())
}

/// Copies a widget's module and wasm, built by trunk into `build`, into `dist/assets/`, the
/// module minified; returns their names.
fn copy_module(dist: &Path, build: &Path) -> Result<(String, String), String> {
    let assets = dist.join("assets");
    let mut module = None;
    let mut wasm = None;
    let from = build.join("assets");
    for entry in fs::read_dir(&from).map_err(|e| format!("{}: {e}", from.display()))? {
        let entry = entry.map_err(|e| e.to_string())?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.ends_with("_bg.wasm") {
            wasm = Some(name.clone());
        } else if name.ends_with(".js") && name.starts_with("massage-guide-embed") {
            module = Some(name.clone());
        }
        fs::copy(entry.path(), assets.join(&name)).map_err(|e| format!("{name}: {e}"))?;
    }
    if let Some(module) = &module {
        minify(&assets.join(module))?;
    }
    match (module, wasm) {
        (Some(module), Some(wasm)) => Ok((module, wasm)),
        _ => Err(format!("{}: no widget module and wasm", from.display())),
    }
}

/// What an iframe page is made of, in one language.
pub struct Iframe<'a> {
    /// The site's base (`/`, `/clinic/`), where `embed.js` is.
    pub base: &'a str,
    /// The view shown (`VIEWS`).
    pub view: &'a str,
    /// The page's title.
    pub title: &'a str,
    /// The script that reports the height, relative to `base`.
    pub frame: &'a str,
    /// The page's language tag, for `<html lang>`.
    pub lang: &'a str,
    /// The widget's locale code, for its `lang`.
    pub code: &'a str,
    /// "This guide needs JavaScript." (with JavaScript off).
    pub no_script: &'a str,
    /// The text of the link to the site.
    pub open_site: &'a str,
    /// The site's pages in this language.
    pub site: &'a str,
}

/// The page an `<iframe src=".../embed/{view}/">` shows: the widget alone, plus the script
/// that reports its height to the host page.
pub fn iframe_page(page: &Iframe) -> String {
    let e = crate::seo::escape;
    let Iframe {
        base, view, frame, ..
    } = page;
    format!(
        r#"<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>{title}</title>
<script type="module" src="{base}embed.js"></script>
<script type="module" src="{base}{frame}"></script>
</head>
<body>
<massage-guide view="{view}" lang="{code}"></massage-guide>
<noscript>{no_script} <a href="{site}" target="_top">{open_site}</a>.</noscript>
</body>
</html>
"#,
        lang = e(page.lang),
        title = e(page.title),
        code = e(page.code),
        no_script = e(page.no_script),
        site = e(page.site),
        open_site = e(page.open_site),
    )
}

const INLINE_MARK: &str = "<!--boot-->";

/// Cuts the one inline module script out of `html`, leaving `INLINE_MARK` in its place.
fn take_inline_module(html: &str) -> Result<(String, String), String> {
    let open = r#"<script type="module">"#;
    let start = html
        .find(open)
        .ok_or("index.html: trunk's inline loader script was not found")?;
    let body_start = start + open.len();
    let end = html[body_start..]
        .find("</script>")
        .map(|i| body_start + i)
        .ok_or("index.html: unterminated script")?;
    let script = html[body_start..end].trim().to_string() + "\n";
    let rest = &html[end + "</script>".len()..];
    Ok((format!("{}{INLINE_MARK}{rest}", &html[..start]), script))
}

/// The file names in `dist/assets`.
fn asset_names(dist: &Path) -> Result<Vec<String>, String> {
    let dir = dist.join("assets");
    let entries = fs::read_dir(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    entries
        .map(|e| {
            e.map(|e| e.file_name().to_string_lossy().into_owned())
                .map_err(|e| e.to_string())
        })
        .collect()
}

/// Minifies the JS or CSS file at `path` in place with esbuild (from `npm ci`, on the PATH
/// that the Makefile sets) and returns its new contents.
fn minify(path: &Path) -> Result<Vec<u8>, String> {
    minify_with(path, &["--minify"])
}

/// `minify` with esbuild's minify `options`.
fn minify_with(path: &Path, options: &[&str]) -> Result<Vec<u8>, String> {
    let shown = path.display();
    let status = Command::new("esbuild")
        .arg(path)
        .args(options)
        .arg("--log-level=warning")
        .arg("--allow-overwrite")
        .arg(format!("--outfile={shown}"))
        .status()
        .map_err(|e| format!("esbuild (npm ci installs it): {e}"))?;
    if !status.success() {
        return Err(format!("esbuild could not minify {shown}"));
    }
    fs::read(path).map_err(|e| format!("{shown}: {e}"))
}

/// `html` with the `integrity` of the tag whose `href` is `url` made to match `bytes`.
fn with_integrity(html: &str, url: &str, bytes: &[u8]) -> String {
    use base64::Engine;
    use sha2::Digest;
    let Some(at) = html.find(&format!("href=\"{url}\"")) else {
        return html.to_string();
    };
    let start = html[..at].rfind('<').unwrap_or(0);
    let end = html[at..].find('>').map_or(html.len(), |e| at + e);
    let tag = &html[start..end];
    let Some(value) = tag.find("integrity=\"").map(|i| i + "integrity=\"".len()) else {
        return html.to_string();
    };
    let value_end = tag[value..].find('"').map_or(tag.len(), |e| value + e);
    let hash = base64::engine::general_purpose::STANDARD.encode(sha2::Sha384::digest(bytes));
    format!(
        "{}sha384-{hash}{}",
        &html[..start + value],
        &html[start + value_end..]
    )
}

/// `html` with the icon's `<link>` pointing at the icon itself, as a `data:` URL (which the
/// CSP's `img-src` allows), read from `dist` (`{base}assets/...`): one request less on every
/// page, and none that starts before the first paint (Lighthouse counted the icon's towards
/// the picker page's largest paint). Trunk's `integrity` goes: HTML allows it on stylesheets
/// and preloads only.
fn inline_icon(html: &str, dist: &Path, base: &str) -> Result<String, String> {
    let Some(start) = html.find("<link rel=\"icon\"") else {
        return Ok(html.to_string());
    };
    let end = html[start..]
        .find('>')
        .map(|e| start + e + 1)
        .ok_or("index.html: an unclosed icon link")?;
    let href = html[start..end]
        .split("href=\"")
        .nth(1)
        .and_then(|h| h.split('"').next())
        .ok_or("index.html: an icon link without href")?;
    let file = dist.join(href.strip_prefix(base).unwrap_or(href));
    let svg = fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
    Ok(format!(
        "{}<link rel=\"icon\" href=\"{}\">{}",
        &html[..start],
        svg_data_url(&svg),
        &html[end..]
    ))
}

/// `svg` as a `data:` URL for an attribute in double quotes: quotes made single, and the
/// characters a URL or the attribute cannot hold escaped.
fn svg_data_url(svg: &str) -> String {
    let mut url = String::from("data:image/svg+xml,");
    for c in svg.trim().chars() {
        match c {
            '"' => url.push('\''),
            '#' => url.push_str("%23"),
            '%' => url.push_str("%25"),
            '<' => url.push_str("%3C"),
            '>' => url.push_str("%3E"),
            '&' => url.push_str("%26"),
            ' ' | '\n' | '\r' => url.push_str("%20"),
            c => url.push(c),
        }
    }
    url
}

/// Fails if any script without `src` but the boot script (which the CSP allows by its hash)
/// or any `<style>` element is left: the CSP would block it.
fn check_no_inline(html: &str) -> Result<(), String> {
    let boot = format!("<script type=\"module\">{}</script>", headers::BOOT_SCRIPT);
    let lower = html.replacen(&boot, "", 1).to_ascii_lowercase();
    let inline_script = lower.match_indices("<script").any(|(i, _)| {
        let tag_end = lower[i..].find('>').map_or(lower.len(), |e| i + e);
        !lower[i..tag_end].contains("src=")
    });
    if inline_script || lower.contains("<style") {
        return Err("index.html: inline script or style left; the CSP would block it".into());
    }
    Ok(())
}

/// Writes `contents` as `assets/{stem}-{hash}.{ext}` and returns that path (relative to dist).
pub fn write_hashed(
    dist: &Path,
    stem: &str,
    ext: &str,
    contents: impl AsRef<[u8]>,
) -> Result<String, String> {
    let bytes = contents.as_ref();
    let name = format!("assets/{stem}-{:016x}.{ext}", fnv1a(bytes));
    write(&dist.join(&name), bytes)?;
    Ok(name)
}

/// FNV-1a: a stable content hash for file names (not for security).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

fn read(path: &Path) -> Result<String, String> {
    fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

fn write(path: &Path, contents: impl AsRef<[u8]>) -> Result<(), String> {
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    fs::write(path, contents).map_err(|e| format!("{}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_widget_view_has_a_route() {
        for view in VIEWS {
            assert!(crate::route::Route::from_view(view).is_some(), "{view}");
        }
        assert_eq!(crate::route::Route::from_view("admin"), None);
    }

    #[test]
    fn the_inline_loader_moves_out() {
        let html = "<head><link rel=x><script type=\"module\">\nimport init from '/a.js';\nawait init();\n</script></head><body></body>";
        let (rest, script) = take_inline_module(html).unwrap();
        assert_eq!(rest, "<head><link rel=x><!--boot--></head><body></body>");
        assert_eq!(script, "import init from '/a.js';\nawait init();\n");
        let boot = format!("<script type=\"module\">{}</script>", headers::BOOT_SCRIPT);
        assert!(check_no_inline(&rest.replace(INLINE_MARK, &boot)).is_ok());
        assert!(check_no_inline(html).is_err());
        assert!(check_no_inline("<style>a{}</style>").is_err());
    }

    #[test]
    fn the_icon_goes_inline_without_its_integrity() {
        let dist = std::env::temp_dir().join(format!("mg-icon-{}", std::process::id()));
        fs::create_dir_all(dist.join("assets")).unwrap();
        fs::write(
            dist.join("assets/f.svg"),
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><circle fill=\"#1b6b5c\"/></svg>\n",
        )
        .unwrap();
        let html = r#"<link rel="icon" href="/clinic/assets/f.svg" integrity="sha384-x"/><link rel="stylesheet" href="/a.css" integrity="sha384-y"/>"#;
        assert_eq!(
            inline_icon(html, &dist, "/clinic/").unwrap(),
            r#"<link rel="icon" href="data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%3E%3Ccircle%20fill='%231b6b5c'/%3E%3C/svg%3E"><link rel="stylesheet" href="/a.css" integrity="sha384-y"/>"#
        );
        assert_eq!(inline_icon("<p>", &dist, "/").unwrap(), "<p>");
        let _ = fs::remove_dir_all(dist);
    }

    #[test]
    fn integrity_follows_the_file() {
        let html = r#"<link rel="stylesheet" href="/assets/a.css" integrity="sha384-old"/><link rel="modulepreload" href="/assets/b.js" integrity="sha384-old">"#;
        let html = with_integrity(html, "/assets/b.js", b"");
        // `openssl dgst -sha384 -binary /dev/null | base64`
        assert_eq!(
            html,
            r#"<link rel="stylesheet" href="/assets/a.css" integrity="sha384-old"/><link rel="modulepreload" href="/assets/b.js" integrity="sha384-OLBgp1GsljhM2TJ+sbHjaiH9txEUvgdDTAzHv2P24donTt6/529l+9Ua0vFImLlb">"#
        );
        assert_eq!(with_integrity(&html, "/assets/c.js", b"x"), html);
    }

    #[test]
    fn hashes_are_stable_and_differ() {
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_ne!(fnv1a(b"a"), fnv1a(b"b"));
    }

    #[test]
    fn iframe_pages_load_only_files_of_the_site() {
        let page = iframe_page(&Iframe {
            base: "/clinic/",
            view: "picker",
            title: "Wo tut es weh?",
            frame: "assets/frame-1.js",
            lang: "de",
            code: "de",
            no_script: "Dieser Ratgeber braucht JavaScript.",
            open_site: "Zur Website der Praxis",
            site: "/clinic/de/",
        });
        assert!(page.contains(r#"src="/clinic/embed.js""#));
        assert!(page.contains(r#"<html lang="de">"#));
        assert!(page.contains(r#"<massage-guide view="picker" lang="de">"#));
        assert!(page.contains(r#"<a href="/clinic/de/" target="_top">Zur Website der Praxis</a>"#));
        assert!(check_no_inline(&page).is_ok());
    }
}
