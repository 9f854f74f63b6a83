//! The picker's decision: a pure function from what the visitor chose and the clinic's content
//! to red flags, cautions and ranked suggestions, each with its reasons. No DOM, no clock, no
//! randomness: the same input always gives the same output in the same order.

use super::complaints::{Complaint, Duration};
use super::red_flags::{RedFlag, Severity, RED_FLAGS};
use super::regions::{self, Region};
use super::rules::{Contraindication, PickerRules};
use super::set::Set;
use crate::content::{Site, TypeCard};
use crate::locale::{Key, Words};
use crate::text::fill;

/// Massage types that press deep; removed whenever a see-a-doctor sign is present. Built in,
/// like the red flags, so that content cannot weaken it.
pub const DEEP_WORK: [&str; 5] = [
    "deep-tissue",
    "trigger-point",
    "myofascial-release",
    "sports",
    "thai",
];

/// Parts that take light work only: no deep work and no hot stones there, whatever the rules
/// say (the front of the neck has the carotid artery, the abdomen the organs).
pub const LIGHT_ONLY: [&str; 4] = ["head", "face", "neck-front", "abdomen"];

/// Deep work or hot stones: never on a `LIGHT_ONLY` part.
fn firm(id: &str) -> bool {
    id == "hot-stone" || DEEP_WORK.contains(&id)
}

/// What the visitor chose. Ids only, so it round-trips through the URL.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Selection {
    /// Region ids, e.g. `calf-left`.
    pub regions: Set<String>,
    /// Complaints chosen.
    pub complaints: Set<Complaint>,
    /// How long it has been going on, if said.
    pub duration: Option<Duration>,
    /// Ids of red flags and contraindications answered "yes".
    pub yes: Set<String>,
}

/// One suggested massage type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suggestion {
    /// Massage type id.
    pub id: String,
    /// Whether this clinic offers it (those that are not come last, marked "not offered here").
    pub offered: bool,
    /// Higher is a better match; only for ordering.
    pub score: u32,
    /// Why, in plain words, e.g. "may ease tight, tense muscles in your lower back".
    pub reasons: Vec<String>,
}

/// The engine's answer.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Outcome {
    /// Emergency signs answered yes: shown first, and there are no suggestions.
    pub emergencies: Vec<&'static RedFlag>,
    /// See-a-doctor signs, whose messages go above the suggestions; deep work is removed, and
    /// the parts the sign is about get no suggestion at all.
    pub see_doctor: Vec<&'static RedFlag>,
    /// Other things to know before booking.
    pub cautions: Vec<String>,
    /// Red-flag questions that apply to this selection, emergencies first.
    pub questions: Vec<&'static RedFlag>,
    /// Ids of the health questions (`picker.json`'s contraindications) worth asking: those
    /// whose "yes" would change what is shown, and those answered yes.
    pub conditions: Vec<String>,
    /// Ranked suggestions: offered types first, then the rest; best match first within each.
    pub suggestions: Vec<Suggestion>,
}

/// The content the engine reads.
pub struct Content<'a> {
    /// The clinic's rules.
    pub rules: &'a PickerRules,
    /// Every massage type, in the catalogue's order (for their order and existence).
    pub types: &'a [TypeCard],
    /// The clinic (for the types it offers).
    pub site: &'a Site,
    /// The visitor's language, for the sentences the engine composes.
    pub words: &'a Words,
}

/// Adds `item` to `set`, or removes it if it is there: one tick of a checkbox.
pub fn toggle<T: Ord>(set: &mut Set<T>, item: T) {
    if !set.remove(&item) {
        set.insert(item);
    }
}

impl Selection {
    /// The selected regions that exist, head to feet.
    pub fn regions(&self) -> Vec<&'static Region> {
        regions::all()
            .iter()
            .filter(|r| self.regions.contains(&r.id))
            .collect()
    }

    /// Whether the body map should open on its back view: when every chosen region is drawn
    /// on the back only (a shared link to a sore lower back); the front otherwise.
    pub fn opens_on_back(&self) -> bool {
        let chosen = self.regions();
        !chosen.is_empty() && chosen.iter().all(|r| r.view == regions::View::Back)
    }

    /// True when a contraindication or red flag was answered yes.
    pub fn said_yes(&self, id: &str) -> bool {
        self.yes.contains(id)
    }
}

/// "in your lower back and the top of your right shoulder", or "all over" (the locale's
/// `list.where` around its own phrases, joined its way).
fn where_phrase(matched: &[&Region], words: &Words) -> String {
    if matched.iter().any(|r| r.id == regions::WHOLE_BODY) {
        return words.t(Key::AllOver).into();
    }
    let phrases: Vec<String> = matched
        .iter()
        .map(|r| words.region_phrase(r.index).to_string())
        .collect();
    words.fill(Key::WherePlaces, "{places}", &words.join(&phrases))
}

/// A reason from its content template: `{where}` names the regions it is about.
fn sentence(template: &str, matched: &[&Region], words: &Words) -> String {
    fill(template, "{where}", &where_phrase(matched, words))
}

/// Decides what to show for `selection`.
pub fn evaluate(selection: &Selection, content: &Content) -> Outcome {
    let chosen = selection.regions();
    let words = content.words;
    let mut out = Outcome::default();
    if chosen.is_empty() {
        return out;
    }
    // `extend`, not `collect`: collecting sorts, and each sort adds KB of wasm.
    let mut parts: Set<&str> = Set::new();
    parts.extend(chosen.iter().map(|r| r.part));
    let has = |c: Complaint| selection.complaints.contains(&c);

    // Red flags: which apply, and which were answered yes.
    let mut flags: Vec<&'static RedFlag> = RED_FLAGS
        .iter()
        .filter(|f| {
            f.parts.iter().any(|p| parts.contains(p)) || f.complaints.iter().any(|c| has(*c))
        })
        .collect();
    crate::sort::sort_by(&mut flags, |a, b| a.severity < b.severity);
    out.questions = flags.clone();
    // Parts a doctor should see first get no massage suggestion at all.
    let mut blocked: Set<&str> = Set::new();
    for flag in flags.iter().filter(|f| selection.said_yes(f.id)) {
        match flag.severity {
            Severity::Emergency => out.emergencies.push(flag),
            Severity::SeeDoctor => {
                out.see_doctor.push(flag);
                blocked.extend(flag.parts.iter().copied());
            }
        }
    }
    // A swollen calf or thigh is a possible clot until a doctor says otherwise: warn unasked.
    let clot = super::red_flags::find("clot").expect("built-in flag");
    let leg_swelling = has(Complaint::Swelling) && clot.parts.iter().any(|p| parts.contains(p));
    if leg_swelling && !out.see_doctor.iter().any(|f| f.id == clot.id) {
        out.see_doctor.push(clot);
        blocked.extend(clot.parts.iter().copied());
    }
    if !out.emergencies.is_empty() {
        // Only the emergency matters now.
        out.see_doctor.clear();
        return out;
    }

    if has(Complaint::Numbness) {
        out.cautions.push(words.t(Key::CautionNumbness).into());
    }
    if has(Complaint::NewInjury) {
        out.cautions.push(words.t(Key::CautionInjury).into());
    }
    if has(Complaint::Swelling) && !leg_swelling {
        out.cautions.push(words.t(Key::CautionSwelling).into());
    }
    if selection.duration == Some(Duration::OverTwelveWeeks) {
        out.cautions.push(words.t(Key::CautionLong).into());
    }

    // Contraindications answered yes (or implied by a complaint). The types one prefers are
    // made for its condition: suggested only when it applies.
    let active = |c: &Contraindication| {
        selection.said_yes(&c.id)
            || c.complaint
                .as_deref()
                .and_then(Complaint::from_id)
                .is_some_and(has)
    };
    let mut avoid: Set<&str> = Set::new();
    if !out.see_doctor.is_empty() {
        avoid.extend(DEEP_WORK);
    }
    let mut for_condition: Set<&str> = Set::new();
    for c in &content.rules.contraindications {
        if active(c) {
            out.cautions.push(c.caution.clone());
            avoid.extend(c.avoid.iter().map(String::as_str));
            blocked.extend(c.avoid_parts.iter().map(String::as_str));
        } else {
            for_condition.extend(c.prefer.iter().map(String::as_str));
        }
    }
    // A type another condition that applies prefers stays.
    for c in content.rules.contraindications.iter().filter(|c| active(c)) {
        for id in &c.prefer {
            for_condition.remove(id.as_str());
        }
    }
    let open: Vec<&Region> = chosen
        .iter()
        .filter(|r| !blocked.contains(r.part))
        .cloned()
        .collect();

    // Score; earlier in a rule's list scores higher.
    let mut scored: Vec<Suggestion> = Vec::new();
    let mut add =
        |id: &str, score: u32, reason: String| match scored.iter_mut().find(|s| s.id == id) {
            Some(s) => {
                s.score += score;
                if !s.reasons.contains(&reason) {
                    s.reasons.push(reason);
                }
            }
            None => scored.push(Suggestion {
                id: id.to_string(),
                offered: false,
                score,
                reasons: vec![reason],
            }),
        };
    if !open.is_empty() {
        for c in content.rules.contraindications.iter().filter(|c| active(c)) {
            let reason = sentence(c.prefer_reason.as_deref().unwrap_or_default(), &open, words);
            for id in &c.prefer {
                add(id, 100, reason.clone());
            }
        }
    }
    // Rules for a chosen complaint first; then general rules (no complaints) for the regions
    // none of those covered.
    let mut covered: Set<&str> = Set::new();
    for general in [false, true] {
        for rule in content
            .rules
            .rules
            .iter()
            .filter(|r| r.complaints.is_empty() == general)
        {
            let applies = general
                || rule
                    .complaints
                    .iter()
                    .filter_map(|c| Complaint::from_id(c))
                    .any(has);
            if !applies {
                continue;
            }
            let n = rule.suggest.len() as u32;
            for (i, id) in rule.suggest.iter().enumerate() {
                let here: Vec<&Region> = open
                    .iter()
                    .filter(|r| rule.parts.iter().any(|p| p == r.part))
                    .filter(|r| !(general && covered.contains(r.id.as_str())))
                    .filter(|r| !(firm(id) && LIGHT_ONLY.contains(&r.part)))
                    .cloned()
                    .collect();
                if here.is_empty() {
                    continue;
                }
                if !general {
                    covered.extend(here.iter().map(|r| r.id.as_str()));
                }
                add(id, n - i as u32, sentence(&rule.reason, &here, words));
            }
        }
    }

    // Drop what does not exist or is for a condition not said. A health question is worth
    // asking when its "yes" would change that list: it removes a type or a part on it, adds a
    // type, or its caution is about any massage.
    let position = |id: &str| content.types.iter().position(|t| t.id == id);
    scored.retain(|s| position(&s.id).is_some() && !for_condition.contains(s.id.as_str()));
    if !open.is_empty() {
        for c in &content.rules.contraindications {
            let matters = active(c)
                || !c.prefer.is_empty()
                || (c.avoid.is_empty() && c.avoid_parts.is_empty())
                || c.avoid.iter().any(|t| scored.iter().any(|s| &s.id == t))
                || c.avoid_parts.iter().any(|p| parts.contains(p.as_str()));
            if matters {
                out.conditions.push(c.id.clone());
            }
        }
    }
    // Rank offered first, then score, then the catalogue's order so that ties are stable.
    scored.retain(|s| !avoid.contains(s.id.as_str()));
    for s in &mut scored {
        s.offered = content.site.offered.contains(&s.id);
    }
    crate::sort::sort_by(&mut scored, |a, b| {
        b.offered
            .cmp(&a.offered)
            .then(b.score.cmp(&a.score))
            .then(position(&a.id).cmp(&position(&b.id)))
            .is_lt()
    });
    out.suggestions = scored;
    out
}

/// Reads a selection from a URL query such as
/// `regions=lower-back,calf-left&complaints=tight&duration=under-6-weeks&yes=pregnant`.
/// Unknown ids are dropped and returned, so the view can say they were ignored.
pub fn parse_query(query: &str, rules: &PickerRules) -> (Selection, Vec<String>) {
    let mut selection = Selection::default();
    let mut unknown = Vec::new();
    for pair in query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
    {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let ids = value.split(',').filter(|v| !v.is_empty());
        match key {
            "regions" => {
                for id in ids {
                    if regions::find(id).is_some() {
                        selection.regions.insert(id.to_string());
                    } else {
                        unknown.push(id.to_string());
                    }
                }
            }
            "complaints" => {
                for id in ids {
                    match Complaint::from_id(id) {
                        Some(c) => {
                            selection.complaints.insert(c);
                        }
                        None => unknown.push(id.to_string()),
                    }
                }
            }
            "duration" => match Duration::from_id(value) {
                Some(d) => selection.duration = Some(d),
                None if value.is_empty() => {}
                None => unknown.push(value.to_string()),
            },
            "yes" => {
                for id in ids {
                    let known = super::red_flags::find(id).is_some()
                        || rules.contraindications.iter().any(|c| c.id == id);
                    if known {
                        selection.yes.insert(id.to_string());
                    } else {
                        unknown.push(id.to_string());
                    }
                }
            }
            other => unknown.push(other.to_string()),
        }
    }
    (selection, unknown)
}

/// The query string for a selection (without `?`); empty parts are left out. Region ids come
/// out head to feet, so equal selections give equal URLs.
pub fn to_query(selection: &Selection) -> String {
    let mut parts = Vec::new();
    let regions: Vec<String> = selection
        .regions()
        .into_iter()
        .map(|r| r.id.clone())
        .collect();
    if !regions.is_empty() {
        parts.push(format!("regions={}", regions.join(",")));
    }
    let complaints: Vec<&str> = selection.complaints.iter().map(|c| c.id()).collect();
    if !complaints.is_empty() {
        parts.push(format!("complaints={}", complaints.join(",")));
    }
    if let Some(d) = selection.duration {
        parts.push(format!("duration={}", d.id()));
    }
    if !selection.yes.is_empty() {
        parts.push(format!(
            "yes={}",
            selection.yes.iter().cloned().collect::<Vec<_>>().join(",")
        ));
    }
    parts.join("&")
}
