//! The picker's engine with the shipped content: every region, every red flag, every
//! contraindication, whole body, empty input, ordering and the URL round trip.

mod shipped;

use massage_guide::picker::complaints::{Complaint, Duration};
use massage_guide::picker::engine::{
    evaluate, parse_query, to_query, Content, Outcome, Selection, DEEP_WORK,
};
use massage_guide::picker::red_flags::{Severity, RED_FLAGS};
use massage_guide::picker::regions;
use massage_guide::picker::rules::{PickerRules, Rule};
use shipped::{ids, run, shipped};

#[test]
fn empty_input_gives_nothing() {
    assert_eq!(run(""), Outcome::default());
    // Complaints or answers without a region are not enough to suggest anything either.
    assert_eq!(run("complaints=tight&yes=pregnant"), Outcome::default());
}

#[test]
fn every_region_alone_gets_a_suggestion_with_a_reason_naming_it() {
    for region in regions::all() {
        let complaint = if region.area == regions::Area::WholeBody {
            "stress"
        } else {
            "tight"
        };
        let o = run(&format!("regions={}&complaints={complaint}", region.id));
        assert!(!o.suggestions.is_empty(), "{}: no suggestion", region.id);
        let reason = &o.suggestions[0].reasons[0];
        let phrase = shipped::english().region_phrase(region.index).to_string();
        assert!(reason.starts_with("It "), "{}: {reason}", region.id);
        assert!(reason.ends_with('.'), "{}: {reason}", region.id);
        assert!(
            reason.contains(&phrase),
            "{}: {reason:?} should name {phrase:?}",
            region.id,
        );
        assert!(o.emergencies.is_empty());
    }
}

#[test]
fn every_contraindication_adds_its_caution() {
    let s = shipped();
    for c in &s.rules.contraindications {
        let o = run(&format!("regions=lower-back&complaints=tight&yes={}", c.id));
        assert!(
            o.cautions.contains(&c.caution),
            "{}: {:?}",
            c.id,
            o.cautions
        );
        for id in &c.avoid {
            assert!(
                !ids(&o).contains(&id.as_str()),
                "{}: {id} not removed",
                c.id
            );
        }
        // A preferred type leads its group: first of the offered, or first of the rest.
        for id in &c.prefer {
            let pos = o
                .suggestions
                .iter()
                .position(|s| &s.id == id)
                .expect("preferred type suggested");
            let offered = o.suggestions[pos].offered;
            let first = o
                .suggestions
                .iter()
                .position(|s| s.offered == offered)
                .unwrap();
            assert_eq!(pos, first, "{}: {id} should lead", c.id);
        }
    }
}

#[test]
fn every_red_flag_is_asked_where_it_applies_and_acts_when_answered() {
    for flag in RED_FLAGS {
        let query = match flag.parts.first() {
            Some(part) => {
                let id = &regions::all().iter().find(|r| r.part == *part).unwrap().id;
                format!("regions={id}&complaints=tight&yes={}", flag.id)
            }
            None => unreachable!("every flag names parts"),
        };
        let o = run(&query);
        assert!(
            o.questions.contains(&flag),
            "{}: not asked for {query}",
            flag.id
        );
        match flag.severity {
            Severity::Emergency => {
                assert_eq!(o.emergencies, vec![flag], "{}", flag.id);
                assert!(
                    o.suggestions.is_empty(),
                    "{}: emergency must replace suggestions",
                    flag.id
                );
            }
            Severity::SeeDoctor => {
                assert!(o.see_doctor.contains(&flag), "{}", flag.id);
                assert!(o.emergencies.is_empty());
                for deep in DEEP_WORK {
                    assert!(!ids(&o).contains(&deep), "{}: {deep} not removed", flag.id);
                }
            }
        }
    }
}

#[test]
fn questions_follow_the_chosen_regions_and_emergencies_come_first() {
    let asked = |q: &str| run(q).questions.iter().map(|f| f.id).collect::<Vec<_>>();
    assert_eq!(
        asked("regions=lower-back"),
        ["back-nerves", "serious-accident", "back-warning-signs"]
    );
    assert_eq!(asked("regions=chest"), ["chest-pain"]);
    assert_eq!(
        asked("regions=head&complaints=headache"),
        ["sudden-headache", "headache-jaw-vision"]
    );
    assert_eq!(
        asked("regions=calf-left&complaints=swelling"),
        ["leg-and-breathless", "clot", "new-weakness"]
    );
    assert!(asked("regions=sole-right")
        .iter()
        .all(|id| *id == "new-weakness"));
    for q in [
        "regions=lower-back",
        "regions=chest",
        "regions=calf-left&complaints=swelling",
    ] {
        let o = run(q);
        let severities: Vec<Severity> = o.questions.iter().map(|f| f.severity).collect();
        let mut sorted = severities.clone();
        sorted.sort();
        assert_eq!(severities, sorted, "{q}");
    }
}

#[test]
fn calf_with_swelling_warns_of_a_clot_before_any_answer() {
    let o = run("regions=calf-left&complaints=swelling");
    let clot = RED_FLAGS.iter().find(|f| f.id == "clot").unwrap();
    assert_eq!(o.see_doctor, vec![clot]);
    for deep in DEEP_WORK {
        assert!(!ids(&o).contains(&deep));
    }
    // No massage for the leg until a doctor has seen it; the back may still be suggested for.
    assert!(o.suggestions.is_empty(), "{:?}", ids(&o));
    let o = run("regions=lower-back,calf-left&complaints=tight,swelling");
    assert!(!o.suggestions.is_empty());
    for s in &o.suggestions {
        assert!(
            s.reasons.iter().all(|r| !r.contains("calf")),
            "{:?}",
            s.reasons
        );
    }
    // Swelling elsewhere is not a clot sign.
    assert!(run("regions=hand-left&complaints=swelling")
        .see_doctor
        .is_empty());
}

#[test]
fn numbness_new_injury_and_long_pain_raise_cautions() {
    let o = run("regions=lower-back&complaints=numbness");
    assert!(
        o.cautions.iter().any(|c| c.contains("nerve")),
        "{:?}",
        o.cautions
    );
    let o = run("regions=knee-left&complaints=new-injury");
    assert!(
        o.cautions.iter().any(|c| c.contains("new injury")),
        "{:?}",
        o.cautions
    );
    let o = run("regions=lower-back&complaints=tight&duration=over-12-weeks");
    assert!(
        o.cautions.iter().any(|c| c.contains("12 weeks")),
        "{:?}",
        o.cautions
    );
    assert!(
        run("regions=lower-back&complaints=tight&duration=under-6-weeks")
            .cautions
            .is_empty()
    );
}

#[test]
fn offered_types_come_first_and_order_is_deterministic() {
    let o = run("regions=whole-body&complaints=stress");
    let offered: Vec<bool> = o.suggestions.iter().map(|s| s.offered).collect();
    let mut sorted = offered.clone();
    sorted.sort_by(|a, b| b.cmp(a));
    assert_eq!(offered, sorted, "offered first");
    assert!(
        o.suggestions
            .iter()
            .any(|s| s.id == "shiatsu" && !s.offered),
        "not-offered types stay, last"
    );
    for _ in 0..5 {
        assert_eq!(run("regions=whole-body&complaints=stress"), o);
    }
    // Reasons name every matched region, head to feet, whatever the click order was.
    let o = run("regions=lower-back,trapezius-right&complaints=tight");
    let swedish = o.suggestions.iter().find(|s| s.id == "swedish").unwrap();
    assert_eq!(
        swedish.reasons,
        [
            "It may ease tight, tense muscles in the top of your right shoulder.",
            "It may give short-term relief to tight, sore muscles in your lower back, best alongside exercise.",
        ]
    );
}

#[test]
fn url_round_trips_and_ignores_unknown_ids() {
    let s = shipped();
    let (sel, unknown) = parse_query(
        "?regions=calf-left,lower-back,elbow-middle&complaints=tight,swelling,itchy&duration=6-12-weeks&yes=pregnant,clot,nonsense&colour=red",
        &s.rules,
    );
    assert_eq!(unknown, ["elbow-middle", "itchy", "nonsense", "colour"]);
    assert_eq!(
        sel.regions.iter().collect::<Vec<_>>(),
        ["calf-left", "lower-back"]
    );
    assert_eq!(
        sel.complaints.iter().copied().collect::<Vec<_>>(),
        [Complaint::Tight, Complaint::Swelling]
    );
    assert_eq!(sel.duration, Some(Duration::SixToTwelveWeeks));
    let query = to_query(&sel);
    assert_eq!(
        query,
        "regions=lower-back,calf-left&complaints=tight,swelling&duration=6-12-weeks&yes=clot,pregnant"
    );
    assert_eq!(parse_query(&query, &s.rules), (sel, vec![]));
    assert_eq!(to_query(&Selection::default()), "");
}

#[test]
fn toggle_ticks_and_unticks() {
    let mut set = massage_guide::picker::set::Set::new();
    massage_guide::picker::engine::toggle(&mut set, "calf-left");
    assert!(set.contains("calf-left"));
    massage_guide::picker::engine::toggle(&mut set, "calf-left");
    assert!(set.is_empty());
}

/// The engine with the shipped content, except for the rules.
fn run_with(rules: &PickerRules, query: &str) -> Outcome {
    let s = shipped();
    let (selection, _) = parse_query(query, rules);
    evaluate(
        &selection,
        &Content {
            rules,
            types: &s.catalogue.cards(),
            site: &s.site,
            words: &shipped::english(),
        },
    )
}

#[test]
fn content_cannot_put_deep_work_on_light_parts_or_condition_types_without_their_condition() {
    let mut rules = shipped().rules;
    rules.rules.insert(
        0,
        Rule {
            parts: vec!["head".into(), "abdomen".into(), "lower-back".into()],
            complaints: vec!["tight".into()],
            suggest: vec![
                "prenatal".into(),
                "lymphatic-drainage".into(),
                "deep-tissue".into(),
                "hot-stone".into(),
            ],
            reason: "It is a test {where}.".into(),
        },
    );
    let o = run_with(&rules, "regions=head,abdomen&complaints=tight");
    for id in ["prenatal", "lymphatic-drainage", "deep-tissue", "hot-stone"] {
        assert!(!ids(&o).contains(&id), "{id}: {:?}", ids(&o));
    }
    // On the lower back the same rule may give deep work, but still no condition's type.
    let o = run_with(&rules, "regions=head,lower-back&complaints=tight");
    let deep = o
        .suggestions
        .iter()
        .find(|s| s.id == "deep-tissue")
        .unwrap();
    assert_eq!(deep.reasons[0], "It is a test in your lower back.");
    assert!(!ids(&o).contains(&"prenatal"));
    // With the condition said, its type comes first.
    let o = run_with(&rules, "regions=lower-back&complaints=tight&yes=pregnant");
    assert_eq!(ids(&o).first(), Some(&"prenatal"));
    // A type two conditions prefer comes with either of them.
    let mut rules = shipped().rules;
    let cancer = rules
        .contraindications
        .iter_mut()
        .find(|c| c.id == "cancer-treatment")
        .unwrap();
    cancer.prefer.push("prenatal".into());
    let o = run_with(&rules, "regions=lower-back&complaints=tight&yes=pregnant");
    assert_eq!(ids(&o).first(), Some(&"prenatal"), "{:?}", ids(&o));
}

#[test]
fn health_questions_are_asked_when_their_answer_would_change_the_suggestions() {
    let asked = |q: &str| run(q).conditions;
    let every: Vec<String> = shipped()
        .rules
        .contraindications
        .iter()
        .map(|c| c.id.clone())
        .collect();
    // Deep work is on offer: every question matters.
    assert_eq!(asked("regions=lower-back&complaints=tight"), every);
    // Gentle work only: blood thinners, surgery and fractures change nothing.
    assert_eq!(
        asked("regions=sole-left&complaints=relaxation"),
        ["pregnant", "skin", "fever", "cancer-treatment"]
    );
    // After a clot the legs are left alone, so that question matters for a calf.
    assert!(asked("regions=calf-left").contains(&"clot-history".to_string()));
    // An answered question stays, so that it can be unticked.
    assert!(
        asked("regions=sole-left&complaints=relaxation&yes=blood-thinners")
            .contains(&"blood-thinners".to_string())
    );
    assert!(asked("").is_empty());
}

#[test]
fn the_figure_opens_on_the_side_of_the_chosen_regions() {
    let s = shipped();
    let back = |q: &str| parse_query(q, &s.rules).0.opens_on_back();
    assert!(back("regions=lower-back,calf-left"));
    assert!(!back("regions=lower-back,knee-left"), "both sides: front");
    assert!(!back("regions=shoulder-left"), "on both figures: front");
    assert!(!back("regions=whole-body"));
    assert!(!back(""));
}
