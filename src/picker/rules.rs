//! `picker.json`: the clinic's tunable rules. Red flags are not in here on purpose (see
//! `red_flags`): content can change what is suggested, never whether an emergency is shown.

use serde::{Deserialize, Serialize};

/// The whole file.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PickerRules {
    /// Which massage types to suggest for which parts and complaints, best first.
    pub rules: Vec<Rule>,
    /// Questions about health conditions that change the suggestions.
    pub contraindications: Vec<Contraindication>,
}

/// "For these parts and these complaints, suggest these types, because …".
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Rule {
    /// Side-free parts (`calf`, `lower-back`, `whole-body`); the rule applies when any is selected.
    #[cfg_attr(
        not(target_arch = "wasm32"),
        schemars(schema_with = "crate::content::schema::part_ids")
    )]
    pub parts: Vec<String>,
    /// Complaint ids; the rule applies when any of them is chosen. Empty makes a general rule:
    /// it covers a chosen region that no rule for a chosen complaint covers (before any
    /// complaint is chosen, every region).
    #[serde(default)]
    #[cfg_attr(
        not(target_arch = "wasm32"),
        schemars(schema_with = "crate::content::schema::complaint_ids")
    )]
    pub complaints: Vec<String>,
    /// Massage type ids, best match first.
    pub suggest: Vec<String>,
    /// Why, as a whole sentence about the suggested type with `{where}` where the visitor's
    /// regions go: "It may ease tight, tense muscles {where}." becomes "… in your lower back.".
    pub reason: String,
}

/// A health condition to ask about before suggesting anything.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Contraindication {
    /// Stable id for URLs.
    pub id: String,
    /// The yes/no question.
    pub question: String,
    /// Treated as answered yes when this complaint is chosen (e.g. `pregnancy`).
    #[serde(default)]
    #[cfg_attr(
        not(target_arch = "wasm32"),
        schemars(schema_with = "crate::content::schema::complaint_id")
    )]
    pub complaint: Option<String>,
    /// Massage types not to suggest when the answer is yes.
    #[serde(default)]
    pub avoid: Vec<String>,
    /// Side-free body parts to suggest nothing for when the answer is yes (after a clot, the
    /// legs).
    #[serde(default)]
    #[cfg_attr(
        not(target_arch = "wasm32"),
        schemars(schema_with = "crate::content::schema::part_ids")
    )]
    pub avoid_parts: Vec<String>,
    /// Massage types to suggest first when the answer is yes, and only then: types made for
    /// this condition (pregnancy massage for `pregnant`).
    #[serde(default)]
    pub prefer: Vec<String>,
    /// Why the preferred types, a whole sentence with `{where}`, as a rule's `reason`.
    #[serde(default)]
    pub prefer_reason: Option<String>,
    /// What to tell the visitor when the answer is yes.
    pub caution: String,
}
