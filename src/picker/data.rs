//! What the live picker needs, made into one compact file at build time: the clinic, the
//! massage types (as the picker shows them), the picker's rules and the words of the page's
//! language, in
//! postcard's binary form. The page's wasm then needs no JSON parser: reading the JSON files
//! cost the picker about 33 KB of brotli wasm (serde_json, and its deserializer for every
//! type), this costs a few.

use crate::content::{Site, TypeCard};
use crate::locale::Words;
use crate::picker::rules::PickerRules;
use serde::{Deserialize, Serialize};

/// The picker's content, as checked and parsed from `public/content/` at build time.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PickerData {
    /// `site.json`.
    pub site: Site,
    /// `massage-types.json`, as the picker shows it.
    pub types: Vec<TypeCard>,
    /// `picker.json`.
    pub rules: PickerRules,
    /// The words of the page's language (`locales/{code}.json`).
    pub words: Words,
    /// The templates of the picker's parts, as HTML the build rendered
    /// (`components::picker::parts`), for the picker page, whose HTML goes without them; empty
    /// for the widget, whose view has them.
    pub parts: String,
}

impl PickerData {
    /// Without what the live picker never shows (the rest of its page is prerendered, its
    /// cards included): the clinic's tagline, address and hours, the massage types' sources,
    /// the words of other pages.
    pub fn trimmed(mut self) -> PickerData {
        let site = &mut self.site;
        (site.tagline, site.url, site.image) = Default::default();
        site.hours.clear();
        for t in &mut self.types {
            t.source = None;
        }
        self.words = self.words.for_picker();
        self
    }

    /// The compact form.
    pub fn encode(&self) -> Result<Vec<u8>, String> {
        postcard::to_allocvec(self).map_err(|e| e.to_string())
    }

    /// Reads the compact form; `None` for anything else (a damaged file, or one from another
    /// build).
    pub fn decode(bytes: &[u8]) -> Option<PickerData> {
        postcard::from_bytes(bytes).ok()
    }
}
