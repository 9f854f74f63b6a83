//! Build-time rendering: every route of the site rendered to HTML by the same components, from
//! the same content files. Every page but the picker is then static: it loads no script at
//! all. The picker page points to its content in compact form (`#mg-data`, a
//! `picker::data::PickerData` file), and `app::start_picker` binds its prerendered picker to
//! it. The picker-only widget gets the same, with its picker rendered as a fragment.

use crate::app::Shell;
use crate::components::page_meta::MetaSlot;
use crate::content::load::Preload;
use crate::content::picture::{self, Pictures};
use crate::content::{parse, About, Article, ArticleIndex, Catalogue, Site};
use crate::context::{Host, Language, Languages, Ui};
use crate::hosting::headers::{csp_hash, headers_file, redirects_file};
use crate::hosting::postbuild::write_hashed;
use crate::picker::data::PickerData;
use crate::route::Route;
use crate::seo::{self, escape, Kind, PageInfo};
use leptos::prelude::*;
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

/// One route rendered.
pub struct Rendered {
    /// The `<body>`'s inner HTML.
    pub body: String,
    /// The full document title.
    pub title: String,
    /// The meta description.
    pub description: String,
    /// Whether the page runs the app (the picker); the others load no script.
    pub interactive: bool,
}

/// The content files under `dir`, by path relative to it (`articles/index.json`).
pub fn content_files(dir: &Path) -> Result<BTreeMap<String, String>, String> {
    let mut files = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(at) = stack.pop() {
        for entry in fs::read_dir(&at).map_err(|e| format!("{}: {e}", at.display()))? {
            let path = entry.map_err(|e| e.to_string())?.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "json") {
                let name = path.strip_prefix(dir).map_err(|e| e.to_string())?;
                let text =
                    fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
                files.insert(name.to_string_lossy().replace('\\', "/"), text);
            }
        }
    }
    Ok(files)
}

fn file<T: serde::de::DeserializeOwned>(
    files: &BTreeMap<String, String>,
    name: &str,
) -> Result<T, String> {
    let text = files
        .get(name)
        .ok_or_else(|| format!("{name} is missing"))?;
    parse(name, text).map_err(|e| e.to_string())
}

/// Every path of the site, relative to its base: the pages, one per article and massage type.
pub fn routes(files: &BTreeMap<String, String>) -> Result<Vec<String>, String> {
    let index: ArticleIndex = file(files, "articles/index.json")?;
    let catalogue: Catalogue = file(files, "massage-types.json")?;
    let mut routes = vec!["/".to_string(), "/articles".to_string()];
    routes.extend(
        index
            .articles
            .iter()
            .map(|a| format!("/articles/{}", a.slug)),
    );
    routes.push("/massage".into());
    routes.extend(catalogue.types.iter().map(|t| format!("/massage/{}", t.id)));
    routes.push("/picker".into());
    Ok(routes)
}

/// Renders the app at `path` (relative to `base`, e.g. `/articles/x`), its pictures as the build
/// made them.
pub fn render(
    path: &str,
    base: &str,
    files: &BTreeMap<String, String>,
    pictures: &Pictures,
    ui: Ui,
    languages: Languages,
) -> Rendered {
    let links = base.trim_end_matches('/').to_string();
    let preload = Preload::new(files.clone());
    let meta = MetaSlot::default();
    let route = Route::parse(path);
    let interactive = matches!(route, Route::Picker(_));
    let owner = Owner::new();
    let body = owner.with(|| {
        provide_context(Host {
            links,
            content: "content/".into(),
            widget: false,
        });
        provide_context(preload.clone());
        provide_context(meta.clone());
        provide_context(pictures.clone());
        provide_context(ui);
        provide_context(languages);
        view! { <Shell route /> }.to_html()
    });
    let (title, description) = meta.0.lock().unwrap().clone().unwrap_or_default();
    Rendered {
        body,
        title,
        description,
        interactive,
    }
}

/// `template` (trunk's `index.html`, finished by postbuild) with `page` in it and `head` at the
/// end of its head; a page that is not interactive loses the app's script and preloads, the
/// interactive one has its preloads held back until it has painted.
pub fn page_html(template: &str, page: &Rendered, lang: &str, head: &str) -> String {
    let template = if page.interactive {
        // The page paints before its code and content are fetched: the preloads wait in an
        // inert <template data-later>, which the boot script (src/boot.js) puts in the head
        // once the page has painted, so that nothing competes with it on a slow network.
        let (html, preloads) = split_tags(template, &PRELOADS);
        html.replacen(
            "</head>",
            &format!("<template data-later>{preloads}</template>\n</head>"),
            1,
        )
    } else {
        let [a, b] = PRELOADS;
        split_tags(template, &[MODULE, a, b]).0
    };
    let mut html = template.replacen(
        "<html lang=\"en\">",
        &format!("<html lang=\"{}\">", escape(lang)),
        1,
    );
    if let (Some(start), Some(end)) = (html.find("<title>"), html.find("</title>")) {
        html.replace_range(
            start..end + "</title>".len(),
            &format!("<title>{}</title>", escape(&page.title)),
        );
    }
    let description = "<meta name=\"description\" content=\"";
    if let Some(start) = html.find(description) {
        let value_start = start + description.len();
        if let Some(len) = html[value_start..].find('"') {
            html.replace_range(value_start..value_start + len, &escape(&page.description));
        }
    }
    let data = format!("{head}</head>");
    html = html.replacen("</head>", &data, 1);
    if let (Some(start), Some(end)) = (html.find("<body>"), html.rfind("</body>")) {
        // Leptos marks dynamic places with `<!>`, which HTML calls a bogus comment; `<!---->`
        // is the same empty comment, written validly. Text never holds a raw `<`: it is escaped.
        let body = page.body.replace("<!>", "<!---->");
        html.replace_range(start..end, &format!("<body>{body}"));
    }
    html
}

/// The app's module script, as trunk writes it.
const MODULE: (&str, &str) = ("<script type=\"module\"", "</script>");
/// The module and wasm preloads trunk adds.
const PRELOADS: [(&str, &str); 2] = [
    ("<link rel=\"modulepreload\"", ">"),
    ("<link rel=\"preload\"", ">"),
];

/// `html` without the tags that start and end as in `kinds`, and those tags, in order.
fn split_tags(html: &str, kinds: &[(&str, &str)]) -> (String, String) {
    let (mut out, mut taken) = (String::with_capacity(html.len()), String::new());
    let mut rest = html;
    loop {
        let next = kinds
            .iter()
            .filter_map(|(open, close)| rest.find(open).map(|i| (i, *close)))
            .min_by_key(|(i, _)| *i);
        let Some((start, close)) = next else {
            out.push_str(rest);
            return (out, taken);
        };
        out.push_str(&rest[..start]);
        rest = &rest[start..];
        let end = rest.find(close).map_or(rest.len(), |end| end + close.len());
        taken.push_str(&rest[..end]);
        rest = &rest[end..];
    }
}

/// Where the page for `path` goes under `dist`.
fn target(dist: &Path, path: &str) -> PathBuf {
    let mut file = dist.to_path_buf();
    file.extend(path.split('/').filter(|s| !s.is_empty()));
    file.join("index.html")
}

/// One locale of the site as the build sees it.
struct Locale {
    /// Its code (`de`).
    code: String,
    /// Its pages' base: the site's, with `de/` for all but the first.
    base: String,
    /// Its content files, by path in its folder.
    files: BTreeMap<String, String>,
    /// Its `site.json`.
    site: Site,
    /// Its pages' paths, relative to its base.
    routes: Vec<String>,
    /// Its words.
    words: crate::locale::Words,
}

impl Locale {
    /// Where its `path` is, relative to the site's base (`/de/articles/x`).
    fn path(&self, path: &str, first: &Locale) -> String {
        match self.code == first.code {
            true => path.to_string(),
            false => format!("/{}{path}", self.code),
        }
    }
}

/// The site's locales, its first first, each with its files (those of a locale's folder, or
/// for the first, all but those).
fn locales(base: &str, all: &BTreeMap<String, String>) -> Result<Vec<Locale>, String> {
    let site: Site = file(all, "site.json")?;
    let codes = site.locale_codes();
    let mut out = Vec::new();
    for (i, code) in codes.iter().enumerate() {
        let files: BTreeMap<String, String> = match i {
            0 => all
                .iter()
                .filter(|(n, _)| !codes[1..].iter().any(|c| n.starts_with(&format!("{c}/"))))
                .map(|(n, t)| (n.clone(), t.clone()))
                .collect(),
            _ => all
                .iter()
                .filter_map(|(n, t)| {
                    Some((n.strip_prefix(&format!("{code}/"))?.to_string(), t.clone()))
                })
                .collect(),
        };
        let words = crate::locale::load(code).map_err(|p| p.join("\n"))?;
        out.push(Locale {
            code: code.clone(),
            base: match i {
                0 => base.to_string(),
                _ => format!("{base}{code}/"),
            },
            site: file(&files, "site.json")?,
            routes: routes(&files)?,
            files,
            words,
        });
    }
    Ok(out)
}

/// Prerenders every route of the site in `dist` (built for `base`) from the content in
/// `content` (`public/content`) into `template` (trunk's `index.html` as postbuild finished
/// it), in each of its locales (the first at `base`, the others under `{base}{code}/`), plus
/// each locale's not-found page as `404.html`, the sitemap, robots.txt and the feeds. Returns
/// the paths of the pages written, relative to `base`.
pub fn run(dist: &Path, base: &str, content: &Path, template: &str) -> Result<Vec<String>, String> {
    let all = content_files(content)?;
    let locales = locales(base, &all)?;
    let first = &locales[0];
    copy_share_image(&first.site, content, dist)?;
    // The stylesheet and the clinic's colours go inline, so the first paint waits for no other
    // request; the CSP allows that one stylesheet by its hash.
    let t = &first.site.theme;
    let theme = format!(
        ":root{{--accent-light:{};--on-accent-light:{};--accent-dark:{};--on-accent-dark:{}}}",
        t.light.accent, t.light.on_accent, t.dark.accent, t.dark.on_accent
    );
    let (template, hash) = inline_styles(dist, base, template, &theme)?;
    let template = template.as_str();
    fs::write(dist.join("_headers"), headers_file(base, Some(&hash)))
        .map_err(|e| format!("_headers: {e}"))?;
    let others: Vec<&str> = locales[1..].iter().map(|l| l.code.as_str()).collect();
    fs::write(dist.join("_redirects"), redirects_file(base, &others))
        .map_err(|e| format!("_redirects: {e}"))?;
    let mut written = Vec::new();
    // Each locale's words, compact picker content and picker fragment, for the widget
    // (`write_locales`).
    let mut widget_files = Vec::new();
    let mut sitemap = Vec::new();
    for locale in &locales {
        let dir = dist.join(locale.base.strip_prefix(base).unwrap_or_default());
        let files = &locale.files;
        let index: ArticleIndex = file(files, "articles/index.json")?;
        let folder = match locale.code == first.code {
            true => String::new(),
            false => format!("{}/", locale.code),
        };
        let (picker_data, picker_file) = picker_data(dist, base, locale, &folder)?;
        let fragment = widget_picker(dist, locale)?;
        widget_files.push((&locale.words, picker_file, fragment));
        let pictures = make_pictures(dist, base, content, &folder, files, &index)?;
        let ui = Ui::new(locale.words.clone());
        // Search engines read the opening hours as data from the first locale's words.
        let seo_site = Site {
            hours: first.site.hours.clone(),
            ..locale.site.clone()
        };
        let mut pages: Vec<(String, PathBuf)> = locale
            .routes
            .iter()
            .map(|r| (r.clone(), target(&dir, r)))
            .collect();
        pages.push(("/404".into(), dir.join("404.html")));
        for (path, to) in pages {
            let languages = languages(&locales, locale, &path);
            let page = render(&path, &locale.base, files, &pictures, ui, languages);
            if page.title.is_empty() {
                return Err(format!("{path}: the page set no title"));
            }
            let article = path
                .strip_prefix("/articles/")
                .map(|slug| file::<Article>(files, &format!("articles/{slug}.json")))
                .transpose()?;
            let kind = match &article {
                Some(a) => Kind::Article {
                    headline: a.title.clone(),
                    date: a.date.clone(),
                    author: a.author.clone(),
                },
                None => Kind::Page,
            };
            let full = locale.path(&path, first);
            let head = if path == "/404" {
                // Not a page to find or share: no canonical address.
                "<meta name=\"robots\" content=\"noindex\">\n".to_string()
            } else {
                let alternates = alternates(&locales, &path);
                sitemap.push(seo::SitemapEntry {
                    path: full.clone(),
                    date: article.as_ref().map(|a| a.date.clone()),
                    alternates: alternates.clone(),
                });
                let info = PageInfo {
                    path: &full,
                    root: &folder,
                    title: &page.title,
                    description: &page.description,
                    kind,
                    alternates: &alternates,
                };
                seo::head(&seo_site, &info)
            };
            let head = if page.interactive {
                let early = crate::hosting::headers::EARLY_SCRIPT;
                format!(
                    "{head}<template data-later>{picker_data}</template>\n<script>{early}</script>\n"
                )
            } else {
                head
            };
            let html = page_html(template, &page, &locale.site.lang, &head);
            if let Some(dir) = to.parent() {
                fs::create_dir_all(dir).map_err(|e| e.to_string())?;
            }
            fs::write(&to, html).map_err(|e| format!("{}: {e}", to.display()))?;
            written.push(full);
        }
        let write = |name: &str, text: String| {
            let to = dir.join(name);
            fs::write(&to, text).map_err(|e| format!("{}: {e}", to.display()))
        };
        write("feed.xml", seo::atom(&locale.site, &index, &folder))?;
        write("feed.json", seo::json_feed(&locale.site, &index, &folder))?;
        write_iframe_pages(dist, base, locale, &folder)?;
    }
    write_locales(dist, &widget_files)?;
    let write = |name: &str, text: String| {
        fs::write(dist.join(name), text).map_err(|e| format!("{name}: {e}"))
    };
    write("sitemap.xml", seo::sitemap(&first.site, &sitemap))?;
    write("robots.txt", seo::robots(&first.site, base))?;
    Ok(written)
}

/// The page at `path` (relative to a locale's base) in every locale that has it, as (language
/// tag, path relative to the site's base), then `x-default`: the first locale's.
fn alternates(locales: &[Locale], path: &str) -> Vec<(String, String)> {
    let first = &locales[0];
    let mut out: Vec<(String, String)> = locales
        .iter()
        .filter(|l| l.routes.iter().any(|r| r == path))
        .map(|l| (l.site.lang.clone(), l.path(path, first)))
        .collect();
    if locales.len() > 1 && first.routes.iter().any(|r| r == path) {
        out.push(("x-default".into(), path.to_string()));
    }
    out
}

/// The header's languages on the page at `path` of `current`: each links to the same page in
/// it, or where there is none (an article not translated), to its article list or home page.
fn languages(locales: &[Locale], current: &Locale, path: &str) -> Languages {
    let list = locales
        .iter()
        .map(|l| {
            let nearest = if l.routes.iter().any(|r| r == path) {
                path
            } else if path.starts_with("/articles/") {
                "/articles"
            } else {
                "/"
            };
            Language {
                code: l.code.clone(),
                tag: l.site.lang.clone(),
                name: l.words.t(crate::locale::Key::LangName).to_string(),
                href: format!("{}{nearest}", l.base.trim_end_matches('/')),
                current: l.code == current.code,
            }
        })
        .collect();
    Languages(list)
}

/// Each locale's iframe pages (`embed/{view}/`): the widget alone in that language.
fn write_iframe_pages(
    dist: &Path,
    base: &str,
    locale: &Locale,
    folder: &str,
) -> Result<(), String> {
    use crate::locale::Key;
    let frame = fs::read_dir(dist.join("assets"))
        .map_err(|e| format!("assets: {e}"))?
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .find(|n| n.starts_with("frame-") && n.ends_with(".js"));
    let Some(frame) = frame else {
        // No widget in this build (a test's): no iframe pages either.
        return Ok(());
    };
    let w = &locale.words;
    for view in crate::hosting::postbuild::VIEWS {
        let key = match view {
            "picker" => Key::WidgetPicker,
            "about" => Key::WidgetHome,
            "articles" => Key::WidgetArticles,
            _ => Key::WidgetTypes,
        };
        let page = crate::hosting::postbuild::iframe_page(&crate::hosting::postbuild::Iframe {
            base,
            view,
            title: w.t(key),
            frame: &format!("assets/{frame}"),
            lang: &locale.site.lang,
            code: &locale.code,
            no_script: w.t(Key::WidgetNoScript),
            open_site: w.t(Key::WidgetOpenSite),
            site: &locale.base,
        });
        let to = dist
            .join(folder)
            .join("embed")
            .join(view)
            .join("index.html");
        fs::create_dir_all(to.parent().unwrap_or(dist)).map_err(|e| e.to_string())?;
        fs::write(&to, page).map_err(|e| format!("{}: {e}", to.display()))?;
    }
    Ok(())
}

/// The length of the JSON object at the start of `text` (which starts with `{`), up to and
/// with its closing brace; braces in its strings do not count.
fn object_end(text: &str) -> Option<usize> {
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    for (i, c) in text.char_indices() {
        match (in_string, escaped, c) {
            (true, true, _) => escaped = false,
            (true, false, '\\') => escaped = true,
            (true, false, '"') => in_string = false,
            (true, false, _) => {}
            (false, _, '"') => in_string = true,
            (false, _, '{') => depth += 1,
            (false, _, '}') => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return Some(i + 1);
                }
            }
            _ => {}
        }
    }
    None
}

/// Writes each locale's words for the widget (`assets/words-{code}-{hash}.json`: cached for
/// good, and sent with CORS like the widget's code), and into `embed.js`'s `locales` line their
/// names, what it says before they are in, and the locale's compact picker content and picker
/// fragment (for the picker-only widget), the site's first locale first.
fn write_locales(
    dist: &Path,
    all: &[(&crate::locale::Words, String, String)],
) -> Result<(), String> {
    use crate::locale::Key;
    // Written by hand, not as a serde_json map: that would sort the codes.
    let mut messages = Vec::new();
    for (words, picker, fragment) in all {
        let json = serde_json::to_string(words).map_err(|e| e.to_string())?;
        let name = write_hashed(
            dist,
            &format!("words-{}", words.code),
            "json",
            json.into_bytes(),
        )?;
        let said = [
            name.as_str(),
            words.t(Key::WidgetLoading),
            words.t(Key::WidgetFailed),
            picker,
            fragment,
        ];
        messages.push(format!(
            "{}:{}",
            serde_json::Value::from(words.code.as_str()),
            serde_json::json!(said)
        ));
    }
    let loader = dist.join("embed.js");
    let Ok(js) = fs::read_to_string(&loader) else {
        return Ok(());
    };
    // As written (`const locales = {…};`) or as minified (`const locales={…};`).
    let start = js
        .find("const locales")
        .and_then(|at| Some(at + js[at..].find('{')?))
        .ok_or("embed.js: no `const locales`")?;
    let end = start + object_end(&js[start..]).ok_or("embed.js: unterminated `locales`")?;
    let object = format!("{{{}}}", messages.join(","));
    let js = format!("{}{object}{}", &js[..start], &js[end..]);
    fs::write(&loader, js).map_err(|e| format!("embed.js: {e}"))
}

/// Writes `locale`'s picker as the picker-only widget shows it (`WidgetPicker`, its links the
/// site's paths in it; its parts are in the compact content) and returns its file's path in
/// `dist`.
fn widget_picker(dist: &Path, locale: &Locale) -> Result<String, String> {
    use crate::pages::picker::WidgetPicker;
    let preload = Preload::new(locale.files.clone());
    let ui = Ui::new(locale.words.clone());
    let html = Owner::new().with(move || {
        provide_context(Host {
            links: String::new(),
            content: "content/".into(),
            widget: true,
        });
        provide_context(preload);
        provide_context(ui);
        provide_context(crate::context::Store::load());
        fragment(view! { <WidgetPicker /> }.to_html())
    });
    write_hashed(dist, "picker", "html", html.into_bytes())
}

/// `html` rendered as a fragment to put into a page at run time, without Leptos's `<!>`
/// markers of dynamic places: nothing is dynamic there.
fn fragment(html: String) -> String {
    html.replace("<!>", "")
}

/// `locale`'s picker parts (`PickerParts`) as HTML, their links the site's paths in it.
fn picker_parts(locale: &Locale) -> Result<String, String> {
    use crate::components::picker::parts::PickerParts;
    use std::sync::Arc;
    let files = &locale.files;
    let rules = Arc::new(file::<crate::picker::rules::PickerRules>(
        files,
        "picker.json",
    )?);
    let types = Arc::new(file::<Catalogue>(files, "massage-types.json")?.cards());
    let articles = Some(Arc::new(file::<ArticleIndex>(
        files,
        "articles/index.json",
    )?));
    let site = Arc::new(locale.site.clone());
    let ui = Ui::new(locale.words.clone());
    Ok(Owner::new().with(move || {
        provide_context(Host {
            links: String::new(),
            content: "content/".into(),
            widget: false,
        });
        provide_context(ui);
        fragment(view! { <PickerParts rules types site articles /> }.to_html())
    }))
}

/// Writes `locale`'s picker content in compact form and returns the tag that preloads it and
/// tells the picker where it is (`#mg-data`), where its pages are (`data-base`) and its
/// content (`data-content`), and the file's path in `dist` (for the picker-only widget).
fn picker_data(
    dist: &Path,
    base: &str,
    locale: &Locale,
    folder: &str,
) -> Result<(String, String), String> {
    let files = &locale.files;
    let mut site = locale.site.clone();
    // Resolved here, so the picker page carries no table of countries (`Site::help`).
    site.help = site.help(&locale.words);
    let data = PickerData {
        site,
        types: file::<Catalogue>(files, "massage-types.json")?.cards(),
        rules: file(files, "picker.json")?,
        words: locale.words.clone(),
        parts: picker_parts(locale)?,
    }
    .trimmed();
    let name = write_hashed(dist, "picker", "bin", data.encode()?)?;
    let tag = format!(
        "<link rel=\"preload\" id=\"mg-data\" href=\"{base}{name}\" as=\"fetch\" crossorigin=\"anonymous\" data-base=\"{}\" data-content=\"{base}content/{folder}\">\n",
        escape(locale.base.trim_end_matches('/'))
    );
    Ok((tag, name))
}

/// `template` with its stylesheet link replaced by the stylesheet itself and `theme` after it,
/// and the base64 SHA-256 of that style element's text for the CSP.
fn inline_styles(
    dist: &Path,
    base: &str,
    template: &str,
    theme: &str,
) -> Result<(String, String), String> {
    let open = "<link rel=\"stylesheet\" href=\"";
    let start = template
        .find(open)
        .ok_or("the template has no stylesheet link")?;
    let end = start + template[start..].find('>').ok_or("an unclosed link")? + 1;
    let href = &template[start + open.len()..];
    let href = &href[..href.find('"').unwrap_or(0)];
    let file = dist.join(href.strip_prefix(base).unwrap_or(href));
    let css = fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
    let style = format!("{}{theme}", css.trim_end());
    let hash = csp_hash(&style);
    let html = format!(
        "{}<style>{style}</style>{}",
        &template[..start],
        &template[end..]
    );
    Ok((html, hash))
}

/// The copies of every picture on the About page and in the articles, beside the originals that
/// trunk copied into `dist/content/`.
fn make_pictures(
    dist: &Path,
    base: &str,
    content: &Path,
    folder: &str,
    files: &BTreeMap<String, String>,
    index: &ArticleIndex,
) -> Result<Pictures, String> {
    let mut srcs: Vec<String> = Vec::new();
    let about: About = file(files, "about.json")?;
    srcs.extend(picture::sources(&about.blocks).map(String::from));
    for entry in &index.articles {
        let article: Article = file(files, &format!("articles/{}.json", entry.slug))?;
        srcs.extend(picture::sources(&article.blocks).map(String::from));
    }
    let made = crate::hosting::pictures::make(content, &dist.join("content"), &srcs)?;
    let mut pages = vec!["about.json".to_string()];
    pages.extend(
        index
            .articles
            .iter()
            .map(|a| format!("articles/{}.json", a.slug)),
    );
    for name in pages {
        let to = dist.join("content").join(folder).join(&name);
        publish_sizes(&to, &files[&name], &made, folder)?;
    }
    Ok(Pictures {
        base: format!("{base}content/"),
        made,
    })
}

/// Writes `text` (a content file with blocks) to `to` with each picture's `width` and `height`,
/// for the widget, which renders the published content. A file without pictures is left as is.
/// In a locale's `folder`, a picture's `src` (relative to the content folder, where the
/// pictures are) becomes relative to the folder, as the widget resolves it.
fn publish_sizes(
    to: &Path,
    text: &str,
    made: &BTreeMap<String, picture::Picture>,
    folder: &str,
) -> Result<(), String> {
    let up = "../".repeat(folder.matches('/').count());
    let mut json: serde_json::Value = serde_json::from_str(text).map_err(|e| e.to_string())?;
    let mut changed = false;
    for block in json["blocks"].as_array_mut().into_iter().flatten() {
        let Some(p) = block["src"].as_str().and_then(|src| made.get(src)) else {
            continue;
        };
        let (width, height) = (p.width, p.height);
        block["width"] = width.into();
        block["height"] = height.into();
        if let Some(src) = block["src"].as_str().map(|src| format!("{up}{src}")) {
            block["src"] = src.into();
        }
        changed = true;
    }
    if !changed || !to.exists() {
        return Ok(());
    }
    fs::write(to, json.to_string()).map_err(|e| format!("{}: {e}", to.display()))
}

/// Copies the share picture from `public/` when `site.json` names a file of the site.
fn copy_share_image(site: &Site, content: &Path, dist: &Path) -> Result<(), String> {
    if site.image.starts_with("https://") || site.image.starts_with("http://") {
        return Ok(());
    }
    let public = content.parent().unwrap_or(content);
    let from = public.join(&site.image);
    fs::copy(&from, dist.join(&site.image))
        .map(|_| ())
        .map_err(|e| format!("site.json: image: {}: {e}", from.display()))
}

#[cfg(test)]
mod tests {
    use super::object_end;

    #[test]
    fn the_locales_object_ends_at_its_own_brace() {
        let js = r#"{"en":["a","say \"}\" {",["x"]]};const codes=Object.keys(locales);"#;
        let end = object_end(js).unwrap();
        assert_eq!(&js[end..], ";const codes=Object.keys(locales);");
        assert_eq!(object_end(r#"{"a":"}"#), None);
    }
}
