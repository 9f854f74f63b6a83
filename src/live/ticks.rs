//! The picker's controls, found once (and again in each part put in): each remembers what it
//! shows, so that a change sets only what differs and reads nothing back from the page. On a
//! slow phone a toggle then costs a few calls into the page, not one per control.

use super::all;
use crate::picker::complaints::{Complaint, Duration};
use crate::picker::engine::{Outcome, Selection};
use crate::picker::regions::WHOLE_BODY;
use crate::text::aria;
use std::cell::Cell;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement};

/// What a control stands for.
enum Kind {
    /// A region on a figure (`aria-checked`).
    Region,
    /// The map/list switch's "list" button, or the other (`aria-pressed`).
    List(bool),
    /// The figure's back button, or the front one (`aria-pressed`).
    Back(bool),
    /// "All over".
    WholeBody,
    /// A region in the checklist.
    RegionBox,
    Complaint(Complaint),
    Duration(Duration),
    /// A red flag's question (shown when the engine asks it).
    Flag,
    /// A health question (shown when it matters).
    Condition,
}

/// One control.
pub(super) struct Tick {
    el: Element,
    kind: Kind,
    /// Its region or question id.
    value: String,
    /// A question's list item, hidden while it is not asked.
    row: Option<Element>,
    /// Whether it shows as on (checked, pressed), and its row as asked.
    shown: Cell<(bool, bool)>,
}

/// Every control in `within`, with what it shows now.
pub(super) fn collect(within: &Element, out: &mut Vec<Tick>) {
    let attr = |e: &Element, name: &str| e.get_attribute(name).unwrap_or_default();
    for el in all(within, "[data-region], [data-mode], [data-side]") {
        let (kind, state) = if el.has_attribute("data-region") {
            (Kind::Region, "aria-checked")
        } else if el.has_attribute("data-mode") {
            (Kind::List(attr(&el, "data-mode") == "list"), "aria-pressed")
        } else {
            (Kind::Back(attr(&el, "data-side") == "back"), "aria-pressed")
        };
        let on = attr(&el, state) == "true";
        out.push(Tick {
            value: attr(&el, "data-region"),
            kind,
            row: None,
            shown: Cell::new((on, true)),
            el,
        });
    }
    for el in all(within, "input") {
        let input: &HtmlInputElement = el.unchecked_ref();
        let value = input.value();
        let kind = match input.name().as_str() {
            "whole-body" => Kind::WholeBody,
            "region" => Kind::RegionBox,
            "complaint" => match Complaint::from_id(&value) {
                Some(c) => Kind::Complaint(c),
                None => continue,
            },
            "duration" => match Duration::from_id(&value) {
                Some(d) => Kind::Duration(d),
                None => continue,
            },
            "yes" if input.closest(".safety").ok().flatten().is_some() => Kind::Flag,
            "yes" => Kind::Condition,
            _ => continue,
        };
        let row = matches!(kind, Kind::Flag | Kind::Condition)
            .then(|| input.closest("li").ok().flatten())
            .flatten();
        let asked = row.as_ref().is_none_or(|r| !r.has_attribute("hidden"));
        out.push(Tick {
            shown: Cell::new((input.checked(), asked)),
            el,
            kind,
            value,
            row,
        });
    }
}

impl Tick {
    /// Shows `s` (and whether the questions are asked, from `o`; without it, questions are
    /// left as they are); `list` and `back` are the switches' positions.
    pub(super) fn show(&self, s: &Selection, o: Option<&Outcome>, list: bool, back: bool) {
        let v = self.value.as_str();
        let (on, asked) = match self.kind {
            Kind::Region | Kind::RegionBox => (s.regions.contains(v), true),
            Kind::List(is) => (is == list, true),
            Kind::Back(is) => (is == back, true),
            Kind::WholeBody => (s.regions.contains(WHOLE_BODY), true),
            Kind::Complaint(c) => (s.complaints.contains(&c), true),
            Kind::Duration(d) => (s.duration == Some(d), true),
            Kind::Flag | Kind::Condition if o.is_none() => return,
            Kind::Flag => (
                s.yes.contains(v),
                o.is_some_and(|o| o.questions.iter().any(|q| q.id == v)),
            ),
            Kind::Condition => (
                s.yes.contains(v),
                o.is_some_and(|o| o.conditions.iter().any(|c| c == v)),
            ),
        };
        let (was_on, was_asked) = self.shown.get();
        match self.kind {
            Kind::Region if on != was_on => {
                let _ = self.el.set_attribute("aria-checked", aria(on));
            }
            Kind::List(_) | Kind::Back(_) if on != was_on => {
                let _ = self.el.set_attribute("aria-pressed", aria(on));
            }
            Kind::Region | Kind::List(_) | Kind::Back(_) => {}
            // A click has already ticked the box itself: its own state is the one to compare.
            _ => {
                let input: &HtmlInputElement = self.el.unchecked_ref();
                if input.checked() != on {
                    input.set_checked(on);
                }
            }
        }
        if let Some(row) = self.row.as_ref().filter(|_| asked != was_asked) {
            let _ = row.toggle_attribute_with_force("hidden", !asked);
        }
        self.shown.set((on, asked));
    }
}
