//! The body regions a visitor can mark, head to feet, with the person's own left and right.

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

    /// Stable id, the key of its heading in the locale files.
    pub fn id(self) -> &'static str {
        match self {
            Area::HeadNeck => "head-neck",
            Area::Trunk => "trunk",
            Area::Arms => "arms",
            Area::Legs => "legs",
            Area::Feet => "feet",
            Area::WholeBody => "whole-body",
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
    /// Its place in `all()`, where the locale files' names are (`Words::region`).
    pub index: usize,
}

/// Midline parts: (part, view, area). Their names are in the locale files (`locale`).
type Part = (&'static str, View, Area);

const MIDLINE: [Part; 10] = [
    ("head", View::Both, Area::HeadNeck),
    ("face", View::Front, Area::HeadNeck),
    ("neck-front", View::Front, Area::HeadNeck),
    ("neck-back", View::Back, Area::HeadNeck),
    ("chest", View::Front, Area::Trunk),
    ("abdomen", View::Front, Area::Trunk),
    ("upper-back", View::Back, Area::Trunk),
    ("mid-back", View::Back, Area::Trunk),
    ("lower-back", View::Back, Area::Trunk),
    ("sacrum", View::Back, Area::Trunk),
];

/// Paired parts, head to feet.
const PAIRED: [Part; 19] = [
    ("jaw", View::Front, Area::HeadNeck),
    ("trapezius", View::Back, Area::Trunk),
    ("shoulder", View::Both, Area::Trunk),
    ("upper-arm", View::Both, Area::Arms),
    ("elbow", View::Both, Area::Arms),
    ("forearm", View::Both, Area::Arms),
    ("hand", View::Both, Area::Arms),
    ("hip", View::Front, Area::Legs),
    ("buttock", View::Back, Area::Legs),
    ("thigh-front", View::Front, Area::Legs),
    ("thigh-inner", View::Front, Area::Legs),
    ("thigh-back", View::Back, Area::Legs),
    ("knee", View::Front, Area::Legs),
    ("knee-back", View::Back, Area::Legs),
    ("shin", View::Front, Area::Legs),
    ("calf", View::Back, Area::Legs),
    ("ankle", View::Both, Area::Feet),
    ("foot-top", View::Front, Area::Feet),
    ("sole", View::Back, Area::Feet),
];

/// How many regions there are: every midline part, each paired part on both sides, all over.
pub const COUNT: usize = MIDLINE.len() + 2 * PAIRED.len() + 1;

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
    let mut out: Vec<Region> = Vec::with_capacity(MIDLINE.len() + 2 * PAIRED.len() + 1);
    let mut push = |id: String, part, side, view, area| {
        let index = out.len();
        out.push(Region {
            id,
            part,
            side,
            view,
            area,
            index,
        });
    };
    // Head, face and neck come before the jaw; the trunk's midline parts after the shoulders.
    let (top, trunk) = MIDLINE.split_at(4);
    for &(part, view, area) in top {
        push(part.to_string(), part, Side::Middle, view, area);
    }
    for &(part, view, area) in &PAIRED {
        if part == "upper-arm" {
            for &(part, view, area) in trunk {
                push(part.to_string(), part, Side::Middle, view, area);
            }
        }
        for (side, word) in [(Side::Right, "right"), (Side::Left, "left")] {
            push(format!("{part}-{word}"), part, side, view, area);
        }
    }
    push(
        WHOLE_BODY.to_string(),
        WHOLE_BODY,
        Side::Middle,
        View::Both,
        Area::WholeBody,
    );
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
    fn sides_are_the_persons_own_and_indexes_are_places() {
        assert_eq!(find("calf-left").unwrap().side, Side::Left);
        assert_eq!(find("trapezius-right").unwrap().side, Side::Right);
        assert_eq!(find("nose"), None);
        for (i, r) in all().iter().enumerate() {
            assert_eq!(r.index, i, "{}", r.id);
        }
    }

    #[test]
    fn areas_are_in_declaration_order() {
        for (i, a) in Area::ALL.iter().enumerate() {
            assert_eq!(*a as usize, i);
        }
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
