//! Checks a whole content folder: shapes, references, duplicates, empty texts, colours.
//!
//! Works on file texts in memory so that the `check-content` binary and the tests share it.

use super::picture::{self, FileFacts};
use super::{model::*, parse};
use crate::picker::{complaints::Complaint, help, red_flags, regions, rules::PickerRules};
use serde::de::DeserializeOwned;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

/// Page background colours from `style/main.css`, for the theme contrast check.
const LIGHT_BACKGROUND: &str = "#fbf9f6";
const DARK_BACKGROUND: &str = "#161b1d";

/// One problem in one file.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    /// File relative to the content folder.
    pub file: String,
    /// Line and column, known for syntax and shape errors.
    pub position: Option<(usize, usize)>,
    /// Field path such as `types[2].id`, empty for the whole file.
    pub path: String,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some((line, column)) = self.position {
            write!(f, ":{line}:{column}")?;
        }
        if !self.path.is_empty() {
            write!(f, ": {}", self.path)?;
        }
        write!(f, ": {}", self.message)
    }
}

/// Collects problems while the checks run.
struct Report {
    files: BTreeMap<String, String>,
    pictures: BTreeMap<String, Result<FileFacts, String>>,
    problems: Vec<Problem>,
}

impl Report {
    fn add(&mut self, file: &str, path: impl Into<String>, message: impl Into<String>) {
        self.problems.push(Problem {
            file: file.to_string(),
            position: None,
            path: path.into(),
            message: message.into(),
        });
    }

    /// Parses a file, recording a missing file or a parse error; also flags empty texts.
    fn load<T: DeserializeOwned>(&mut self, file: &str) -> Option<T> {
        let Some(text) = self.files.get(file).cloned() else {
            self.add(file, "", "file is missing");
            return None;
        };
        match parse::<T>(file, &text) {
            Ok(v) => {
                if let Ok(value) = serde_json::from_str(&text) {
                    self.empty_texts(file, "", &value);
                }
                Some(v)
            }
            Err(e) => {
                self.problems.push(Problem {
                    file: e.file,
                    position: Some((e.line, e.column)),
                    path: e.path,
                    message: e.message,
                });
                None
            }
        }
    }

    /// Every string in the file must have words in it: an empty text is a mistake, but for a
    /// picture's `alt`, which `check_blocks` judges (empty is right for a decorative one).
    fn empty_texts(&mut self, file: &str, path: &str, value: &serde_json::Value) {
        match value {
            serde_json::Value::String(s) if s.trim().is_empty() => {
                self.add(file, path, "empty text")
            }
            serde_json::Value::Array(items) => {
                for (i, v) in items.iter().enumerate() {
                    self.empty_texts(file, &format!("{path}[{i}]"), v);
                }
            }
            serde_json::Value::Object(map) => {
                for (k, v) in map.iter().filter(|(k, _)| *k != "alt") {
                    let p = if path.is_empty() {
                        k.clone()
                    } else {
                        format!("{path}.{k}")
                    };
                    self.empty_texts(file, &p, v);
                }
            }
            _ => {}
        }
    }

    fn https(&mut self, file: &str, path: &str, url: &str) {
        if !url.starts_with("https://") || url.len() <= "https://".len() {
            self.add(file, path, format!("\"{url}\" is not an https:// address"));
        }
    }

    fn date(&mut self, file: &str, path: &str, date: &str) {
        if parse_date(date).is_none() {
            self.add(
                file,
                path,
                format!("\"{date}\" is not a date as YYYY-MM-DD"),
            );
        }
    }
}

/// Checks every content file; `files` maps paths relative to the content folder to their text,
/// `pictures` the picture files in it to their size (`picture::read_folder`). Each locale of
/// `site.json` is checked alike (the first's files at the top, each other's in its folder),
/// then against the first: the same clinic, massage types and rules, only the texts
/// translated; each locale's texts (`locales/{code}.json`) must be complete. Returns the
/// problems in a stable order; empty means the content is fine.
pub fn validate(
    files: BTreeMap<String, String>,
    pictures: BTreeMap<String, Result<FileFacts, String>>,
) -> Vec<Problem> {
    let site = files
        .get("site.json")
        .and_then(|text| parse::<Site>("site.json", text).ok());
    let codes = site.as_ref().map(Site::locale_codes).unwrap_or_default();
    let others = codes.get(1..).unwrap_or_default();
    let in_folder = |code: &str, name: &str| name.starts_with(&format!("{code}/"));
    let own: BTreeMap<String, String> = files
        .iter()
        .filter(|(name, _)| !others.iter().any(|c| in_folder(c, name)))
        .map(|(n, t)| (n.clone(), t.clone()))
        .collect();
    let mut problems = Vec::new();
    // A folder with a site.json of its own that the site does not list is a locale forgotten
    // (unless the site.json that would list it does not read: that is the problem then).
    for name in own
        .keys()
        .filter(|n| site.is_some() && n.ends_with("/site.json"))
    {
        let folder = name.trim_end_matches("/site.json");
        problems.push(problem(
            name,
            "",
            format!(
                "\"{folder}\" is not one of the site's locales: add it to \"locales\" in site.json"
            ),
        ));
    }
    problems.extend(validate_locale(own, &pictures, true));
    for (i, code) in codes.iter().enumerate() {
        if let Err(lines) = crate::locale::load(code) {
            let names = crate::locale::available().join(", ");
            problems.push(problem(
                "site.json",
                format!("locales[{i}]"),
                format!("the texts of \"{code}\" are missing or incomplete (locales/{code}.json; there are: {names})"),
            ));
            // Named from the content folder, as every problem is: the locale files are two up.
            problems.extend(lines.iter().map(|line| {
                let mut parts = line.splitn(3, ": ");
                let (file, a, b) = (parts.next(), parts.next(), parts.next());
                let (path, message) = match b {
                    Some(b) => (a.unwrap_or_default(), b),
                    None => ("", a.unwrap_or_default()),
                };
                problem(
                    &format!("../../{}", file.unwrap_or_default()),
                    path,
                    message,
                )
            }));
        }
        if i == 0 {
            continue;
        }
        let prefix = format!("{code}/");
        let theirs: BTreeMap<String, String> = files
            .iter()
            .filter_map(|(n, t)| Some((n.strip_prefix(&prefix)?.to_string(), t.clone())))
            .collect();
        if theirs.is_empty() {
            problems.push(problem(
                "site.json",
                format!("locales[{i}]"),
                format!("there is no folder {code}/ with the locale's files (site.json, about.json, ...)"),
            ));
            continue;
        }
        let mut found = validate_locale(theirs.clone(), &pictures, false);
        found.extend(compare_locales(code, &codes[0], &files, &theirs));
        for p in &mut found {
            p.file = format!("{prefix}{}", p.file);
        }
        problems.extend(found);
    }
    problems
}

/// A problem in `file` at `path`.
fn problem(file: &str, path: impl Into<String>, message: impl Into<String>) -> Problem {
    Problem {
        file: file.to_string(),
        position: None,
        path: path.into(),
        message: message.into(),
    }
}

/// What a locale's files must share with the first locale's (in `all`): the clinic, the
/// massage types, the picker's rules; and its own language.
fn compare_locales(
    code: &str,
    first: &str,
    all: &BTreeMap<String, String>,
    theirs: &BTreeMap<String, String>,
) -> Vec<Problem> {
    fn both<T: DeserializeOwned>(
        all: &BTreeMap<String, String>,
        theirs: &BTreeMap<String, String>,
        name: &str,
    ) -> Option<(T, T)> {
        let ours = parse(name, all.get(name)?).ok()?;
        Some((ours, parse(name, theirs.get(name)?).ok()?))
    }
    let mut out = Vec::new();
    let same = "must be the same as in the first locale's file: only texts are translated";
    if let Some((ours, site)) = both::<Site>(all, theirs, "site.json") {
        if crate::locale::code_of(&site.lang) != code {
            out.push(problem(
                "site.json",
                "lang",
                format!(
                    "\"{}\" is not a language tag of the locale \"{code}\"",
                    site.lang
                ),
            ));
        }
        if !site.locales.is_empty() {
            out.push(problem(
                "site.json",
                "locales",
                "only the first locale's site.json lists the locales",
            ));
        }
        let fields = [
            ("country", ours.country == site.country),
            ("url", ours.url == site.url),
            ("image", ours.image == site.image),
            ("contact", ours.contact == site.contact),
            ("offered", ours.offered == site.offered),
            ("theme", ours.theme == site.theme),
            (
                "booking.url_template",
                ours.booking.as_ref().map(|b| &b.url_template)
                    == site.booking.as_ref().map(|b| &b.url_template),
            ),
            ("hours", ours.hours.len() == site.hours.len()),
        ];
        for (field, _) in fields.iter().filter(|(_, ok)| !ok) {
            out.push(problem("site.json", *field, same));
        }
    }
    if let Some((ours, types)) = both::<Catalogue>(all, theirs, "massage-types.json") {
        let ids = |c: &Catalogue| c.types.iter().map(|t| t.id.clone()).collect::<Vec<_>>();
        if ids(&ours) != ids(&types) {
            out.push(problem(
                "massage-types.json",
                "types",
                format!(
                    "must have the same types in the same order (ids {:?})",
                    ids(&ours)
                ),
            ));
        }
    }
    if let Some((ours, rules)) = both::<PickerRules>(all, theirs, "picker.json") {
        if ours.rules.len() != rules.rules.len() {
            out.push(problem("picker.json", "rules", same));
        }
        for (i, (a, b)) in ours.rules.iter().zip(&rules.rules).enumerate() {
            if (&a.parts, &a.complaints, &a.suggest) != (&b.parts, &b.complaints, &b.suggest) {
                out.push(problem(
                    "picker.json",
                    format!("rules[{i}]"),
                    format!("{same} (parts, complaints, suggest)"),
                ));
            }
        }
        let key = |c: &crate::picker::rules::Contraindication| {
            (
                c.id.clone(),
                c.complaint.clone(),
                c.avoid.clone(),
                c.avoid_parts.clone(),
                c.prefer.clone(),
            )
        };
        let (a, b): (Vec<_>, Vec<_>) = (
            ours.contraindications.iter().map(key).collect(),
            rules.contraindications.iter().map(key).collect(),
        );
        if a != b {
            out.push(problem(
                "picker.json",
                "contraindications",
                format!("{same} (id, complaint, avoid, avoid_parts, prefer)"),
            ));
        }
    }
    let originals = ["about.json".to_string()].into_iter().chain(
        theirs
            .keys()
            .filter(|n| n.starts_with("articles/") && *n != "articles/index.json")
            .cloned(),
    );
    for name in originals {
        let from = theirs.get(&name).and_then(|text| {
            let value: serde_json::Value = serde_json::from_str(text).ok()?;
            Some(value.get("translated_from")?.as_str()?.to_string())
        });
        match from {
            Some(from) if from == code => out.push(problem(
                &name,
                "translated_from",
                "names this locale itself",
            )),
            Some(from) if from != first && !all.contains_key(&format!("{from}/site.json")) => out
                .push(problem(
                    &name,
                    "translated_from",
                    format!("\"{from}\" is not one of the site's locales"),
                )),
            Some(from) if !all.contains_key(&original(&name, &from, first)) => out.push(problem(
                &name,
                "translated_from",
                format!("there is no original {}", original(&name, &from, first)),
            )),
            _ => {}
        }
    }
    out
}

/// The file of `name` (`about.json`, `articles/x.json`) in the locale `from`, by its path among
/// all the content files.
fn original(name: &str, from: &str, first: &str) -> String {
    match from == first {
        true => name.to_string(),
        false => format!("{from}/{name}"),
    }
}

/// Checks one locale's files (`files` relative to its folder); `first` for the site's first
/// locale, whose site.json may list the others.
fn validate_locale(
    files: BTreeMap<String, String>,
    pictures: &BTreeMap<String, Result<FileFacts, String>>,
    first: bool,
) -> Vec<Problem> {
    let pictures = pictures.clone();
    let mut r = Report {
        files,
        pictures,
        problems: Vec::new(),
    };
    let catalogue = r.load::<Catalogue>("massage-types.json");
    let known: Option<BTreeSet<&str>> = catalogue
        .as_ref()
        .map(|c| c.types.iter().map(|t| t.id.as_str()).collect());
    if let Some(c) = &catalogue {
        check_catalogue(&mut r, c);
    }
    if let Some(site) = r.load::<Site>("site.json") {
        check_site(&mut r, &site, known.as_ref(), first);
        if first {
            check_locales(&mut r, &site);
        }
    }
    if let Some(about) = r.load::<About>("about.json") {
        check_blocks(&mut r, "about.json", &about.blocks);
    }
    if let Some(rules) = r.load::<PickerRules>("picker.json") {
        check_picker(&mut r, &rules, known.as_ref());
    }
    if let Some(index) = r.load::<ArticleIndex>("articles/index.json") {
        check_articles(&mut r, &index, known.as_ref());
    }
    r.problems
}

/// The locales the first locale's site.json lists: its own language first, each a code once.
fn check_locales(r: &mut Report, site: &Site) {
    let own = crate::locale::code_of(&site.lang);
    let mut seen = BTreeSet::new();
    for (i, code) in site.locales.iter().enumerate() {
        let at = format!("locales[{i}]");
        if i == 0 && code != own {
            r.add(
                "site.json",
                &at,
                format!(
                    "the first locale is the site's own language: \"{own}\" (from lang \"{}\")",
                    site.lang
                ),
            );
        }
        if !(2..=3).contains(&code.len()) || !code.bytes().all(|b| b.is_ascii_lowercase()) {
            r.add(
                "site.json",
                &at,
                format!("\"{code}\" is not a language code such as \"de\""),
            );
        }
        if !seen.insert(code.as_str()) {
            r.add("site.json", &at, format!("\"{code}\" is listed twice"));
        }
    }
}

/// Each picture: a file that exists in the content folder within the limits, and its alt text.
fn check_blocks(r: &mut Report, file: &str, blocks: &[Block]) {
    for (i, block) in blocks.iter().enumerate() {
        let Block::Image {
            src,
            alt,
            decorative,
            ..
        } = block
        else {
            continue;
        };
        let at = format!("blocks[{i}]");
        if alt.trim().is_empty() && !decorative {
            r.add(
                file,
                format!("{at}.alt"),
                "a picture needs an alt text saying what it shows (or \"decorative\": true)",
            );
        }
        if *decorative && !alt.is_empty() {
            r.add(
                file,
                format!("{at}.alt"),
                "a decorative picture has no alt text: remove it, or \"decorative\"",
            );
        }
        let lower = src.to_ascii_lowercase();
        if src.starts_with('/') || src.split('/').any(|s| s == "..") || src.contains("://") {
            r.add(
                file,
                format!("{at}.src"),
                "must be a file in the content folder, e.g. \"images/room.png\"",
            );
            continue;
        }
        if ![".png", ".jpg", ".jpeg"].iter().any(|e| lower.ends_with(e)) {
            r.add(file, format!("{at}.src"), "must be a PNG or JPEG file");
            continue;
        }
        match r.pictures.get(src.as_str()).cloned() {
            None => r.add(
                file,
                format!("{at}.src"),
                format!("no such file in the content folder: \"{src}\""),
            ),
            Some(Err(why)) => r.add(file, format!("{at}.src"), format!("\"{src}\" {why}")),
            Some(Ok(facts)) => {
                if facts.bytes > picture::MAX_BYTES {
                    r.add(
                        file,
                        format!("{at}.src"),
                        format!(
                            "\"{src}\" is {} KB; at most {} KB (export it smaller)",
                            facts.bytes.div_ceil(1024),
                            picture::MAX_BYTES / 1024
                        ),
                    );
                }
                if facts.width.max(facts.height) > picture::MAX_SIDE {
                    r.add(
                        file,
                        format!("{at}.src"),
                        format!(
                            "\"{src}\" is {} x {} px; at most {} px a side",
                            facts.width,
                            facts.height,
                            picture::MAX_SIDE
                        ),
                    );
                }
            }
        }
    }
}

/// The country has numbers in the table, or `help` gives them: an emergency number is never
/// guessed.
fn check_help(r: &mut Report, site: &Site) {
    let file = "site.json";
    let code = &site.country;
    if code.len() != 2 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
        r.add(
            file,
            "country",
            format!("\"{code}\" is not an ISO 3166-1 code such as \"GB\" or \"US\""),
        );
    }
    match &site.help {
        None if !help::knows(code) => {
            let known: Vec<&str> = help::countries().collect();
            r.add(
                file,
                "country",
                format!(
                    "no emergency numbers are known for \"{code}\" (known: {}): give them in \"help\" (\"emergency\", \"urgent\")",
                    known.join(", ")
                ),
            );
        }
        None => {}
        Some(h) => {
            if !help::is_dialable(&h.emergency) {
                r.add(
                    file,
                    "help.emergency",
                    format!(
                        "\"{}\" is not a number to dial (digits only, e.g. \"112\")",
                        h.emergency
                    ),
                );
            }
            if let Some(n) = h.urgent_number.as_deref().filter(|n| !help::is_dialable(n)) {
                r.add(
                    file,
                    "help.urgent_number",
                    format!("\"{n}\" is not a number to dial (digits only)"),
                );
            }
            if !h.urgent.trim_end().ends_with('.') {
                r.add(file, "help.urgent", "must be a whole sentence, e.g. \"If you cannot see a doctor today, call 1234.\"");
            }
        }
    }
}

fn check_catalogue(r: &mut Report, c: &Catalogue) {
    let file = "massage-types.json";
    let mut seen = BTreeSet::new();
    for (i, t) in c.types.iter().enumerate() {
        let at = format!("types[{i}]");
        if !is_valid_slug(&t.id) {
            r.add(
                file,
                format!("{at}.id"),
                format!("\"{}\" is not a valid id (use a-z, 0-9 and -)", t.id),
            );
        }
        if !seen.insert(t.id.as_str()) {
            r.add(
                file,
                format!("{at}.id"),
                format!("duplicate id \"{}\"", t.id),
            );
        }
        if t.may_help.is_empty() {
            r.add(
                file,
                format!("{at}.may_help"),
                "needs at least one point with a source",
            );
        }
        for (j, b) in t.may_help.iter().enumerate() {
            r.https(
                file,
                &format!("{at}.may_help[{j}].source.url"),
                &b.source.url,
            );
        }
    }
}

fn check_site(r: &mut Report, site: &Site, known: Option<&BTreeSet<&str>>, first: bool) {
    let file = "site.json";
    let mut seen = BTreeSet::new();
    for (i, id) in site.offered.iter().enumerate() {
        if known.is_some_and(|k| !k.contains(id.as_str())) {
            r.add(
                file,
                format!("offered[{i}]"),
                format!("unknown massage type \"{id}\""),
            );
        }
        if !seen.insert(id) {
            r.add(
                file,
                format!("offered[{i}]"),
                format!("\"{id}\" is listed twice"),
            );
        }
    }
    check_help(r, site);
    r.https(file, "url", &site.url);
    if !site.url.ends_with('/') {
        r.add(file, "url", "must end with /");
    }
    if site.image.trim().is_empty() {
        r.add(file, "image", "must name the picture for share previews");
    }
    // Search engines get the hours as data (src/seo.rs), so they must read as days and times;
    // the first locale's are the data, the others' only say the same in their language.
    for (i, h) in site.hours.iter().enumerate().filter(|_| first) {
        if crate::seo::parse_days(&h.days).is_none() {
            r.add(
                file,
                format!("hours[{i}].days"),
                format!("\"{}\" is not a day or \"Monday to Friday\"", h.days),
            );
        }
        if h.time != "Closed" && crate::seo::parse_times(&h.time).is_none() {
            r.add(
                file,
                format!("hours[{i}].time"),
                format!("\"{}\" is not \"9:00 to 19:00\" or \"Closed\"", h.time),
            );
        }
    }
    if let Some(b) = &site.booking {
        r.https(file, "booking.url_template", &b.url_template);
        if !b.url_template.contains("{service}") {
            r.add(
                file,
                "booking.url_template",
                "must contain {service}, where the massage type goes",
            );
        }
    }
    if site.contact.phone_link.is_empty()
        || !site
            .contact
            .phone_link
            .trim_start_matches('+')
            .bytes()
            .all(|b| b.is_ascii_digit())
    {
        r.add(
            file,
            "contact.phone_link",
            "must be digits with an optional leading +",
        );
    }
    if !site.contact.email.contains('@') {
        r.add(
            file,
            "contact.email",
            format!("\"{}\" is not an email address", site.contact.email),
        );
    }
    for (scheme, palette, background) in [
        ("light", &site.theme.light, LIGHT_BACKGROUND),
        ("dark", &site.theme.dark, DARK_BACKGROUND),
    ] {
        check_palette(r, scheme, palette, background);
    }
}

fn check_picker(r: &mut Report, rules: &PickerRules, known: Option<&BTreeSet<&str>>) {
    let file = "picker.json";
    let types = |r: &mut Report, at: String, ids: &[String]| {
        for (j, id) in ids.iter().enumerate() {
            if known.is_some_and(|k| !k.contains(id.as_str())) {
                r.add(
                    file,
                    format!("{at}[{j}]"),
                    format!("unknown massage type \"{id}\""),
                );
            }
        }
    };
    let parts = |r: &mut Report, at: String, ids: &[String]| {
        for (j, part) in ids.iter().enumerate() {
            if !regions::is_part(part) {
                r.add(
                    file,
                    format!("{at}[{j}]"),
                    format!("unknown body part \"{part}\""),
                );
            }
        }
    };
    // A reason is shown as it is written, with the visitor's regions in it.
    let reason = |r: &mut Report, at: String, text: &str| {
        let whole = text.starts_with(|c: char| c.is_uppercase()) && text.ends_with('.');
        if text.matches("{where}").count() != 1 || !whole {
            r.add(
                file,
                at,
                "write a whole sentence with {where} once, where the regions go: \"It may ease tight muscles {where}.\"",
            );
        }
    };
    let complaint = |r: &mut Report, at: String, id: &str| {
        if Complaint::from_id(id).is_none() {
            r.add(file, at, format!("unknown complaint \"{id}\""));
        }
    };
    for (i, rule) in rules.rules.iter().enumerate() {
        let at = format!("rules[{i}]");
        if rule.parts.is_empty() {
            r.add(file, format!("{at}.parts"), "needs at least one body part");
        }
        parts(r, format!("{at}.parts"), &rule.parts);
        for (j, c) in rule.complaints.iter().enumerate() {
            complaint(r, format!("{at}.complaints[{j}]"), c);
        }
        if rule.suggest.is_empty() {
            r.add(
                file,
                format!("{at}.suggest"),
                "needs at least one massage type",
            );
        }
        types(r, format!("{at}.suggest"), &rule.suggest);
        reason(r, format!("{at}.reason"), &rule.reason);
    }
    let mut seen = BTreeSet::new();
    for (i, c) in rules.contraindications.iter().enumerate() {
        let at = format!("contraindications[{i}]");
        if !is_valid_slug(&c.id) {
            r.add(
                file,
                format!("{at}.id"),
                format!("\"{}\" is not a valid id (use a-z, 0-9 and -)", c.id),
            );
        }
        if !seen.insert(c.id.as_str()) || red_flags::find(&c.id).is_some() {
            r.add(
                file,
                format!("{at}.id"),
                format!("duplicate id \"{}\"", c.id),
            );
        }
        if let Some(id) = &c.complaint {
            complaint(r, format!("{at}.complaint"), id);
        }
        types(r, format!("{at}.avoid"), &c.avoid);
        parts(r, format!("{at}.avoid_parts"), &c.avoid_parts);
        types(r, format!("{at}.prefer"), &c.prefer);
        if let Some(text) = &c.prefer_reason {
            reason(r, format!("{at}.prefer_reason"), text);
        }
        if !c.prefer.is_empty() && c.prefer_reason.is_none() {
            r.add(
                file,
                format!("{at}.prefer_reason"),
                "needed with prefer: say why these types",
            );
        }
    }
    // A part no rule mentions would leave a visitor who chose it with no suggestion at all.
    let mut uncovered: Vec<&str> = regions::all()
        .iter()
        .map(|region| region.part)
        .filter(|part| {
            !rules
                .rules
                .iter()
                .any(|rule| rule.parts.iter().any(|p| p == part))
        })
        .collect();
    uncovered.dedup();
    for part in uncovered {
        r.add(
            file,
            "rules",
            format!("no rule covers the body part \"{part}\""),
        );
    }
}

/// WCAG AA needs 4.5:1 for text: accent links on the page, and button text on the accent.
fn check_palette(r: &mut Report, scheme: &str, p: &Palette, background: &str) {
    let file = "site.json";
    let accent = parse_hex(&p.accent);
    let on_accent = parse_hex(&p.on_accent);
    for (name, value, parsed) in [
        ("accent", &p.accent, accent),
        ("on_accent", &p.on_accent, on_accent),
    ] {
        if parsed.is_none() {
            r.add(
                file,
                format!("theme.{scheme}.{name}"),
                format!("\"{value}\" is not a colour as #rrggbb"),
            );
        }
    }
    let page = parse_hex(background).expect("background constants are valid");
    if let Some(a) = accent {
        let ratio = contrast(a, page);
        if ratio < 4.5 {
            r.add(
                file,
                format!("theme.{scheme}.accent"),
                format!(
                "contrast with the {scheme} page background is {ratio:.2}:1, needs at least 4.5:1"
            ),
            );
        }
        if let Some(o) = on_accent {
            let ratio = contrast(a, o);
            if ratio < 4.5 {
                r.add(
                    file,
                    format!("theme.{scheme}.on_accent"),
                    format!("contrast with the accent is {ratio:.2}:1, needs at least 4.5:1"),
                );
            }
        }
    }
}

fn check_articles(r: &mut Report, index: &ArticleIndex, known: Option<&BTreeSet<&str>>) {
    let file = "articles/index.json";
    let mut seen = BTreeSet::new();
    for (i, entry) in index.articles.iter().enumerate() {
        let at = format!("articles[{i}]");
        r.date(file, &format!("{at}.date"), &entry.date);
        if !is_valid_slug(&entry.slug) {
            r.add(
                file,
                format!("{at}.slug"),
                format!(
                    "\"{}\" is not a valid slug (use a-z, 0-9 and -)",
                    entry.slug
                ),
            );
            continue;
        }
        if !seen.insert(entry.slug.as_str()) {
            r.add(
                file,
                format!("{at}.slug"),
                format!("duplicate slug \"{}\"", entry.slug),
            );
            continue;
        }
        for (j, id) in entry.related.iter().enumerate() {
            if known.is_some_and(|k| !k.contains(id.as_str())) {
                r.add(
                    file,
                    format!("{at}.related[{j}]"),
                    format!("unknown massage type \"{id}\""),
                );
            }
        }
        let article_file = format!("articles/{}.json", entry.slug);
        let Some(article) = r.load::<Article>(&article_file) else {
            continue;
        };
        check_blocks(r, &article_file, &article.blocks);
        r.date(&article_file, "date", &article.date);
        if article.title != entry.title {
            r.add(
                file,
                format!("{at}.title"),
                format!("differs from the title in {article_file}"),
            );
        }
        if article.date != entry.date {
            r.add(
                file,
                format!("{at}.date"),
                format!("differs from the date in {article_file}"),
            );
        }
        let minutes = article.reading_minutes();
        if entry.reading_minutes != minutes {
            r.add(
                file,
                format!("{at}.reading_minutes"),
                format!(
                    "is {} but the article reads in {minutes} ({} words at 200 a minute)",
                    entry.reading_minutes,
                    article.word_count()
                ),
            );
        }
    }
    let unlisted: Vec<String> = r
        .files
        .keys()
        .filter_map(|f| f.strip_prefix("articles/")?.strip_suffix(".json"))
        .filter(|slug| *slug != "index" && !seen.contains(slug))
        .map(|slug| format!("articles/{slug}.json"))
        .collect();
    for f in unlisted {
        r.add(
            &f,
            "",
            "not listed in articles/index.json, so no page links to it",
        );
    }
}

/// `#rrggbb` as linear-ready sRGB bytes.
fn parse_hex(s: &str) -> Option<[u8; 3]> {
    let hex = s.strip_prefix('#')?;
    if hex.len() != 6 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
    Some([byte(0)?, byte(2)?, byte(4)?])
}

/// WCAG 2 relative luminance.
fn luminance(c: [u8; 3]) -> f64 {
    let lin = |v: u8| {
        let s = f64::from(v) / 255.0;
        if s <= 0.04045 {
            s / 12.92
        } else {
            ((s + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * lin(c[0]) + 0.7152 * lin(c[1]) + 0.0722 * lin(c[2])
}

/// WCAG 2 contrast ratio, 1 to 21.
fn contrast(a: [u8; 3], b: [u8; 3]) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contrast_matches_wcag_examples() {
        assert!((contrast([0, 0, 0], [255, 255, 255]) - 21.0).abs() < 1e-9);
        assert!((contrast([0x77, 0x77, 0x77], [255, 255, 255]) - 4.48).abs() < 0.01);
        assert_eq!(parse_hex("#1B6b5c"), Some([0x1b, 0x6b, 0x5c]));
        assert_eq!(parse_hex("1b6b5c"), None);
        assert_eq!(parse_hex("#1b6b5"), None);
    }

    #[test]
    fn problems_print_as_one_line_each() {
        let p = Problem {
            file: "site.json".into(),
            position: Some((3, 7)),
            path: "offered[1]".into(),
            message: "x".into(),
        };
        assert_eq!(p.to_string(), "site.json:3:7: offered[1]: x");
    }
}
