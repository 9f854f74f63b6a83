//! The shipped content, read once per test, and the engine run on it: shared by the engine's
//! tests (`tests/picker.rs`) and the judgement table (`tests/judgement.rs`).

use massage_guide::content::{parse, Catalogue, Site};
use massage_guide::picker::engine::{evaluate, parse_query, Content, Outcome};
use massage_guide::picker::rules::PickerRules;

/// `public/content/` as parsed by the site.
pub struct Shipped {
    pub rules: PickerRules,
    pub catalogue: Catalogue,
    pub site: Site,
}

/// Reads and parses the shipped content files the picker uses.
pub fn shipped() -> Shipped {
    let read = |f: &str| {
        std::fs::read_to_string(format!("{}/public/content/{f}", env!("CARGO_MANIFEST_DIR")))
            .unwrap()
    };
    Shipped {
        rules: parse("picker.json", &read("picker.json")).unwrap(),
        catalogue: parse("massage-types.json", &read("massage-types.json")).unwrap(),
        site: parse("site.json", &read("site.json")).unwrap(),
    }
}

/// The English words (`locales/en.json`), read once.
pub fn english() -> massage_guide::locale::Words {
    static WORDS: std::sync::OnceLock<massage_guide::locale::Words> = std::sync::OnceLock::new();
    WORDS
        .get_or_init(|| massage_guide::locale::load("en").unwrap())
        .clone()
}

/// The engine's answer for a picker URL query; every id in it must be known.
pub fn run(query: &str) -> Outcome {
    let s = shipped();
    let (selection, unknown) = parse_query(query, &s.rules);
    assert!(unknown.is_empty(), "{query}: unknown {unknown:?}");
    evaluate(
        &selection,
        &Content {
            rules: &s.rules,
            types: &s.catalogue.cards(),
            site: &s.site,
            words: &english(),
        },
    )
}

/// The suggested massage type ids, in order.
pub fn ids(o: &Outcome) -> Vec<&str> {
    o.suggestions.iter().map(|s| s.id.as_str()).collect()
}
