//! JSON Schemas of the content files, made from the same serde types, so an editor can check a
//! file as it is typed (`.vscode/settings.json` maps each file to its schema). `make schemas`
//! writes them to `schemas/`; a test fails when the committed ones are out of date.

use super::model::{About, Article, ArticleIndex, Catalogue, Site};
use crate::picker::{complaints::Complaint, regions, rules::PickerRules};
use schemars::{json_schema, Schema, SchemaGenerator};

/// One schema file: its name under `schemas/`, the content files it describes (VS Code
/// `fileMatch` patterns, relative to the content folder; `!` excludes) and its schema.
pub struct SchemaFile {
    /// File name under `schemas/`.
    pub name: &'static str,
    /// Which content files it describes.
    pub matches: &'static [&'static str],
    /// Makes the schema.
    pub make: fn() -> Schema,
}

/// Every content file's schema.
pub const FILES: [SchemaFile; 6] = [
    SchemaFile {
        name: "site.schema.json",
        matches: &["site.json"],
        make: || schemars::schema_for!(Site),
    },
    SchemaFile {
        name: "about.schema.json",
        matches: &["about.json"],
        make: || schemars::schema_for!(About),
    },
    SchemaFile {
        name: "article-index.schema.json",
        matches: &["articles/index.json"],
        make: || schemars::schema_for!(ArticleIndex),
    },
    SchemaFile {
        name: "article.schema.json",
        matches: &["articles/*.json", "!articles/index.json"],
        make: || schemars::schema_for!(Article),
    },
    SchemaFile {
        name: "massage-types.schema.json",
        matches: &["massage-types.json"],
        make: || schemars::schema_for!(Catalogue),
    },
    SchemaFile {
        name: "picker.schema.json",
        matches: &["picker.json"],
        make: || schemars::schema_for!(PickerRules),
    },
];

/// The schema as it is committed: pretty JSON with a final newline.
pub fn render(file: &SchemaFile) -> String {
    let mut text = serde_json::to_string_pretty(&(file.make)()).expect("a schema is JSON");
    text.push('\n');
    text
}

/// `.vscode/settings.json`'s `json.schemas`: each content file mapped to its schema, so VS Code
/// (and editors that read the same setting) check the file as it is typed.
pub fn editor_settings() -> serde_json::Value {
    let entries: Vec<serde_json::Value> = FILES
        .iter()
        .map(|file| {
            // The first locale's files, and each other locale's in its folder (`de/site.json`).
            let matches: Vec<String> = ["", "*/"]
                .iter()
                .flat_map(|folder| {
                    file.matches.iter().map(move |m| match m.strip_prefix('!') {
                        Some(m) => format!("!/public/content/{folder}{m}"),
                        None => format!("/public/content/{folder}{m}"),
                    })
                })
                .collect();
            serde_json::json!({ "fileMatch": matches, "url": format!("./schemas/{}", file.name) })
        })
        .collect();
    serde_json::Value::Array(entries)
}

/// The side-free body parts the rules can name, in the figure's order.
fn parts() -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    for region in regions::all() {
        if !out.contains(&region.part) {
            out.push(region.part);
        }
    }
    out
}

fn complaints() -> Vec<&'static str> {
    Complaint::ALL.iter().map(|c| c.id()).collect()
}

/// `schema_with` for a list of body parts.
pub fn part_ids(_: &mut SchemaGenerator) -> Schema {
    json_schema!({ "type": "array", "items": { "enum": parts() } })
}

/// `schema_with` for a list of complaint ids.
pub fn complaint_ids(_: &mut SchemaGenerator) -> Schema {
    json_schema!({ "type": "array", "items": { "enum": complaints() } })
}

/// `schema_with` for an optional complaint id.
pub fn complaint_id(_: &mut SchemaGenerator) -> Schema {
    let mut ids: Vec<serde_json::Value> = complaints().into_iter().map(Into::into).collect();
    ids.push(serde_json::Value::Null);
    json_schema!({ "enum": ids })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::{Path, PathBuf};

    fn root() -> &'static Path {
        Path::new(env!("CARGO_MANIFEST_DIR"))
    }

    /// The shipped content files a `matches` list selects.
    fn matched(patterns: &[&str]) -> Vec<PathBuf> {
        let content = root().join("public/content");
        let mut out = Vec::new();
        for pattern in patterns.iter().filter(|p| !p.starts_with('!')) {
            match pattern.strip_suffix("*.json") {
                Some(dir) => {
                    for entry in std::fs::read_dir(content.join(dir)).unwrap() {
                        let path = entry.unwrap().path();
                        let rel = path.strip_prefix(&content).unwrap().to_str().unwrap();
                        let excluded = patterns.iter().any(|p| p.strip_prefix('!') == Some(rel));
                        if path.extension().is_some_and(|e| e == "json") && !excluded {
                            out.push(path);
                        }
                    }
                }
                None => out.push(content.join(pattern)),
            }
        }
        out
    }

    #[test]
    fn committed_schemas_are_the_generated_ones() {
        for file in &FILES {
            let path = root().join("schemas").join(file.name);
            let committed = std::fs::read_to_string(&path).unwrap_or_default();
            assert!(
                committed == render(file),
                "{} is out of date: run `make schemas` and commit it",
                path.display()
            );
        }
    }

    #[test]
    fn the_editor_settings_map_every_content_file() {
        let text =
            std::fs::read_to_string(root().join(".vscode/settings.json")).unwrap_or_default();
        let settings: serde_json::Value = serde_json::from_str(&text).unwrap_or_default();
        assert!(
            settings["json.schemas"] == editor_settings(),
            ".vscode/settings.json is out of date: run `make schemas` and commit it"
        );
    }

    #[test]
    fn every_shipped_content_file_matches_its_schema() {
        let mut checked = 0;
        for file in &FILES {
            let validator = jsonschema::validator_for(&(file.make)().to_value()).unwrap();
            for path in matched(file.matches) {
                let text = std::fs::read_to_string(&path).unwrap();
                let json: serde_json::Value = serde_json::from_str(&text).unwrap();
                let errors: Vec<String> = validator
                    .iter_errors(&json)
                    .map(|e| format!("{}: {e}", e.instance_path()))
                    .collect();
                assert!(errors.is_empty(), "{}: {errors:#?}", path.display());
                checked += 1;
            }
        }
        // site, about, the index, the articles, the catalogue and the rules.
        assert!(checked >= 6, "only {checked} files checked");
    }

    #[test]
    fn schemas_catch_what_editors_should_underline() {
        let check = |name: &str, json: serde_json::Value| {
            let file = FILES.iter().find(|f| f.name == name).unwrap();
            jsonschema::validator_for(&(file.make)().to_value())
                .unwrap()
                .is_valid(&json)
        };
        let block = |b: serde_json::Value| serde_json::json!({ "heading": "h", "subheading": "s", "description": "d", "blocks": [b] });
        assert!(check(
            "about.schema.json",
            block(serde_json::json!({ "type": "paragraph", "text": "t" }))
        ));
        // A misspelt field, an unknown block type, a missing text.
        assert!(!check(
            "about.schema.json",
            block(serde_json::json!({ "type": "paragraph", "txt": "t" }))
        ));
        assert!(!check(
            "about.schema.json",
            block(serde_json::json!({ "type": "para", "text": "t" }))
        ));
        assert!(!check(
            "about.schema.json",
            block(serde_json::json!({ "type": "heading" }))
        ));
        let rule = |parts: &str, complaint: &str| {
            serde_json::json!({ "rules": [{ "parts": [parts], "complaints": [complaint],
                "suggest": ["swedish"], "reason": "It may help {where}." }], "contraindications": [] })
        };
        assert!(check("picker.schema.json", rule("calf", "tight")));
        assert!(!check("picker.schema.json", rule("calf-left", "tight")));
        assert!(!check("picker.schema.json", rule("calf", "tightness")));
    }
}
