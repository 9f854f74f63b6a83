//! The shipped content and the validator, natively: the real files, and bad fixtures that
//! each break one rule (`tests/fixtures/<case>/` overlays files on a copy of the real content).
#![cfg(not(target_arch = "wasm32"))]

use massage_guide::content::{
    self,
    picture::{self, FileFacts},
    validate::validate,
    About, Article, ArticleIndex, Block, Catalogue, Site,
};
use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

fn read_tree(root: &Path, dir: &Path, out: &mut BTreeMap<String, String>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            read_tree(root, &path, out);
        } else if path.extension().is_some_and(|e| e == "json") {
            let key = path
                .strip_prefix(root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            out.insert(key, std::fs::read_to_string(&path).unwrap());
        }
    }
}

fn shipped() -> BTreeMap<String, String> {
    let mut files = BTreeMap::new();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("public/content");
    read_tree(&root, &root, &mut files);
    files
}

fn shipped_pictures() -> BTreeMap<String, Result<FileFacts, String>> {
    picture::read_folder(&Path::new(env!("CARGO_MANIFEST_DIR")).join("public/content"))
}

/// The shipped content with `tests/fixtures/<case>/` over it, in the first locale only: each
/// fixture breaks one rule of one file.
fn with_fixture(case: &str) -> Vec<String> {
    let mut files = shipped();
    files.retain(|name, _| !name.starts_with("de/"));
    let site = swap(
        &files["site.json"],
        "  \"locales\": [\"en\", \"de\"],\n",
        "",
    );
    files.insert("site.json".into(), site);
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(case);
    read_tree(&root, &root, &mut files);
    let mut pictures = shipped_pictures();
    pictures.extend(picture::read_folder(&root));
    validate(files, pictures)
        .iter()
        .map(ToString::to_string)
        .collect()
}

fn parsed<T: serde::de::DeserializeOwned>(file: &str) -> T {
    content::parse(file, &shipped()[file]).unwrap()
}

#[test]
fn shipped_content_is_valid() {
    let problems = validate(shipped(), shipped_pictures());
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn catalogue_has_every_required_type_with_sources_and_cautions() {
    let c: Catalogue = parsed("massage-types.json");
    for id in [
        "swedish",
        "deep-tissue",
        "trigger-point",
        "myofascial-release",
        "sports",
        "hot-stone",
        "shiatsu",
        "thai",
        "prenatal",
        "chair",
        "reflexology",
        "lymphatic-drainage",
    ] {
        let t = c.find(id).unwrap_or_else(|| panic!("{id} missing"));
        assert!(!t.may_help.is_empty() && !t.cautions.is_empty(), "{id}");
        for b in &t.may_help {
            assert!(
                b.source.url.starts_with("https://"),
                "{id}: {}",
                b.source.url
            );
        }
    }
    let site: Site = parsed("site.json");
    assert!(site.offered.iter().all(|id| c.find(id).is_some()));
}

/// Whitespace-normalised text, so that line wrapping in the seed does not matter.
fn words(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn about_and_seed_article_are_the_clinics_words_exactly() {
    let seed = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/seed/about-and-article.txt"),
    )
    .unwrap();
    let about: About = parsed("about.json");
    let article: Article = parsed("articles/massage-for-sore-back.json");
    let mut ours = vec![about.heading.clone(), about.subheading.clone()];
    ours.extend(
        about
            .blocks
            .iter()
            .flat_map(|b| b.texts())
            .map(String::from),
    );
    ours.push(article.title.clone());
    ours.extend(
        article
            .blocks
            .iter()
            .flat_map(|b| b.texts())
            .map(String::from),
    );
    assert_eq!(words(&ours.join(" ")), words(&seed));

    assert_eq!(about.heading, "About Me");
    assert_eq!(about.subheading, "Like a Super Amazing Back Rub");
    let headings: Vec<&str> = article
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Heading { text } => Some(text.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(headings.len(), 5);
    for (i, h) in headings.iter().enumerate() {
        assert!(h.starts_with(&format!("{}. ", i + 1)), "{h}");
    }
}

#[test]
fn index_lists_the_seed_article_and_more_newest_first() {
    let index: ArticleIndex = parsed("articles/index.json");
    assert!(index.find("massage-for-sore-back").is_some());
    assert!(index.articles.len() >= 3);
    let dates: Vec<_> = index.newest_first().into_iter().map(|a| a.date).collect();
    let mut sorted = dates.clone();
    sorted.sort_by(|a, b| b.cmp(a));
    assert_eq!(dates, sorted);
}

#[test]
fn syntax_errors_give_file_line_and_column() {
    let p = with_fixture("syntax-error");
    assert_eq!(p.len(), 1, "{p:#?}");
    assert_eq!(p[0], "site.json:4:19: key must be a string");
}

#[test]
fn missing_fields_are_named_with_their_path() {
    let p = with_fixture("missing-field");
    assert_eq!(p.len(), 1, "{p:#?}");
    assert!(
        p[0].starts_with("articles/massage-for-sore-back.json:")
            && p[0].ends_with(": blocks[3]: missing field `text`"),
        "{p:#?}"
    );
}

#[test]
fn unknown_fields_and_wrong_types_are_reported() {
    let p = with_fixture("unknown-field");
    assert_eq!(p.len(), 1, "{p:#?}");
    assert!(
        p[0].contains("about.json:") && p[0].contains("unknown field `subheadline`"),
        "{p:#?}"
    );
    let p = with_fixture("wrong-type");
    assert_eq!(p.len(), 1, "{p:#?}");
    assert!(
        p[0].contains("articles[0].reading_minutes: invalid type: string \"three\""),
        "{p:#?}"
    );
}

#[test]
fn references_that_point_nowhere_are_reported() {
    let p = with_fixture("broken-references");
    assert_eq!(
        p,
        [
            "site.json: offered[9]: unknown massage type \"aromatherapy\"",
            "site.json: booking.url_template: must contain {service}, where the massage type goes",
            "articles/index.json: articles[0].related[1]: unknown massage type \"hot-rocks\"",
        ]
    );
}

#[test]
fn duplicate_slugs_and_ids_are_reported() {
    let p = with_fixture("duplicates");
    assert_eq!(
        p,
        [
            "massage-types.json: types[12].id: duplicate id \"swedish\"",
            "articles/index.json: articles[4].slug: duplicate slug \"massage-for-sore-back\"",
        ]
    );
}

#[test]
fn empty_texts_are_reported() {
    let p = with_fixture("empty-texts");
    assert_eq!(
        p,
        [
            "massage-types.json: types[0].summary: empty text",
            "massage-types.json: types[1].cautions[0]: empty text",
        ]
    );
}

#[test]
fn index_mismatches_dates_colours_and_unlisted_files_are_reported() {
    let p = with_fixture("inconsistent");
    let expected = [
        "site.json: url: \"http://harbourlane.example\" is not an https:// address",
        "site.json: url: must end with /",
        "site.json: hours[1].days: \"Saturdays\" is not a day or \"Monday to Friday\"",
        "site.json: hours[1].time: \"10 till 4\" is not \"9:00 to 19:00\" or \"Closed\"",
        "site.json: theme.dark.on_accent: \"fff\" is not a colour as #rrggbb",
        "site.json: theme.light.accent: contrast with the light page background is 1.96:1",
        "site.json: theme.light.on_accent: contrast with the accent is 2.06:1",
        "articles/index.json: articles[0].title: differs from the title in articles/massage-for-sore-back.json",
        "articles/index.json: articles[0].reading_minutes: is 9 but the article reads in 3 (455 words at 200 a minute)",
        "articles/index.json: articles[1].date: \"2024-02-30\" is not a date as YYYY-MM-DD",
        "articles/index.json: articles[1].date: differs from the date in",
        "articles/draft.json: not listed in articles/index.json",
    ];
    assert_eq!(p.len(), expected.len(), "{p:#?}");
    for e in expected {
        assert!(
            p.iter().any(|l| l.starts_with(e)),
            "missing {e:?} in {p:#?}"
        );
    }
}

#[test]
fn picker_rules_pointing_nowhere_are_reported() {
    let p = with_fixture("bad-picker");
    assert_eq!(
        p,
        [
            "picker.json: rules[0].complaints[4]: unknown complaint \"itchy\"",
            "picker.json: rules[1].suggest[3]: unknown massage type \"aromatherapy\"",
            "picker.json: rules[2].parts[0]: unknown body part \"jaw-bone\"",
            "picker.json: rules[3].reason: write a whole sentence with {where} once, where the regions go: \"It may ease tight muscles {where}.\"",
            "picker.json: contraindications[0].prefer_reason: needed with prefer: say why these types",
            "picker.json: contraindications[1].id: duplicate id \"clot\"",
            "picker.json: contraindications[1].avoid_parts[0]: unknown body part \"calves\"",
            "picker.json: rules: no rule covers the body part \"jaw\"",
        ]
    );
}

#[test]
fn a_country_needs_its_emergency_numbers() {
    // Every locale's site.json says the same clinic: each gets the change, and each the problem.
    let with_site = |change: &dyn Fn(&mut serde_json::Value)| {
        let mut files = shipped();
        for name in ["site.json", "de/site.json"] {
            let mut site: serde_json::Value = serde_json::from_str(&files[name]).unwrap();
            change(&mut site);
            files.insert(name.into(), site.to_string());
        }
        let problems: Vec<String> = validate(files, shipped_pictures())
            .iter()
            .map(ToString::to_string)
            .collect();
        let (first, german): (Vec<String>, Vec<String>) =
            problems.into_iter().partition(|p| !p.starts_with("de/"));
        let german: Vec<String> = german
            .iter()
            .map(|p| p["de/".len()..].to_string())
            .collect();
        if !german.is_empty() {
            assert_eq!(first, german, "the German site.json has other problems");
        }
        first
    };
    assert_eq!(
        with_site(&|s| s["country"] = "US".into()),
        Vec::<String>::new()
    );
    let unknown = with_site(&|s| s["country"] = "BR".into());
    assert_eq!(unknown.len(), 1, "{unknown:?}");
    assert!(
        unknown[0].starts_with(
            "site.json: country: no emergency numbers are known for \"BR\" (known: GB, IE, US,"
        ),
        "{unknown:?}"
    );
    assert!(with_site(&|s| s["country"] = "gb".into())[0]
        .starts_with("site.json: country: \"gb\" is not an ISO 3166-1 code"));
    // A clinic elsewhere gives both; they must be numbers and a sentence.
    let given = |emergency: &str, urgent: &str| {
        let (emergency, urgent) = (emergency.to_string(), urgent.to_string());
        with_site(&move |s| {
            s["country"] = "BR".into();
            s["help"] = serde_json::json!({ "emergency": emergency, "urgent": urgent, "urgent_number": "136" });
        })
    };
    assert_eq!(
        given("192", "If you cannot see a doctor today, call 136."),
        Vec::<String>::new()
    );
    assert_eq!(
        given("one nine two", "call 136"),
        [
            "site.json: help.emergency: \"one nine two\" is not a number to dial (digits only, e.g. \"112\")",
            "site.json: help.urgent: must be a whole sentence, e.g. \"If you cannot see a doctor today, call 1234.\"",
        ]
    );
    let missing = with_site(&|s| {
        s.as_object_mut().unwrap().remove("country");
    });
    assert!(
        missing[0].contains("missing field `country`"),
        "{missing:?}"
    );
}

/// The problems of the shipped content after `change`.
fn changed(change: &dyn Fn(&mut BTreeMap<String, String>)) -> Vec<String> {
    let mut files = shipped();
    change(&mut files);
    validate(files, shipped_pictures())
        .iter()
        .map(ToString::to_string)
        .collect()
}

/// `text` with `old` replaced by `new`, once; `old` must be there.
/// The problems with the shipped content when `site.json`'s `locales` is `list` (JSON).
fn with_locales(list: &str) -> Vec<String> {
    changed(&|f| {
        let locales = format!(r#""locales": {list}"#);
        let site = swap(&f["site.json"], r#""locales": ["en", "de"]"#, &locales);
        f.insert("site.json".into(), site);
    })
}

fn swap(text: &str, old: &str, new: &str) -> String {
    assert!(text.contains(old), "{old}");
    text.replacen(old, new, 1)
}

#[test]
fn each_locale_has_its_files_and_its_texts() {
    // A translation left out: the German About page.
    let missing = changed(&|f| {
        f.remove("de/about.json");
    });
    assert_eq!(missing, ["de/about.json: file is missing"]);
    // A locale with no texts and no folder.
    let unknown = with_locales(r#"["en", "de", "xx"]"#);
    assert_eq!(unknown.len(), 3, "{unknown:#?}");
    assert!(unknown[0].starts_with("site.json: locales[2]: the texts of \"xx\" are missing or incomplete (locales/xx.json; there are: de, en"));
    assert!(unknown[1].starts_with("../../locales/xx.json: there is no such locale file"));
    assert_eq!(unknown[2], "site.json: locales[2]: there is no folder xx/ with the locale's files (site.json, about.json, ...)");
    // A folder of a locale the site does not list.
    let unlisted = with_locales(r#"["en"]"#);
    assert_eq!(unlisted, ["de/site.json: \"de\" is not one of the site's locales: add it to \"locales\" in site.json"]);
    let first = with_locales(r#"["de", "en", "de"]"#);
    assert!(first.contains(&"site.json: locales[0]: the first locale is the site's own language: \"en\" (from lang \"en-GB\")".to_string()), "{first:#?}");
    assert!(
        first.contains(&"site.json: locales[2]: \"de\" is listed twice".to_string()),
        "{first:#?}"
    );
}

#[test]
fn a_translation_changes_only_texts() {
    let problems = changed(&|f| {
        let site = swap(
            &f["de/site.json"],
            r#""country": "GB""#,
            r#""country": "DE""#,
        );
        let site = swap(&site, r#""lang": "de""#, r#""lang": "fr""#);
        f.insert("de/site.json".into(), site);
        let rules = swap(
            &f["de/picker.json"],
            r#""suggest": ["swedish", "trigger-point", "deep-tissue", "chair"]"#,
            r#""suggest": ["swedish", "chair"]"#,
        );
        f.insert("de/picker.json".into(), rules);
        let about = swap(
            &f["de/about.json"],
            r#""translated_from": "en""#,
            r#""translated_from": "fr""#,
        );
        f.insert("de/about.json".into(), about);
    });
    assert_eq!(
        problems,
        [
            "de/site.json: lang: \"fr\" is not a language tag of the locale \"de\"",
            "de/site.json: country: must be the same as in the first locale's file: only texts are translated",
            "de/picker.json: rules[0]: must be the same as in the first locale's file: only texts are translated (parts, complaints, suggest)",
            "de/about.json: translated_from: \"fr\" is not one of the site's locales",
        ]
    );
}

#[test]
fn pictures_need_a_file_within_the_limits_and_an_alt_text() {
    let mut files = shipped();
    let mut about: serde_json::Value = serde_json::from_str(&files["about.json"]).unwrap();
    let picture = |src: &str, alt: &str, decorative: bool| serde_json::json!({ "type": "image", "src": src, "alt": alt, "decorative": decorative });
    about["blocks"] = serde_json::json!([
        picture("images/treatment-room.png", "", false),
        picture("images/treatment-room.png", "A room", true),
        picture("images/treatment-room.png", "", true),
        picture("images/gone.png", "A room", false),
        picture("images/huge.png", "A room", false),
        picture("images/wide.jpg", "A room", false),
        picture("../secret.png", "A room", false),
        picture("images/room.gif", "A room", false),
    ]);
    files.insert("about.json".into(), about.to_string());
    let mut pictures = shipped_pictures();
    let facts = |bytes, width, height| {
        Ok(FileFacts {
            bytes,
            width,
            height,
        })
    };
    pictures.insert("images/huge.png".into(), facts(3 << 20, 1200, 800));
    pictures.insert("images/wide.jpg".into(), facts(900_000, 6000, 800));
    let problems: Vec<String> = validate(files, pictures)
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        problems,
        [
            "about.json: blocks[0].alt: a picture needs an alt text saying what it shows (or \"decorative\": true)",
            "about.json: blocks[1].alt: a decorative picture has no alt text: remove it, or \"decorative\"",
            "about.json: blocks[3].src: no such file in the content folder: \"images/gone.png\"",
            "about.json: blocks[4].src: \"images/huge.png\" is 3072 KB; at most 2048 KB (export it smaller)",
            "about.json: blocks[5].src: \"images/wide.jpg\" is 6000 x 800 px; at most 4000 px a side",
            "about.json: blocks[6].src: must be a file in the content folder, e.g. \"images/room.png\"",
            "about.json: blocks[7].src: must be a PNG or JPEG file",
        ]
    );
}

#[test]
fn check_content_binary_exits_1_with_one_line_per_problem() {
    let bin = env!("CARGO_BIN_EXE_check-content");
    let ok = Command::new(bin)
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("public/content"))
        .output()
        .unwrap();
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stdout)
    );

    let dir = std::env::temp_dir().join(format!("mg-bad-content-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    for (name, text) in shipped()
        .into_iter()
        .chain([("site.json".to_string(), "{\"name\": ".to_string())])
    {
        let path = dir.join(&name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("public/content");
    for name in shipped_pictures().keys() {
        std::fs::create_dir_all(dir.join(name).parent().unwrap()).unwrap();
        std::fs::copy(content.join(name), dir.join(name)).unwrap();
    }
    let bad = Command::new(bin).arg(&dir).output().unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(bad.status.code(), Some(1));
    let out = String::from_utf8_lossy(&bad.stdout);
    assert_eq!(out.lines().count(), 1, "{out}");
    assert!(
        out.contains("site.json:1:9: name: EOF while parsing a value"),
        "{out}"
    );
}
