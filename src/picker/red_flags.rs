//! Signs that need a doctor, not a massage. Built into the code on purpose: content files can
//! tune the suggestions but can never switch these off. Wording from NHS-based guidance
//! (NHS pages on back pain, heart attack, DVT and headaches; NICE NG59).

use super::complaints::Complaint;
use super::help::Help;

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
    /// The yes/no question, in plain words.
    pub question: &'static str,
    /// What to do, shown when the answer is yes; `{emergency}` stands for the emergency number
    /// of the clinic's country (`help`), so no number is written here.
    pub message: &'static str,
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
        severity: Severity::Emergency,
        question: "Along with the back pain, do you have numbness around your genitals or buttocks, new problems controlling your bladder or bowels, or weakness or numbness in both legs?",
        message: "Call {emergency} now. Back pain with these signs can mean pressure on the nerves at the base of the spine, which needs treatment in hospital straight away.",
        parts: BACK,
        complaints: &[],
    },
    RedFlag {
        id: "serious-accident",
        severity: Severity::Emergency,
        question: "Did the pain start after a serious accident, such as a car crash or a bad fall?",
        message: "Call {emergency} or go to a hospital emergency department now. Pain after a serious accident needs checking by a doctor before anyone massages it.",
        parts: &["neck-back", "neck-front", "upper-back", "mid-back", "lower-back", "sacrum"],
        complaints: &[Complaint::NewInjury],
    },
    RedFlag {
        id: "chest-pain",
        severity: Severity::Emergency,
        question: "Do you have chest pain or pressure, perhaps spreading to your shoulder, arm, jaw, neck or back, or with breathlessness, sweating or feeling sick?",
        message: "Call {emergency} now. These can be signs of a heart attack.",
        parts: &["chest", "jaw", "shoulder", "trapezius", "upper-arm", "neck-front", "upper-back"],
        complaints: &[],
    },
    RedFlag {
        id: "leg-and-breathless",
        severity: Severity::Emergency,
        question: "Do you have pain or swelling in a leg together with breathlessness or chest pain?",
        message: "Call {emergency} now. This can be a blood clot that has reached the lungs.",
        parts: LEGS,
        complaints: &[Complaint::Swelling],
    },
    RedFlag {
        id: "sudden-headache",
        severity: Severity::Emergency,
        question: "Is it a sudden, extremely painful headache, or a headache with a stiff neck and a fever or rash, or have you had sudden problems speaking or seeing?",
        message: "Call {emergency} now. A sudden severe headache, or one with these signs, needs a doctor straight away.",
        parts: &["head", "face", "neck-back"],
        complaints: &[Complaint::Headache],
    },
    RedFlag {
        id: "clot",
        severity: Severity::SeeDoctor,
        question: "Is there throbbing pain in one calf or thigh, with swelling and warm, red or darkened skin?",
        message: "Please see a doctor today and have no massage until then: one-sided leg pain with swelling and warm, red skin can be a blood clot (DVT), and massage could move it.",
        parts: LEGS,
        complaints: &[Complaint::Swelling],
    },
    RedFlag {
        id: "back-warning-signs",
        severity: Severity::SeeDoctor,
        question: "With the back pain, do you have a fever, weight loss you cannot explain, a lump, pain that is worse at night, or pain between the shoulder blades that does not ease?",
        message: "Please see your doctor before booking a massage: back pain with these signs should be checked first.",
        parts: BACK,
        complaints: &[],
    },
    RedFlag {
        id: "headache-jaw-vision",
        severity: Severity::SeeDoctor,
        question: "With the headache, does your jaw hurt when you chew, is your scalp sore to touch, or is your vision blurred or double?",
        message: "Please see a doctor today: these signs with a headache need checking soon, and massage should wait.",
        parts: &["head", "jaw"],
        complaints: &[Complaint::Headache],
    },
    RedFlag {
        id: "new-weakness",
        severity: Severity::SeeDoctor,
        question: "Do you have new numbness or weakness in an arm or a leg?",
        message: "Please see your doctor before booking a massage: new numbness or weakness should be checked first.",
        parts: LIMBS,
        complaints: &[Complaint::Numbness],
    },
];

/// `message` with the emergency number of `help` in it, or "your local emergency number" where
/// none is known (content the validator would reject): a number is never guessed.
pub fn say(message: &str, help: Option<&Help>) -> String {
    let number = help.map_or("your local emergency number", |h| h.emergency.as_str());
    crate::text::fill(message, "{emergency}", number)
}

/// The red flag with this id.
pub fn find(id: &str) -> Option<&'static RedFlag> {
    RED_FLAGS.iter().find(|f| f.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::picker::help::for_country;

    #[test]
    fn no_number_is_written_into_a_red_flag() {
        for flag in RED_FLAGS {
            let text = format!("{} {}", flag.question, flag.message);
            assert!(!text.bytes().any(|b| b.is_ascii_digit()), "{}", flag.id);
            assert!(
                !text.contains("A&E") && !text.contains("NHS"),
                "{}",
                flag.id
            );
            if flag.severity == Severity::Emergency {
                assert!(flag.message.starts_with("Call {emergency} "), "{}", flag.id);
            }
        }
    }

    #[test]
    fn the_emergency_number_is_the_clinics_countrys() {
        let chest = find("chest-pain").unwrap().message;
        assert!(say(chest, for_country("US").as_ref()).starts_with("Call 911 now."));
        assert!(say(chest, for_country("DE").as_ref()).starts_with("Call 112 now."));
        assert!(say(chest, None).starts_with("Call your local emergency number now."));
    }
}
