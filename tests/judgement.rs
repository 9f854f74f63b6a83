//! The judgement table: what a careful massage therapist would say for each case, written from
//! the sources (not recorded from the engine), checked against the engine with the shipped
//! content. Each case says what goes in (a picker URL query: regions, complaints, duration,
//! answers), what must come first, what must and must never appear, which warnings must show
//! (and, by leaving them out, which must not), and why.
//!
//! Sources, cited by key in each case:
//! - NCCIH: NIH National Center for Complementary and Integrative Health, "Massage therapy:
//!   what you need to know" and "Massage therapy: what the science says" (short-term benefit
//!   for neck, shoulder and low back pain; cautions: blood thinners, bleeding disorders, clots,
//!   fractures, osteoporosis, wounds, recent surgery, cancer, pregnancy).
//! - NICE NG59: "Low back pain and sciatica in over 16s" (massage only alongside exercise; red
//!   flags for cauda equina and for serious causes).
//! - ACP 2017: American College of Physicians, noninvasive treatments for low back pain (massage
//!   for acute and subacute pain).
//! - Mayo: Mayo Clinic, "Massage: get in touch with its many benefits" (stress, tension
//!   headaches, TMJ pain, sports injuries; risks: bleeding disorders, blood thinners, clots,
//!   burns, wounds, fractures, osteoporosis).
//! - NHS: nhs.uk pages on back pain and cauda equina syndrome, heart attack, DVT, pulmonary
//!   embolism, headaches and giant cell arteritis, and numbness or weakness.
//! - Ernst 2009: systematic review, no good evidence that reflexology treats any condition.
//! - Cochrane CD003475: manual lymphatic drainage for lymphoedema after breast cancer treatment.
//! - Light work: head, face, front of the neck and abdomen take light work only; no deep
//!   pressure, no hot stones (therapists' standard practice; the carotid artery and the organs
//!   have no muscle in front of them to press on).
//! - Conditions: a suggestion made for a condition (pregnancy, training, lymphoedema) is made
//!   only when the visitor said so; before that, Swedish first, the gentlest and best-studied.

mod shipped;

use massage_guide::picker::engine::{Outcome, DEEP_WORK};
use massage_guide::picker::red_flags::{self, Severity};
use massage_guide::picker::regions;
use shipped::{ids, run, shipped};

/// A warning the case must show.
#[derive(Debug)]
enum W {
    /// This emergency red flag, with no suggestions at all.
    Emergency(&'static str),
    /// This see-a-doctor red flag's message.
    Doctor(&'static str),
    /// A caution containing this text.
    Caution(&'static str),
    /// This red-flag question is asked.
    Asks(&'static str),
}
use W::*;

/// One row of the table.
struct Case {
    /// What the visitor chose, in words.
    what: &'static str,
    /// The same as a picker URL query.
    query: &'static str,
    /// The first suggestion, or `None` when nothing at all may be suggested.
    first: Option<&'static str>,
    /// Massage types that must be suggested.
    has: &'static [&'static str],
    /// Massage types that must never be suggested.
    never: &'static [&'static str],
    /// Warnings that must show; emergencies, doctor notices and cautions not listed must not.
    warn: &'static [W],
    /// Why, with the source.
    why: &'static str,
}

/// Deep pressure and hot stones: never on a part that takes light work only.
const FIRM: [&str; 6] = [
    "deep-tissue",
    "trigger-point",
    "myofascial-release",
    "sports",
    "thai",
    "hot-stone",
];
/// Types made for a condition: only when the visitor said so.
const FOR_A_CONDITION: [&str; 3] = ["prenatal", "lymphatic-drainage", "sports"];

const CASES: &[Case] = &[
    // Each region group alone, before any complaint: general suggestions only.
    Case {
        what: "lower back alone",
        query: "regions=lower-back",
        first: Some("swedish"),
        has: &[],
        never: &["prenatal", "lymphatic-drainage", "sports", "deep-tissue", "hot-stone"],
        warn: &[Asks("back-nerves"), Asks("back-warning-signs")],
        why: "Conditions: nothing said about pregnancy, so no pregnancy massage; NCCIH: Swedish first",
    },
    Case {
        what: "head alone",
        query: "regions=head",
        first: Some("swedish"),
        has: &[],
        never: &FIRM,
        warn: &[],
        why: "Light work: no deep tissue and no hot stones on the head",
    },
    Case {
        what: "face alone",
        query: "regions=face",
        first: Some("swedish"),
        has: &[],
        never: &FIRM,
        warn: &[],
        why: "Light work on the face",
    },
    Case {
        what: "front of the neck alone",
        query: "regions=neck-front",
        first: Some("swedish"),
        has: &[],
        never: &FIRM,
        warn: &[Asks("chest-pain")],
        why: "Light work: no pressure over the carotid artery; NHS: neck pain can come with a heart attack",
    },
    Case {
        what: "top of the right shoulder alone",
        query: "regions=trapezius-right",
        first: Some("swedish"),
        has: &[],
        never: &["deep-tissue", "prenatal", "sports", "lymphatic-drainage"],
        warn: &[Asks("chest-pain")],
        why: "Conditions: Swedish first before a complaint; NHS: shoulder pain can come with a heart attack",
    },
    Case {
        what: "left forearm alone",
        query: "regions=forearm-left",
        first: Some("swedish"),
        has: &[],
        never: &["deep-tissue", "sports", "prenatal"],
        warn: &[Asks("new-weakness")],
        why: "Conditions: repetitive-strain work only when strain is said",
    },
    Case {
        what: "right calf alone",
        query: "regions=calf-right",
        first: Some("swedish"),
        has: &[],
        never: &["sports", "deep-tissue", "prenatal"],
        warn: &[Asks("clot"), Asks("leg-and-breathless")],
        why: "Conditions: sports massage is for training, not said here; DOMAIN: ask about clots for the calf",
    },
    Case {
        what: "left sole alone",
        query: "regions=sole-left",
        first: Some("swedish"),
        has: &[],
        never: &["reflexology", "sports"],
        warn: &[],
        why: "Ernst 2009: reflexology only when relaxation is what the visitor wants",
    },
    Case {
        what: "whole body alone",
        query: "regions=whole-body",
        first: Some("swedish"),
        has: &[],
        never: &["sports", "deep-tissue", "prenatal", "lymphatic-drainage"],
        warn: &[],
        why: "Conditions: Swedish, the gentlest, before anything is said",
    },
    Case {
        what: "chest alone",
        query: "regions=chest",
        first: Some("swedish"),
        has: &[],
        never: &DEEP_WORK,
        warn: &[Asks("chest-pain")],
        why: "NHS: chest pain is asked about first; gentle strokes only",
    },
    Case {
        what: "abdomen, tight",
        query: "regions=abdomen&complaints=tight",
        first: Some("swedish"),
        has: &[],
        never: &FIRM,
        warn: &[],
        why: "Light work on the abdomen",
    },
    Case {
        what: "head, tight",
        query: "regions=head&complaints=tight",
        first: Some("swedish"),
        has: &[],
        never: &FIRM,
        warn: &[],
        why: "Light work: a complaint does not make deep work right for the head",
    },
    // What the visitor wants.
    Case {
        what: "whole body, relaxation",
        query: "regions=whole-body&complaints=relaxation",
        first: Some("swedish"),
        has: &["hot-stone"],
        never: &["deep-tissue", "sports", "trigger-point"],
        warn: &[],
        why: "Mayo: massage for stress and relaxation; gentle work first, no deep pressure",
    },
    Case {
        what: "lower back, relaxation only",
        query: "regions=lower-back&complaints=relaxation",
        first: Some("swedish"),
        has: &["hot-stone"],
        never: &["deep-tissue", "myofascial-release", "trigger-point"],
        warn: &[Asks("back-nerves")],
        why: "Nothing hurts: deep pressure has nothing to treat",
    },
    Case {
        what: "neck and left shoulder, stress",
        query: "regions=neck-back,trapezius-left&complaints=stress",
        first: Some("swedish"),
        has: &["hot-stone", "chair"],
        never: &["deep-tissue"],
        warn: &[],
        why: "Mayo: stress; gentle work first, deep pressure never leads",
    },
    Case {
        what: "whole body, stress (shiatsu is not offered by this clinic)",
        query: "regions=whole-body&complaints=stress",
        first: Some("swedish"),
        has: &["hot-stone", "shiatsu"],
        never: &["deep-tissue"],
        warn: &[],
        why: "Mayo: stress; a type the clinic does not offer comes after those it offers",
    },
    Case {
        what: "left calf and back of right thigh, sore after exercise",
        query: "regions=calf-left,thigh-back-right&complaints=sore-after-exercise",
        first: Some("sports"),
        has: &["swedish"],
        never: &["prenatal", "hot-stone"],
        warn: &[Asks("clot")],
        why: "NCCIH: sports massage (Swedish and deep work for athletes); DOMAIN: ask about clots for the calf",
    },
    Case {
        what: "whole body, sore after exercise",
        query: "regions=whole-body&complaints=sore-after-exercise",
        first: Some("sports"),
        has: &["swedish"],
        never: &["prenatal"],
        warn: &[],
        why: "Mayo: sports injuries; NCCIH: sports massage",
    },
    Case {
        what: "whole body, relaxation and sore after exercise (two wishes that pull apart)",
        query: "regions=whole-body&complaints=sore-after-exercise,relaxation",
        first: Some("swedish"),
        has: &["sports", "hot-stone"],
        never: &["deep-tissue"],
        warn: &[],
        why: "Both wishes are heard; gentle work first, because relaxation rules out leading with deep pressure",
    },
    Case {
        what: "desk strain in the neck, both shoulders and upper back",
        query: "regions=neck-back,trapezius-right,trapezius-left,upper-back&complaints=posture",
        first: Some("swedish"),
        has: &["trigger-point", "chair"],
        never: &["sports", "prenatal"],
        warn: &[Asks("back-nerves"), Asks("chest-pain")],
        why: "NCCIH: short-term benefit for neck and shoulder pain",
    },
    Case {
        what: "tension headache, back of the neck",
        query: "regions=neck-back&complaints=headache",
        first: Some("trigger-point"),
        has: &["swedish", "chair"],
        never: &["deep-tissue", "hot-stone"],
        warn: &[Asks("sudden-headache")],
        why: "Mayo: tension headaches; NHS: a sudden severe headache is asked about first",
    },
    Case {
        what: "tension headache, head only",
        query: "regions=head&complaints=headache",
        first: Some("swedish"),
        has: &["chair"],
        never: &FIRM,
        warn: &[Asks("sudden-headache"), Asks("headache-jaw-vision")],
        why: "Mayo: tension headaches; light work on the head; NHS: giant cell arteritis signs asked",
    },
    Case {
        what: "right jaw, tight",
        query: "regions=jaw-right&complaints=tight",
        first: Some("trigger-point"),
        has: &["swedish"],
        never: &["deep-tissue", "hot-stone", "sports"],
        warn: &[Asks("chest-pain")],
        why: "Mayo: TMJ pain; NHS: jaw pain can come with a heart attack",
    },
    Case {
        what: "both feet, relaxation",
        query: "regions=foot-top-left,sole-right&complaints=relaxation",
        first: Some("swedish"),
        has: &["reflexology"],
        never: &["deep-tissue", "sports"],
        warn: &[],
        why: "Ernst 2009: reflexology may relax, treats nothing; Swedish first",
    },
    Case {
        what: "left sole, tight",
        query: "regions=sole-left&complaints=tight",
        first: Some("swedish"),
        has: &[],
        never: &["reflexology"],
        warn: &[],
        why: "Ernst 2009: reflexology is not a treatment for a complaint",
    },
    Case {
        what: "lower back, tight",
        query: "regions=lower-back&complaints=tight",
        first: Some("swedish"),
        has: &["deep-tissue", "myofascial-release"],
        never: &["prenatal", "sports"],
        warn: &[Asks("back-nerves"), Asks("serious-accident"), Asks("back-warning-signs")],
        why: "ACP 2017, NCCIH: weak, short-term benefit for low back pain; NICE NG59 red flags asked",
    },
    Case {
        what: "right forearm and hand, tight (repetitive strain)",
        query: "regions=forearm-right,hand-right&complaints=tight",
        first: Some("trigger-point"),
        has: &["deep-tissue", "swedish"],
        never: &["sports", "prenatal"],
        warn: &[],
        why: "DOMAIN: practitioners' practice for repetitive strain, little evidence (the reason says so)",
    },
    Case {
        what: "lower back, a tension headache (a complaint no rule for the back covers)",
        query: "regions=lower-back&complaints=headache",
        first: Some("swedish"),
        has: &[],
        never: &["deep-tissue", "prenatal", "trigger-point"],
        warn: &[Asks("back-nerves")],
        why: "Conditions: no rule fits, so only what suits the back in general",
    },
    Case {
        what: "lower back, tight, for more than 12 weeks",
        query: "regions=lower-back&complaints=tight&duration=over-12-weeks",
        first: Some("swedish"),
        has: &["deep-tissue"],
        never: &["prenatal"],
        warn: &[Caution("12 weeks")],
        why: "NICE NG59: massage only alongside exercise; long pain checked by a doctor too",
    },
    Case {
        what: "lower back, tingling or numbness",
        query: "regions=lower-back&complaints=numbness",
        first: Some("swedish"),
        has: &[],
        never: &["deep-tissue"],
        warn: &[Caution("nerve"), Asks("back-nerves")],
        why: "NHS: numbness can come from a nerve: checked first",
    },
    Case {
        what: "left knee, sharp pain from a new injury",
        query: "regions=knee-left&complaints=new-injury",
        first: Some("swedish"),
        has: &[],
        never: &["sports", "deep-tissue"],
        warn: &[Caution("new injury"), Asks("serious-accident")],
        why: "Mayo: massage near a new injury waits; NHS: a serious accident is asked about",
    },
    // Conditions and contraindications.
    Case {
        what: "lower back, aches in pregnancy",
        query: "regions=lower-back&complaints=pregnancy",
        first: Some("prenatal"),
        has: &[],
        never: &["hot-stone", "deep-tissue", "thai"],
        warn: &[Caution("midwife")],
        why: "NCCIH: pregnancy massage, after asking a midwife or doctor; no hot stones or deep pressure",
    },
    Case {
        what: "lower back, tight, and pregnant",
        query: "regions=lower-back&complaints=tight&yes=pregnant",
        first: Some("prenatal"),
        has: &["swedish"],
        never: &["hot-stone", "deep-tissue", "thai"],
        warn: &[Caution("midwife")],
        why: "NCCIH: pregnancy; DOMAIN: hot stone not in pregnancy",
    },
    Case {
        what: "whole body, stress, and pregnant",
        query: "regions=whole-body&complaints=stress&yes=pregnant",
        first: Some("prenatal"),
        has: &["swedish"],
        never: &["hot-stone", "thai", "deep-tissue"],
        warn: &[Caution("midwife")],
        why: "NCCIH: pregnancy; DOMAIN: hot stone not in pregnancy",
    },
    Case {
        what: "top of the left shoulder, tight, on blood thinners",
        query: "regions=trapezius-left&complaints=tight&yes=blood-thinners",
        first: Some("swedish"),
        has: &[],
        never: &DEEP_WORK,
        warn: &[Caution("blood thinners"), Asks("chest-pain")],
        why: "NCCIH, Mayo: no deep pressure with blood thinners or a bleeding disorder",
    },
    Case {
        what: "lower back, tight, after a blood clot",
        query: "regions=lower-back&complaints=tight&yes=clot-history",
        first: Some("swedish"),
        has: &[],
        never: &DEEP_WORK,
        warn: &[Caution("blood clot")],
        why: "NCCIH, Mayo: clots: light pressure, the doctor first",
    },
    Case {
        what: "left calf, sore after exercise, after a blood clot",
        query: "regions=calf-left&complaints=sore-after-exercise&yes=clot-history",
        first: None,
        has: &[],
        never: &[],
        warn: &[Caution("blood clot"), Asks("clot")],
        why: "NCCIH, Mayo: after a clot the legs are left alone unless the doctor agrees",
    },
    Case {
        what: "lower back, tight, after recent surgery",
        query: "regions=lower-back&complaints=tight&yes=recent-surgery",
        first: Some("swedish"),
        has: &[],
        never: &DEEP_WORK,
        warn: &[Caution("surgery")],
        why: "NCCIH: recent surgery: the surgeon first, light pressure",
    },
    Case {
        what: "upper back, tight, with a healing fracture or severe osteoporosis",
        query: "regions=upper-back&complaints=tight&yes=fracture-osteoporosis",
        first: Some("swedish"),
        has: &[],
        never: &DEEP_WORK,
        warn: &[Caution("fracture")],
        why: "NCCIH, Mayo: fractures and osteoporosis: no firm pressure",
    },
    Case {
        what: "lower back, tight, with a rash where it hurts",
        query: "regions=lower-back&complaints=tight&yes=skin",
        first: Some("swedish"),
        has: &["deep-tissue"],
        never: &[],
        warn: &[Caution("never on them")],
        why: "Mayo: burns, wounds and skin infections are worked around, never on",
    },
    Case {
        what: "whole body, stress, with a fever",
        query: "regions=whole-body&complaints=stress&yes=fever",
        first: Some("swedish"),
        has: &[],
        never: &[],
        warn: &[Caution("fever")],
        why: "DOMAIN: no massage with a fever; the suggestions are for later",
    },
    Case {
        what: "whole body, stress, during cancer treatment",
        query: "regions=whole-body&complaints=stress&yes=cancer-treatment",
        first: Some("swedish"),
        has: &["lymphatic-drainage"],
        never: &["hot-stone", "thai", "deep-tissue", "sports"],
        warn: &[Caution("cancer team")],
        why: "NCCIH: cancer: gentle pressure, the cancer team first; Cochrane CD003475: lymphatic drainage for lymphoedema",
    },
    Case {
        what: "left hand, swelling (no cancer treatment said)",
        query: "regions=hand-left&complaints=swelling",
        first: Some("swedish"),
        has: &[],
        never: &["lymphatic-drainage", "deep-tissue"],
        warn: &[Caution("swelling")],
        why: "Conditions: lymphatic drainage is for lymphoedema after cancer treatment, by referral; new swelling is checked first",
    },
    // Red flags: emergencies replace every suggestion; doctor's signs block the part.
    Case {
        what: "lower back with numbness around the genitals",
        query: "regions=lower-back&complaints=tight&yes=back-nerves",
        first: None,
        has: &[],
        never: &[],
        warn: &[Emergency("back-nerves")],
        why: "NICE NG59, NHS: cauda equina syndrome is an emergency",
    },
    Case {
        what: "back of the neck after a car crash",
        query: "regions=neck-back&complaints=new-injury&yes=serious-accident",
        first: None,
        has: &[],
        never: &[],
        warn: &[Emergency("serious-accident")],
        why: "NHS: pain after a serious accident goes to A&E",
    },
    Case {
        what: "chest with pain spreading to the arm",
        query: "regions=chest&yes=chest-pain",
        first: None,
        has: &[],
        never: &[],
        warn: &[Emergency("chest-pain")],
        why: "NHS: heart attack signs",
    },
    Case {
        what: "swollen left calf and breathless",
        query: "regions=calf-left&complaints=swelling&yes=leg-and-breathless",
        first: None,
        has: &[],
        never: &[],
        warn: &[Emergency("leg-and-breathless")],
        why: "NHS: a clot that has reached the lungs (pulmonary embolism)",
    },
    Case {
        what: "sudden, extremely painful headache",
        query: "regions=head&complaints=headache&yes=sudden-headache",
        first: None,
        has: &[],
        never: &[],
        warn: &[Emergency("sudden-headache")],
        why: "NHS: a sudden severe headache needs a doctor straight away",
    },
    Case {
        what: "right calf, tight, with a hot, swollen, red calf",
        query: "regions=calf-right&complaints=tight&yes=clot",
        first: None,
        has: &[],
        never: &[],
        warn: &[Doctor("clot")],
        why: "NHS: possible DVT; massage could move a clot",
    },
    Case {
        what: "left calf, swelling, nothing answered",
        query: "regions=calf-left&complaints=swelling",
        first: None,
        has: &[],
        never: &[],
        warn: &[Doctor("clot"), Asks("leg-and-breathless")],
        why: "NHS: a swollen calf is a possible clot until a doctor says otherwise",
    },
    Case {
        what: "lower back, tight, with pain worse at night",
        query: "regions=lower-back&complaints=tight&yes=back-warning-signs",
        first: None,
        has: &[],
        never: &[],
        warn: &[Doctor("back-warning-signs")],
        why: "NICE NG59, NHS: back pain with these signs is checked first",
    },
    Case {
        what: "lower back with warning signs, and the top of the left shoulder, tight",
        query: "regions=lower-back,trapezius-left&complaints=tight&yes=back-warning-signs",
        first: Some("swedish"),
        has: &[],
        never: &DEEP_WORK,
        warn: &[Doctor("back-warning-signs")],
        why: "The back waits for the doctor; the shoulder may have gentle work only",
    },
    Case {
        what: "head, headache, with jaw pain when chewing",
        query: "regions=head&complaints=headache&yes=headache-jaw-vision",
        first: None,
        has: &[],
        never: &[],
        warn: &[Doctor("headache-jaw-vision")],
        why: "NHS: giant cell arteritis signs need a doctor today",
    },
    Case {
        what: "left forearm, new numbness and weakness",
        query: "regions=forearm-left&complaints=numbness&yes=new-weakness",
        first: None,
        has: &[],
        never: &[],
        warn: &[Doctor("new-weakness"), Caution("nerve")],
        why: "NHS: new numbness or weakness is checked first",
    },
];

/// The phrases of the chosen regions, as a reason must name them.
fn phrases(query: &str) -> Vec<String> {
    let regions = query
        .split('&')
        .find_map(|p| p.strip_prefix("regions="))
        .unwrap_or_default();
    regions
        .split(',')
        .filter_map(regions::find)
        .map(|r| shipped::english().region_phrase(r.index).to_string())
        .collect()
}

/// Every way `case` is not met, in words.
fn problems(case: &Case, o: &Outcome, offered: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    let got = ids(o);
    let emergencies: Vec<&str> = o.emergencies.iter().map(|f| f.id).collect();
    let want_emergencies: Vec<&str> = case
        .warn
        .iter()
        .filter_map(|w| match w {
            Emergency(id) => Some(*id),
            _ => None,
        })
        .collect();
    if emergencies != want_emergencies {
        out.push(format!(
            "emergencies {emergencies:?}, want {want_emergencies:?}"
        ));
    }
    match case.first {
        None if !got.is_empty() => out.push(format!("nothing may be suggested, got {got:?}")),
        Some(first) if got.first() != Some(&first) => {
            out.push(format!("{first} should come first: {got:?}"))
        }
        _ => {}
    }
    for id in case.has {
        if !got.contains(id) {
            out.push(format!("{id} missing from {got:?}"));
        }
    }
    for id in case.never {
        if got.contains(id) {
            out.push(format!("{id} must never appear: {got:?}"));
        }
    }
    let doctors: Vec<&str> = case
        .warn
        .iter()
        .filter_map(|w| match w {
            Doctor(id) => red_flags::find(id).map(|f| f.id),
            _ => None,
        })
        .collect();
    let see_doctor: Vec<&str> = o.see_doctor.iter().map(|f| f.id).collect();
    if see_doctor != doctors {
        out.push(format!("see-doctor {see_doctor:?}, want {doctors:?}"));
    }
    let cautions: Vec<&str> = case
        .warn
        .iter()
        .filter_map(|w| match w {
            Caution(text) => Some(*text),
            _ => None,
        })
        .collect();
    let all_found = cautions
        .iter()
        .all(|want| o.cautions.iter().any(|c| c.contains(want)));
    if !all_found || o.cautions.len() != cautions.len() {
        out.push(format!("cautions {:?}, want {cautions:?}", o.cautions));
    }
    for w in case.warn {
        if let Asks(id) = w {
            if !o.questions.iter().any(|f| f.id == *id) {
                out.push(format!("the red flag {id} is not asked"));
            }
        }
    }
    // Nothing made for a condition appears unless the visitor said so.
    for id in FOR_A_CONDITION {
        let said = match id {
            "prenatal" => case.query.contains("pregnan"),
            "lymphatic-drainage" => case.query.contains("cancer-treatment"),
            _ => case.query.contains("sore-after-exercise"),
        };
        if got.contains(&id) && !said {
            out.push(format!("{id} appears without its condition"));
        }
    }
    // Those the clinic offers first, those it does not after, marked.
    let flags: Vec<bool> = o.suggestions.iter().map(|s| s.offered).collect();
    if flags.windows(2).any(|w| !w[0] && w[1]) {
        out.push(format!("offered and not offered are mixed: {flags:?}"));
    }
    for s in &o.suggestions {
        if s.offered != offered.contains(&s.id) {
            out.push(format!("{} marked offered = {}", s.id, s.offered));
        }
    }
    // Every reason is a whole sentence that names the visitor's own regions.
    let names = phrases(case.query);
    for reason in o.suggestions.iter().flat_map(|s| &s.reasons) {
        let whole = reason.starts_with(|c: char| c.is_ascii_uppercase())
            && reason.ends_with('.')
            && !reason.contains('{');
        let named = names.iter().any(|n| reason.contains(n.as_str()));
        if !whole || !named {
            out.push(format!(
                "reason {reason:?} is not a whole sentence naming {names:?}"
            ));
        }
    }
    out
}

#[test]
fn the_judgement_table() {
    let offered = shipped().site.offered;
    assert!(CASES.len() >= 40, "{} cases", CASES.len());
    let mut failures = Vec::new();
    for case in CASES {
        assert!(!case.why.is_empty(), "{}: say why", case.what);
        let found = problems(case, &run(case.query), &offered);
        for p in found {
            failures.push(format!("{} ({}): {p}", case.what, case.query));
        }
    }
    assert!(
        failures.is_empty(),
        "{} problems:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn the_table_covers_every_red_flag_and_contraindication() {
    for flag in red_flags::RED_FLAGS {
        let covered = CASES.iter().any(|c| {
            c.warn.iter().any(|w| match (w, flag.severity) {
                (Emergency(id), Severity::Emergency) | (Doctor(id), Severity::SeeDoctor) => {
                    *id == flag.id
                }
                _ => false,
            })
        });
        assert!(covered, "no case for the red flag {}", flag.id);
    }
    for c in shipped().rules.contraindications {
        let query = format!("yes={}", c.id);
        assert!(
            CASES.iter().any(|case| case.query.contains(&query)),
            "no case for {}",
            c.id
        );
    }
}
