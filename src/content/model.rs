//! The typed shape of every file under `public/content/`.
//!
//! Every struct denies unknown fields so that a typo in a clinic's JSON ("sumary") is reported
//! instead of silently ignored. Optional fields use `#[serde(default)]`.

use crate::picker::help::Help;
use serde::{Deserialize, Serialize};

/// `site.json`: who the clinic is and how to reach it.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Site {
    /// The clinic's name, shown in the header and in every page title.
    pub name: String,
    /// One line under the name on the home page.
    pub tagline: String,
    /// BCP 47 language tag of the content, set on `<html lang>` (`en-GB`, `de`): its first
    /// part names the locale (`en`), whose texts come from `locales/en.json`.
    pub lang: String,
    /// The site's locales when it has more than one, its own first (`["en", "de"]`): each
    /// other has the same files in a folder of its name (`de/site.json`, ...) and its pages
    /// under `/de/`. Only the first locale's `site.json` lists them.
    #[serde(default)]
    pub locales: Vec<String>,
    /// The site's public address, ending in `/` (with the sub-path, if any): canonical links,
    /// share previews, the sitemap and the feeds are made from it.
    pub url: String,
    /// The picture shown when a page is shared: a file of the site (e.g. `share.png`, put in
    /// `public/`) or an `https://` address; 1200 x 630 pixels suits every network.
    pub image: String,
    /// How to reach the clinic; shown in the footer and wherever booking is not online.
    pub contact: Contact,
    /// Opening hours, one row per group of days.
    pub hours: Vec<Hours>,
    /// Online booking; absent means "call or email us" is shown instead.
    #[serde(default)]
    pub booking: Option<Booking>,
    /// Ids of the massage types this clinic offers (see `massage-types.json`).
    pub offered: Vec<String>,
    /// Brand colours, applied as CSS custom properties.
    pub theme: Theme,
    /// Where the clinic is, as an ISO 3166-1 code (`GB`, `US`, `DE`, ...): the emergency number
    /// and the urgent advice the picker gives come from it (`src/picker/help.rs` has GB, IE, US,
    /// CA, AU, NZ, DE, AT, CH, FR, NL and ES).
    pub country: String,
    /// The emergency number and urgent advice, for a country the table does not have, or to put
    /// them differently; replaces the table's.
    #[serde(default)]
    pub help: Option<Help>,
}

impl Site {
    /// The site's locale codes, its own first: `locales`, or the one of `lang`.
    pub fn locale_codes(&self) -> Vec<String> {
        match self.locales.is_empty() {
            true => vec![crate::locale::code_of(&self.lang).to_string()],
            false => self.locales.clone(),
        }
    }

    /// Where the clinic's visitors get help: `help` if given, else the country's; `None` when
    /// neither is known (the validator rejects that content). The picker page's build goes
    /// without the table of countries (the `countries` feature): its compact content has `help`
    /// filled in at build time.
    pub fn help(&self, words: &crate::locale::Words) -> Option<Help> {
        #[cfg(feature = "countries")]
        let help = self
            .help
            .clone()
            .or_else(|| crate::picker::help::for_country(&self.country, words));
        #[cfg(not(feature = "countries"))]
        let help = {
            let _ = words;
            self.help.clone()
        };
        help
    }
}

/// Phone, email and address.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// As people read it, e.g. "020 7946 0321".
    pub phone: String,
    /// As a `tel:` link needs it, e.g. "+442079460321".
    pub phone_link: String,
    /// Plain email address, used for a `mailto:` link.
    pub email: String,
    /// Postal address, one line per entry: street lines, then town, then postcode.
    pub address: Vec<String>,
}

/// One row of opening hours.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Hours {
    /// A day or a range of days, e.g. "Monday to Friday" or "Saturday".
    pub days: String,
    /// e.g. "9:00 to 19:00" (24-hour clock), or "Closed".
    pub time: String,
}

/// Where the "Book" buttons go.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Booking {
    /// An `https://` URL containing `{service}`, replaced by the massage type's id.
    pub url_template: String,
    /// Button text, e.g. "Book online".
    pub label: String,
}

impl Booking {
    /// The booking URL for one massage type; the id is percent-encoded for the query string.
    pub fn url_for(&self, service: &str) -> String {
        crate::text::fill(&self.url_template, "{service}", &percent_encode(service))
    }
}

/// Percent-encodes everything but RFC 3986 unreserved characters.
fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Brand colours for light and dark mode.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Theme {
    /// Colours on the light background.
    pub light: Palette,
    /// Colours on the dark background (`prefers-color-scheme: dark`).
    pub dark: Palette,
}

/// One scheme's brand colours as `#rrggbb`; the validator checks their contrast.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Palette {
    /// Links, buttons and headings' accent.
    pub accent: String,
    /// Text on an `accent` background (buttons).
    pub on_accent: String,
}

/// `about.json`: the clinic's About page.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct About {
    /// The page's `h1`.
    pub heading: String,
    /// The line under the heading.
    pub subheading: String,
    /// Meta description for search results.
    pub description: String,
    /// In a locale's folder, the locale this page is translated from (`"en"`): the page then
    /// says it is a translation and links to the original.
    #[serde(default)]
    pub translated_from: Option<String>,
    /// The text, block by block.
    pub blocks: Vec<Block>,
}

/// A piece of body text or a picture. Text is always rendered as text, never parsed as HTML or markdown.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(tag = "type", rename_all = "lowercase", deny_unknown_fields)]
pub enum Block {
    /// A section heading (rendered as `h2`).
    Heading {
        /// The heading's words.
        text: String,
    },
    /// A paragraph.
    Paragraph {
        /// The paragraph's words.
        text: String,
    },
    /// A bulleted or numbered list.
    List {
        /// Numbered (`ol`) when true.
        #[serde(default)]
        ordered: bool,
        /// One entry per list item.
        items: Vec<String>,
    },
    /// A quotation with an optional attribution.
    Quote {
        /// The quoted words.
        text: String,
        /// Who said it, or where it is from.
        #[serde(default)]
        cite: Option<String>,
    },
    /// A picture: a PNG or JPEG file in the content folder (e.g. `images/room.png`), at most
    /// 4000 px a side and 2 MB. The build writes its size into the page and makes smaller copies.
    Image {
        /// The file, relative to the content folder.
        src: String,
        /// What the picture shows, for people who cannot see it. Required unless `decorative`.
        #[serde(default)]
        alt: String,
        /// True for a picture that adds nothing to the text (its `alt` stays empty).
        #[serde(default)]
        decorative: bool,
        /// A line shown under the picture.
        #[serde(default)]
        caption: Option<String>,
        /// Width in pixels: leave it out, the build writes it into the published copy (where
        /// the widget reads it, so nothing shifts as the picture loads).
        #[serde(default)]
        width: Option<u32>,
        /// Height in pixels: leave it out, as `width`.
        #[serde(default)]
        height: Option<u32>,
    },
}

impl Block {
    /// Every text in the block, for word counts and empty-text checks.
    pub fn texts(&self) -> Vec<&str> {
        match self {
            Block::Heading { text } | Block::Paragraph { text } => vec![text],
            Block::List { items, .. } => items.iter().map(String::as_str).collect(),
            Block::Quote { text, cite } => {
                let mut v = vec![text.as_str()];
                v.extend(cite.as_deref());
                v
            }
            Block::Image { caption, .. } => caption.as_deref().into_iter().collect(),
        }
    }
}

/// `articles/index.json`: the article list.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ArticleIndex {
    /// The articles, in any order; the site sorts them newest first.
    pub articles: Vec<ArticleSummary>,
}

impl ArticleIndex {
    /// The articles newest first; equal dates keep their file order, so the result is stable.
    pub fn newest_first(&self) -> Vec<ArticleSummary> {
        let mut list = self.articles.clone();
        crate::sort::sort_by(&mut list, |a, b| a.date > b.date);
        list
    }

    /// The entry for `slug`, if the index lists it.
    pub fn find(&self, slug: &str) -> Option<&ArticleSummary> {
        self.articles.iter().find(|a| a.slug == slug)
    }
}

/// One entry of the article list.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ArticleSummary {
    /// URL name: `/articles/{slug}`, file `articles/{slug}.json`. Lowercase letters, digits, `-`.
    pub slug: String,
    /// Must equal the article file's title.
    pub title: String,
    /// One or two sentences for cards and search results.
    pub summary: String,
    /// `YYYY-MM-DD`; must equal the article file's date.
    pub date: String,
    /// Minutes to read; the validator checks it against the article's word count.
    pub reading_minutes: u32,
    /// Free-form topic tags.
    #[serde(default)]
    pub tags: Vec<String>,
    /// Ids of massage types the article is about: its page links to them, and the picker
    /// shows the article with those types.
    #[serde(default)]
    pub related: Vec<String>,
}

/// `articles/{slug}.json`: one article.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Article {
    /// The `h1`.
    pub title: String,
    /// `YYYY-MM-DD`.
    pub date: String,
    /// Who wrote it, as shown under the title.
    pub author: String,
    /// In a locale's folder, the locale this article is translated from (`"en"`): it then
    /// says it is a translation and links to the original.
    #[serde(default)]
    pub translated_from: Option<String>,
    /// The text, block by block.
    pub blocks: Vec<Block>,
}

impl Article {
    /// Words in the body, for the reading time.
    pub fn word_count(&self) -> usize {
        self.blocks
            .iter()
            .flat_map(Block::texts)
            .map(|t| t.split_whitespace().count())
            .sum()
    }

    /// Minutes at 200 words a minute, at least one.
    pub fn reading_minutes(&self) -> u32 {
        (self.word_count() as u32).div_ceil(200).max(1)
    }
}

/// `massage-types.json`: the catalogue of massage types.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Catalogue {
    /// Every type the site knows, offered here or not.
    pub types: Vec<MassageType>,
}

impl Catalogue {
    /// The type with this id.
    pub fn find(&self, id: &str) -> Option<&MassageType> {
        self.types.iter().find(|t| t.id == id)
    }

    /// Every type as the picker shows it, in the catalogue's order.
    pub fn cards(&self) -> Vec<TypeCard> {
        self.types
            .iter()
            .map(|t| TypeCard {
                id: t.id.clone(),
                name: t.name.clone(),
                source: t.may_help.first().map(|b| b.source.clone()),
            })
            .collect()
    }
}

/// What the picker shows of a massage type: a suggestion card's heading, link and source. The
/// picker page's compact content holds only these, not the whole catalogue.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct TypeCard {
    /// As `MassageType::id`.
    pub id: String,
    /// As `MassageType::name`.
    pub name: String,
    /// The source of its first "may help" point.
    pub source: Option<Source>,
}

/// One massage type.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct MassageType {
    /// URL name: `/massage/{id}`, and the `{service}` in booking links.
    pub id: String,
    /// e.g. "Swedish massage".
    pub name: String,
    /// One line for cards and search results.
    pub summary: String,
    /// What a session is like, in plain words.
    pub session: String,
    /// How firm, e.g. "Light to medium".
    pub pressure: String,
    /// Typical length, e.g. "60 or 90 minutes".
    pub length: String,
    /// What it may help with, each with its source.
    pub may_help: Vec<Benefit>,
    /// Who should ask a doctor, midwife or physiotherapist first.
    pub cautions: Vec<String>,
}

/// One "may help with" point and the evidence behind it.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Benefit {
    /// Completes "May help with …", e.g. "short-term relief of low back pain".
    pub text: String,
    /// Where the claim comes from.
    pub source: Source,
}

/// A cited source.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Title of the page or paper.
    pub title: String,
    /// `https://` address.
    pub url: String,
}

/// True for a slug or id the site can put in a URL and a file name: `a-z`, `0-9`, inner `-`.
pub fn is_valid_slug(s: &str) -> bool {
    !s.is_empty()
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--")
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Splits a `YYYY-MM-DD` date, checking the day exists in that month.
pub fn parse_date(date: &str) -> Option<(u32, u32, u32)> {
    let b = date.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        let s = &date[r];
        s.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| s.parse().ok())?
    };
    let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    (1..=days).contains(&d).then_some((y, m, d))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_split_and_reject_impossible_days() {
        assert_eq!(parse_date("2024-05-14"), Some((2024, 5, 14)));
        assert_eq!(parse_date("2024-02-29"), Some((2024, 2, 29)));
        assert_eq!(parse_date("2023-02-29"), None);
        assert_eq!(parse_date("2024-13-01"), None);
        assert_eq!(parse_date("2024-5-14"), None);
        assert_eq!(parse_date("2024-05-1x"), None);
    }

    #[test]
    fn slugs_are_url_safe() {
        assert!(is_valid_slug("massage-for-sore-back"));
        assert!(is_valid_slug("chair"));
        for bad in ["", "-a", "a-", "a--b", "A", "a b", "../x", "a/b", "ä"] {
            assert!(!is_valid_slug(bad), "{bad:?} accepted");
        }
    }

    #[test]
    fn booking_url_encodes_the_service() {
        let b = Booking {
            url_template: "https://book.example/?type={service}".into(),
            label: "Book".into(),
        };
        assert_eq!(
            b.url_for("deep-tissue"),
            "https://book.example/?type=deep-tissue"
        );
        assert_eq!(b.url_for("a&b c"), "https://book.example/?type=a%26b%20c");
    }

    #[test]
    fn blocks_reject_unknown_fields_and_need_their_text() {
        let ok: Block = serde_json::from_str(r#"{"type":"heading","text":"Hi"}"#).unwrap();
        assert_eq!(ok, Block::Heading { text: "Hi".into() });
        let e = serde_json::from_str::<Block>(r#"{"type":"paragraph"}"#).unwrap_err();
        assert!(e.to_string().contains("missing field `text`"), "{e}");
        let e =
            serde_json::from_str::<Block>(r#"{"type":"heading","text":"a","x":1}"#).unwrap_err();
        assert!(e.to_string().contains("unknown field `x`"), "{e}");
        let e = serde_json::from_str::<Block>(r#"{"type":"video","src":"a"}"#).unwrap_err();
        assert!(e.to_string().contains("unknown variant `video`"), "{e}");
        let picture: Block = serde_json::from_str(r#"{"type":"image","src":"a.png"}"#).unwrap();
        assert!(
            matches!(picture, Block::Image { alt, decorative: false, caption: None, .. } if alt.is_empty())
        );
    }

    #[test]
    fn reading_time_rounds_up_and_is_at_least_a_minute() {
        let words = |n: usize| Article {
            title: "t".into(),
            date: "2024-01-01".into(),
            author: "a".into(),
            translated_from: None,
            blocks: vec![Block::Paragraph {
                text: vec!["word"; n].join(" "),
            }],
        };
        assert_eq!(words(10).reading_minutes(), 1);
        assert_eq!(words(200).reading_minutes(), 1);
        assert_eq!(words(201).reading_minutes(), 2);
    }
}
