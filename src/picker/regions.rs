//! The body regions a visitor can mark, head to feet, with the person's own left and right.

use crate::text::fill;

/// Which figure a region is drawn on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    /// Seen from the front.
    Front,
    /// Seen from the back.
    Back,
    /// On both figures (shoulder, hip, elbow, hand and so on).
    Both,
}

/// The person's own side; the figure mirrors it in the front view, so the label never does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// Left side of the person.
    Left,
    /// Right side of the person.
    Right,
    /// On the midline.
    Middle,
}

/// The groups of the checklist alternative, head to feet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Area {
    /// Head, face, jaw and neck.
    HeadNeck,
    /// Shoulders, chest, abdomen and back.
    Trunk,
    /// Arms and hands.
    Arms,
    /// Hips, buttocks and legs.
    Legs,
    /// Ankles and feet.
    Feet,
    /// All over.
    WholeBody,
}

impl Area {
    /// Every area in checklist order.
    pub const ALL: [Area; 6] = [
        Area::HeadNeck,
        Area::Trunk,
        Area::Arms,
        Area::Legs,
        Area::Feet,
        Area::WholeBody,
    ];

    /// The checklist group's heading.
    pub fn label(self) -> &'static str {
        match self {
            Area::HeadNeck => "Head and neck",
            Area::Trunk => "Shoulders, chest and back",
            Area::Arms => "Arms and hands",
            Area::Legs => "Hips and legs",
            Area::Feet => "Ankles and feet",
            Area::WholeBody => "All over",
        }
    }
}

/// One region of the body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Region {
    /// Stable id used in URLs and rules, e.g. `calf-left`.
    pub id: String,
    /// The side-free part, e.g. `calf`: what the rules in `picker.json` match on.
    pub part: &'static str,
    /// The person's side.
    pub side: Side,
    /// Which figure shows it.
    pub view: View,
    /// Checklist group.
    pub area: Area,
    /// Human name, e.g. "Left calf".
    pub name: String,
    /// As it reads after "in", e.g. "your left calf", "the top of your right shoulder".
    pub phrase: String,
}

/// Midline parts: (part, name, phrase, view, area).
type Part = (&'static str, &'static str, &'static str, View, Area);

const MIDLINE: [Part; 10] = [
    (
        "head",
        "Head and scalp",
        "your head",
        View::Both,
        Area::HeadNeck,
    ),
    ("face", "Face", "your face", View::Front, Area::HeadNeck),
    (
        "neck-front",
        "Front of the neck",
        "the front of your neck",
        View::Front,
        Area::HeadNeck,
    ),
    (
        "neck-back",
        "Back of the neck",
        "the back of your neck",
        View::Back,
        Area::HeadNeck,
    ),
    ("chest", "Chest", "your chest", View::Front, Area::Trunk),
    (
        "abdomen",
        "Abdomen",
        "your abdomen",
        View::Front,
        Area::Trunk,
    ),
    (
        "upper-back",
        "Upper back, between the shoulder blades",
        "your upper back",
        View::Back,
        Area::Trunk,
    ),
    (
        "mid-back",
        "Middle of the back",
        "the middle of your back",
        View::Back,
        Area::Trunk,
    ),
    (
        "lower-back",
        "Lower back",
        "your lower back",
        View::Back,
        Area::Trunk,
    ),
    (
        "sacrum",
        "Tailbone and sacrum",
        "your tailbone",
        View::Back,
        Area::Trunk,
    ),
];

/// Paired parts, head to feet; `{side}` is "left" or "right", `{Side}` capitalised.
const PAIRED: [Part; 19] = [
    (
        "jaw",
        "{Side} jaw",
        "your {side} jaw",
        View::Front,
        Area::HeadNeck,
    ),
    (
        "trapezius",
        "Top of {side} shoulder",
        "the top of your {side} shoulder",
        View::Back,
        Area::Trunk,
    ),
    (
        "shoulder",
        "{Side} shoulder joint",
        "your {side} shoulder",
        View::Both,
        Area::Trunk,
    ),
    (
        "upper-arm",
        "{Side} upper arm",
        "your {side} upper arm",
        View::Both,
        Area::Arms,
    ),
    (
        "elbow",
        "{Side} elbow",
        "your {side} elbow",
        View::Both,
        Area::Arms,
    ),
    (
        "forearm",
        "{Side} forearm",
        "your {side} forearm",
        View::Both,
        Area::Arms,
    ),
    (
        "hand",
        "{Side} wrist and hand",
        "your {side} wrist and hand",
        View::Both,
        Area::Arms,
    ),
    (
        "hip",
        "Side of {side} hip",
        "the side of your {side} hip",
        View::Front,
        Area::Legs,
    ),
    (
        "buttock",
        "{Side} buttock",
        "your {side} buttock",
        View::Back,
        Area::Legs,
    ),
    (
        "thigh-front",
        "Front of {side} thigh",
        "the front of your {side} thigh",
        View::Front,
        Area::Legs,
    ),
    (
        "thigh-inner",
        "Inner {side} thigh",
        "your inner {side} thigh",
        View::Front,
        Area::Legs,
    ),
    (
        "thigh-back",
        "Back of {side} thigh",
        "the back of your {side} thigh",
        View::Back,
        Area::Legs,
    ),
    (
        "knee",
        "{Side} knee",
        "your {side} knee",
        View::Front,
        Area::Legs,
    ),
    (
        "knee-back",
        "Back of {side} knee",
        "the back of your {side} knee",
        View::Back,
        Area::Legs,
    ),
    (
        "shin",
        "{Side} shin",
        "your {side} shin",
        View::Front,
        Area::Legs,
    ),
    (
        "calf",
        "{Side} calf",
        "your {side} calf",
        View::Back,
        Area::Legs,
    ),
    (
        "ankle",
        "{Side} ankle",
        "your {side} ankle",
        View::Both,
        Area::Feet,
    ),
    (
        "foot-top",
        "Top of {side} foot",
        "the top of your {side} foot",
        View::Front,
        Area::Feet,
    ),
    (
        "sole",
        "Sole and heel of {side} foot",
        "the sole of your {side} foot",
        View::Back,
        Area::Feet,
    ),
];

/// The id of the "all over" choice, a control of its own beside the figure.
pub const WHOLE_BODY: &str = "whole-body";

/// Every region head to feet (right before left within a pair, as the front view reads), then
/// `whole-body`. This order is the focus order of the figure and of the checklist. Built once:
/// the engine and the view look regions up on every toggle.
pub fn all() -> &'static [Region] {
    static TABLE: std::sync::OnceLock<Vec<Region>> = std::sync::OnceLock::new();
    TABLE.get_or_init(build)
}

fn build() -> Vec<Region> {
    let mut out = Vec::with_capacity(MIDLINE.len() + 2 * PAIRED.len() + 1);
    let midline = |(part, name, phrase, view, area): Part| Region {
        id: part.to_string(),
        part,
        side: Side::Middle,
        view,
        area,
        name: name.to_string(),
        phrase: phrase.to_string(),
    };
    // Head, face and neck come before the jaw; the trunk's midline parts after the shoulders.
    let (top, trunk) = MIDLINE.split_at(4);
    out.extend(top.iter().copied().map(midline));
    for &(part, name, phrase, view, area) in &PAIRED {
        if part == "upper-arm" {
            out.extend(trunk.iter().copied().map(midline));
        }
        for (side, word) in [(Side::Right, "right"), (Side::Left, "left")] {
            let capital = if word == "right" { "Right" } else { "Left" };
            out.push(Region {
                id: format!("{part}-{word}"),
                part,
                side,
                view,
                area,
                name: fill(&fill(name, "{side}", word), "{Side}", capital),
                phrase: fill(phrase, "{side}", word),
            });
        }
    }
    out.push(Region {
        id: WHOLE_BODY.to_string(),
        part: WHOLE_BODY,
        side: Side::Middle,
        view: View::Both,
        area: Area::WholeBody,
        name: "All over / whole body".to_string(),
        phrase: "all over".to_string(),
    });
    out
}

/// The region with this id.
pub fn find(id: &str) -> Option<&'static Region> {
    all().iter().find(|r| r.id == id)
}

/// True if some region has this side-free part (used to check `picker.json`).
pub fn is_part(part: &str) -> bool {
    part == WHOLE_BODY || MIDLINE.iter().any(|m| m.0 == part) || PAIRED.iter().any(|p| p.0 == part)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn all_required_ids_exist_once_with_names() {
        let regions = all();
        let ids: BTreeSet<&str> = regions.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids.len(), regions.len(), "duplicate ids");
        assert_eq!(regions.len(), 10 + 2 * 19 + 1);
        for id in [
            "head",
            "face",
            "neck-front",
            "neck-back",
            "upper-back",
            "mid-back",
            "lower-back",
            "sacrum",
            "chest",
            "abdomen",
            "whole-body",
        ] {
            assert!(ids.contains(id), "{id}");
        }
        for part in [
            "jaw",
            "trapezius",
            "shoulder",
            "upper-arm",
            "elbow",
            "forearm",
            "hand",
            "hip",
            "buttock",
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
        ] {
            assert!(ids.contains(format!("{part}-left").as_str()), "{part}-left");
            assert!(
                ids.contains(format!("{part}-right").as_str()),
                "{part}-right"
            );
        }
    }

    #[test]
    fn names_use_the_persons_own_side() {
        assert_eq!(find("calf-left").unwrap().name, "Left calf");
        assert_eq!(
            find("trapezius-right").unwrap().name,
            "Top of right shoulder"
        );
        assert_eq!(find("calf-left").unwrap().side, Side::Left);
        assert_eq!(find("lower-back").unwrap().name, "Lower back");
        assert_eq!(find("nose"), None);
    }

    #[test]
    fn order_runs_head_to_feet() {
        let areas: Vec<Area> = all().iter().map(|r| r.area).collect();
        let mut sorted = areas.clone();
        sorted.sort();
        assert_eq!(areas, sorted);
        assert_eq!(all()[0].id, "head");
        assert_eq!(all().last().unwrap().id, WHOLE_BODY);
    }
}
