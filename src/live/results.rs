//! What the engine decided, shown: the emergency box above everything, and the result column
//! (its live summary, doctor notices, cautions and ranked cards), from the components'
//! templates.

use super::{el, State};
use crate::locale::Key;
use crate::picker::engine::{Outcome, Suggestion};
use crate::picker::red_flags::{say, RedFlag};
use crate::text::fill;
use web_sys::Element;

/// A piece of the result column, by what it shows: one that shows the same stays in place.
#[derive(PartialEq)]
pub(super) enum Piece {
    Hidden,
    Empty,
    Doctor(Vec<&'static str>),
    Cautions(Vec<String>),
    MayChange,
    Nothing,
    Offered,
    OtherTitle,
    Other,
}

impl State {
    /// Each flag's message as a paragraph, put into `part` after its heading.
    fn messages(&self, part: &Element, flags: &[&RedFlag]) {
        let after = part.first_element_child().and_then(|h| h.next_sibling());
        for f in flags {
            let p = el("p", "", &say(f, self.words, self.help.as_ref()));
            let _ = part.insert_before(&p, after.as_ref());
        }
    }

    /// The urgent message at the top when an emergency sign is chosen; kept as it is while the
    /// signs stay the same, so that it is not announced again.
    pub(super) fn emergency(&self, o: &Outcome) {
        // Only ever the picker's first element.
        let old = self
            .root
            .first_element_child()
            .filter(|e| e.class_list().contains("emergency"));
        let same = self
            .now
            .borrow()
            .outcome
            .as_ref()
            .map(|was| &was.emergencies)
            == Some(&o.emergencies);
        if same && old.is_some() {
            return;
        }
        if let Some(old) = old {
            old.remove();
        }
        if o.emergencies.is_empty() {
            return;
        }
        if let Some(part) = self.part("[data-part=emergency]") {
            self.messages(&part, &o.emergencies);
            let _ = self.root.prepend_with_node_1(&part);
        }
    }

    /// The result column's summary for screen readers, and what it shows.
    pub(super) fn results(&self, o: &Outcome) {
        let w = self.words;
        if let Some(live) = &self.nodes.summary {
            // Unchanged, it is not said again.
            let summary = self.summary(o);
            if live.text_content().as_deref() != Some(summary.as_str()) {
                live.set_text_content(Some(&summary));
            }
        }
        let Some(body) = &self.nodes.body else {
            return;
        };
        // Each piece by what it shows: one that stays the same stays in place, so that a tap
        // relays out only what changed.
        let mut pieces: Vec<(Piece, Element)> = Vec::new();
        let mut kept = std::mem::take(&mut self.now.borrow_mut().pieces);
        // What is no longer shown goes in `place`.
        let mut piece = |key: Piece, make: &dyn Fn() -> Element| {
            let e = match kept.iter().position(|(k, _)| *k == key) {
                Some(i) => kept.swap_remove(i).1,
                None => make(),
            };
            pieces.push((key, e.clone()));
            e
        };
        if !o.emergencies.is_empty() {
            piece(Piece::Hidden, &|| {
                el("p", "empty-state", w.t(Key::ResultsHidden))
            });
        } else if o.suggestions.is_empty() && o.see_doctor.is_empty() && o.cautions.is_empty() {
            piece(Piece::Empty, &|| {
                el("p", "empty-state", w.t(Key::ResultsEmpty))
            });
        } else {
            if !o.see_doctor.is_empty() {
                let ids = o.see_doctor.iter().map(|f| f.id).collect();
                piece(Piece::Doctor(ids), &|| {
                    let part = self
                        .part("[data-part=doctor]")
                        .unwrap_or_else(|| el("div", "", ""));
                    self.messages(&part, &o.see_doctor);
                    part
                });
            }
            if !o.cautions.is_empty() {
                piece(Piece::Cautions(o.cautions.clone()), &|| {
                    let div = el("div", "cautions", "");
                    let _ = div.append_child(&el("h3", "", w.t(Key::BeforeBook)));
                    let ul = el("ul", "", "");
                    for c in &o.cautions {
                        let _ = ul.append_child(&el("li", "", c));
                    }
                    let _ = div.append_child(&ul);
                    div
                });
            }
            if !o.suggestions.is_empty() && !o.conditions.is_empty() {
                piece(Piece::MayChange, &|| el("p", "hint", w.t(Key::MayChange)));
            }
            if o.suggestions.is_empty() {
                piece(Piece::Nothing, &|| {
                    el("p", "empty-state", w.t(Key::NothingSafe))
                });
            }
            let (offered, other): (Vec<&Suggestion>, Vec<&Suggestion>) =
                o.suggestions.iter().partition(|s| s.offered);
            let ol = piece(Piece::Offered, &|| el("ol", "suggestions", ""));
            self.cards(&ol, &offered);
            if !other.is_empty() {
                piece(Piece::OtherTitle, &|| {
                    el("h3", "not-offered-title", w.t(Key::NotOfferedHere))
                });
                let ol = piece(Piece::Other, &|| el("ol", "suggestions not-offered", ""));
                self.cards(&ol, &other);
            }
        }
        place(body, pieces.iter().map(|(_, e)| e));
        self.now.borrow_mut().pieces = pieces;
    }

    /// `ol`'s cards: one per suggestion in `list`, in its order, each made once per visit and
    /// its reasons written again only when they change.
    fn cards(&self, ol: &Element, list: &[&Suggestion]) {
        let mut cards = Vec::new();
        for s in list {
            let made = self.now.borrow().cards.iter().position(|c| c.0 == s.id);
            let i = match made {
                Some(i) => i,
                None => {
                    let css = format!("[data-part=card][data-type=\"{}\"]", s.id);
                    let Some(card) = self.part(&css) else {
                        continue;
                    };
                    let mut now = self.now.borrow_mut();
                    now.cards.push((s.id.clone(), card, Vec::new()));
                    now.cards.len() - 1
                }
            };
            let mut now = self.now.borrow_mut();
            let (_, card, reasons) = &mut now.cards[i];
            if *reasons != s.reasons {
                if let Ok(Some(ul)) = card.query_selector(".reasons") {
                    if reasons.len() == s.reasons.len() {
                        // As many as before: only the texts that differ change, in place.
                        let items = super::all(&ul, "li");
                        for ((li, was), r) in items.iter().zip(reasons.iter()).zip(&s.reasons) {
                            if was != r {
                                li.set_text_content(Some(r));
                            }
                        }
                    } else {
                        ul.set_text_content(None);
                        for r in &s.reasons {
                            let _ = ul.append_child(&el("li", "", r));
                        }
                    }
                }
                reasons.clone_from(&s.reasons);
            }
            cards.push(card.clone());
        }
        place(ol, cards.iter());
    }

    /// "3 massage types may help; Swedish fits best", or what else there is to say.
    fn summary(&self, o: &Outcome) -> String {
        let w = self.words;
        if !o.emergencies.is_empty() {
            return w.t(Key::SummaryUrgent).to_string();
        }
        if o.suggestions.is_empty() {
            return w.t(Key::SummaryNone).to_string();
        }
        let first = o
            .suggestions
            .iter()
            .filter(|s| s.offered)
            .find_map(|s| self.data.types.iter().find(|t| t.id == s.id))
            .map(|t| t.name.as_str())
            .unwrap_or_default();
        let n = o.suggestions.len();
        let key = if n == 1 {
            Key::SummaryOne
        } else {
            Key::SummaryMany
        };
        let mut text = fill(&w.fill(key, "{n}", &n.to_string()), "{name}", first);
        if !o.see_doctor.is_empty() {
            text.push(' ');
            text.push_str(w.t(Key::SummaryDoctor));
        }
        text
    }
}

/// Makes `children`, in their order, what `parent` holds, moving only those out of place:
/// what is before `at` is placed, and whatever is not placed ends up after it, and goes.
fn place<'a>(parent: &Element, children: impl Iterator<Item = &'a Element>) {
    let mut at = parent.first_element_child();
    for c in children {
        if at.as_ref() == Some(c) {
            at = c.next_element_sibling();
        } else {
            let _ = parent.insert_before(c, at.as_ref().map(|a| a.as_ref()));
        }
    }
    while let Some(gone) = at {
        at = gone.next_element_sibling();
        gone.remove();
    }
}
