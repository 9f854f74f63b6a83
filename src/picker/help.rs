//! Where a visitor gets help, by the clinic's country: the emergency number the red flags
//! tell them to call, and where to turn when it is urgent but not an emergency. The one table of
//! these numbers; `site.json` names the country (`country`) and may override both (`help`).
//! A country that is in neither is rejected by `make check-content`: a number is never guessed.

use crate::locale::Words;
use serde::{Deserialize, Serialize};

/// The numbers and advice for one country.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Help {
    /// The emergency number, as dialled, e.g. "999".
    pub emergency: String,
    /// Said after the number in the emergency box, e.g. "112 also works".
    #[serde(default)]
    pub emergency_note: Option<String>,
    /// A whole sentence for urgent cases that are not an emergency, shown under the "see a
    /// doctor" notices, e.g. "If you cannot see a GP today, call NHS 111.".
    pub urgent: String,
    /// The number the urgent sentence names, as dialled, if it names one: it becomes a link.
    #[serde(default)]
    pub urgent_number: Option<String>,
}

/// (ISO 3166-1 code, emergency number, urgent number). What to say about them is in each
/// locale file's `countries` (`Words::country`), in the visitor's language.
type Row = (&'static str, &'static str, Option<&'static str>);

const TABLE: [Row; 12] = [
    ("GB", "999", Some("111")),
    ("IE", "112", None),
    ("US", "911", None),
    ("CA", "911", Some("811")),
    ("AU", "000", Some("1800022222")),
    ("NZ", "111", Some("0800611116")),
    ("DE", "112", Some("116117")),
    ("AT", "144", Some("1450")),
    ("CH", "144", None),
    ("FR", "15", Some("116117")),
    ("NL", "112", None),
    ("ES", "112", None),
];

/// The numbers for a country by its ISO 3166-1 code (`GB`, `US`, ...), with what `words`
/// says about them, if the table has it.
pub fn for_country(code: &str, words: &Words) -> Option<Help> {
    let &(_, emergency, number) = TABLE.iter().find(|row| row.0.eq_ignore_ascii_case(code))?;
    let (note, urgent) = words.country(code)?;
    Some(Help {
        emergency: emergency.into(),
        emergency_note: note.map(Into::into),
        urgent: urgent.into(),
        urgent_number: number.map(Into::into),
    })
}

/// How many countries the table has.
pub const COUNT: usize = TABLE.len();

/// Whether the table has the country with this ISO 3166-1 code.
pub fn knows(code: &str) -> bool {
    TABLE.iter().any(|row| row.0.eq_ignore_ascii_case(code))
}

/// The countries the table knows.
pub fn countries() -> impl Iterator<Item = &'static str> {
    TABLE.iter().map(|row| row.0)
}

/// True for a number as a `tel:` link can dial it: digits, an optional leading `+`.
pub fn is_dialable(number: &str) -> bool {
    let digits = number.strip_prefix('+').unwrap_or(number);
    !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
}

// The locale files are read from disk: native only.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn every_country_of_the_table_has_a_dialable_number_and_advice_in_every_locale() {
        assert_eq!(countries().count(), 12);
        for (locale, code) in crate::locale::available()
            .into_iter()
            .flat_map(|l| countries().map(move |c| (l.clone(), c)))
        {
            let words = crate::locale::load(&locale).unwrap();
            let help = for_country(code, &words).unwrap();
            assert!(is_dialable(&help.emergency), "{code}");
            assert!(help.urgent.ends_with('.'), "{code}");
            assert!(
                help.urgent_number.as_deref().is_none_or(is_dialable),
                "{code}"
            );
        }
    }

    #[test]
    fn the_numbers_are_the_right_ones_where_they_differ() {
        let words = crate::locale::load("en").unwrap();
        let number = |c: &str| for_country(c, &words).unwrap().emergency;
        assert_eq!(number("GB"), "999");
        assert_eq!(number("us"), "911");
        assert_eq!(number("AU"), "000");
        assert_eq!(number("NZ"), "111");
        assert_eq!(number("DE"), "112");
        assert_eq!(number("AT"), "144");
        assert_eq!(number("FR"), "15");
        assert_eq!(
            for_country("GB", &words).unwrap().urgent_number.as_deref(),
            Some("111")
        );
        assert_eq!(
            for_country("DE", &words).unwrap().urgent_number.as_deref(),
            Some("116117")
        );
        assert!(for_country("XX", &words).is_none());
    }
}
