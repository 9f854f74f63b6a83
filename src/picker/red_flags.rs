//! Signs that need a doctor, not a massage. Built into the code on purpose: content files can
//! tune the suggestions but can never switch these off. Wording from NHS-based guidance
//! (NHS pages on back pain, heart attack, DVT and headaches; NICE NG59).

use super::complaints::Complaint;
use super::help::Help;
use crate::locale::{Key, Words};

/// How urgent a red flag is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// Call the emergency number now; no suggestions are shown.
    Emergency,
    /// See a doctor soon and have no massage until then; deep work is removed.
    SeeDoctor,
}

/// A red-flag question and what to do when the answer is yes.
#[derive(Debug, PartialEq, Eq)]
pub struct RedFlag {
    /// Stable id for URLs and tests.
    pub id: &'static str,
    /// How urgent.
    pub severity: Severity,
    /// Its place in `RED_FLAGS`, where the locale files' question and message are
    /// (`Words::flag_question`, `Words::flag_message`).
    pub index: usize,
    /// Asked when any of these side-free parts is selected ...
    pub parts: &'static [&'static str],
    /// ... or any of these complaints.
    pub complaints: &'static [Complaint],
}

const BACK: &[&str] = &["upper-back", "mid-back", "lower-back", "sacrum", "buttock"];
const LEGS: &[&str] = &[
    "calf",
    "thigh-back",
    "thigh-front",
    "thigh-inner",
    "knee-back",
];
const LIMBS: &[&str] = &[
    "upper-arm",
    "elbow",
    "forearm",
    "hand",
    "thigh-front",
    "thigh-back",
    "thigh-inner",
    "knee",
    "knee-back",
    "shin",
    "calf",
    "ankle",
    "foot-top",
    "sole",
];

/// Every red flag, emergencies first.
pub const RED_FLAGS: &[RedFlag] = &[
    RedFlag {
        id: "back-nerves",
        index: 0,
        severity: Severity::Emergency,
        parts: BACK,
        complaints: &[],
    },
    RedFlag {
        id: "serious-accident",
        index: 1,
        severity: Severity::Emergency,
        parts: &[
            "neck-back",
            "neck-front",
            "upper-back",
            "mid-back",
            "lower-back",
            "sacrum",
        ],
        complaints: &[Complaint::NewInjury],
    },
    RedFlag {
        id: "chest-pain",
        index: 2,
        severity: Severity::Emergency,
        parts: &[
            "chest",
            "jaw",
            "shoulder",
            "trapezius",
            "upper-arm",
            "neck-front",
            "upper-back",
        ],
        complaints: &[],
    },
    RedFlag {
        id: "leg-and-breathless",
        index: 3,
        severity: Severity::Emergency,
        parts: LEGS,
        complaints: &[Complaint::Swelling],
    },
    RedFlag {
        id: "sudden-headache",
        index: 4,
        severity: Severity::Emergency,
        parts: &["head", "face", "neck-back"],
        complaints: &[Complaint::Headache],
    },
    RedFlag {
        id: "clot",
        index: 5,
        severity: Severity::SeeDoctor,
        parts: LEGS,
        complaints: &[Complaint::Swelling],
    },
    RedFlag {
        id: "back-warning-signs",
        index: 6,
        severity: Severity::SeeDoctor,
        parts: BACK,
        complaints: &[],
    },
    RedFlag {
        id: "headache-jaw-vision",
        index: 7,
        severity: Severity::SeeDoctor,
        parts: &["head", "jaw"],
        complaints: &[Complaint::Headache],
    },
    RedFlag {
        id: "new-weakness",
        index: 8,
        severity: Severity::SeeDoctor,
        parts: LIMBS,
        complaints: &[Complaint::Numbness],
    },
];

/// A red flag's message in `words`, with the emergency number of `help` in it, or "your
/// local emergency number" where none is known (content the validator would reject): a number
/// is never guessed.
pub fn say(flag: &RedFlag, words: &Words, help: Option<&Help>) -> String {
    let number = help.map_or(words.t(Key::NoNumber), |h| h.emergency.as_str());
    crate::text::fill(words.flag_message(flag.index), "{emergency}", number)
}

/// The red flag with this id.
pub fn find(id: &str) -> Option<&'static RedFlag> {
    RED_FLAGS.iter().find(|f| f.id == id)
}

// The locale files are read from disk: native only.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::picker::help::for_country;

    #[test]
    fn indexes_are_places() {
        for (i, flag) in RED_FLAGS.iter().enumerate() {
            assert_eq!(flag.index, i, "{}", flag.id);
        }
    }

    #[test]
    fn no_number_is_written_into_a_red_flag_in_any_locale() {
        for code in crate::locale::available() {
            let words = crate::locale::load(&code).unwrap();
            for flag in RED_FLAGS {
                let text = format!(
                    "{} {}",
                    words.flag_question(flag.index),
                    words.flag_message(flag.index)
                );
                assert!(
                    !text.bytes().any(|b| b.is_ascii_digit()),
                    "{code} {}",
                    flag.id
                );
                assert!(
                    !text.contains("A&E") && !text.contains("NHS"),
                    "{code} {}",
                    flag.id
                );
                if flag.severity == Severity::Emergency {
                    assert!(
                        words.flag_message(flag.index).contains("{emergency}"),
                        "{code} {}",
                        flag.id
                    );
                }
            }
        }
    }

    #[test]
    fn the_emergency_number_is_the_clinics_countrys() {
        let words = crate::locale::load("en").unwrap();
        let chest = find("chest-pain").unwrap();
        let say = |c: &str| say(chest, &words, for_country(c, &words).as_ref());
        assert!(say("US").starts_with("Call 911 now."));
        assert!(say("DE").starts_with("Call 112 now."));
        assert!(
            super::say(chest, &words, None).starts_with("Call your local emergency number now.")
        );
    }
}
