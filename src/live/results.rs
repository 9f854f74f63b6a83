//! What the engine decided, shown: the emergency box above everything, and the result column
//! (its live summary, doctor notices, cautions and ranked cards), from the components'
//! templates.

use super::{el, State};
use crate::locale::Key;
use crate::picker::engine::{Outcome, Suggestion};
use crate::picker::red_flags::{say, RedFlag};
use crate::text::fill;
use web_sys::Element;

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
        let old = self.find(".emergency");
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
        if let Some(live) = self.find(".results [aria-live]") {
            // Unchanged, it is not said again.
            let summary = self.summary(o);
            if live.text_content().as_deref() != Some(summary.as_str()) {
                live.set_text_content(Some(&summary));
            }
        }
        let Some(body) = self.find(".results-body") else {
            return;
        };
        body.set_text_content(None);
        let add = |e: &Element| {
            let _ = body.append_child(e);
        };
        if !o.emergencies.is_empty() {
            return add(&el("p", "empty-state", w.t(Key::ResultsHidden)));
        }
        if o.suggestions.is_empty() && o.see_doctor.is_empty() && o.cautions.is_empty() {
            return add(&el("p", "empty-state", w.t(Key::ResultsEmpty)));
        }
        if !o.see_doctor.is_empty() {
            if let Some(part) = self.part("[data-part=doctor]") {
                self.messages(&part, &o.see_doctor);
                add(&part);
            }
        }
        if !o.cautions.is_empty() {
            let div = el("div", "cautions", "");
            let _ = div.append_child(&el("h3", "", w.t(Key::BeforeBook)));
            let ul = el("ul", "", "");
            for c in &o.cautions {
                let _ = ul.append_child(&el("li", "", c));
            }
            let _ = div.append_child(&ul);
            add(&div);
        }
        if !o.suggestions.is_empty() && !o.conditions.is_empty() {
            add(&el("p", "hint", w.t(Key::MayChange)));
        }
        if o.suggestions.is_empty() {
            add(&el("p", "empty-state", w.t(Key::NothingSafe)));
        }
        let (offered, other): (Vec<&Suggestion>, Vec<&Suggestion>) =
            o.suggestions.iter().partition(|s| s.offered);
        add(&self.cards("suggestions", &offered));
        if !other.is_empty() {
            add(&el("h3", "not-offered-title", w.t(Key::NotOfferedHere)));
            add(&self.cards("suggestions not-offered", &other));
        }
    }

    /// A list of `class` with each suggestion's card, its reasons filled in.
    fn cards(&self, class: &str, list: &[&Suggestion]) -> Element {
        let ol = el("ol", class, "");
        for s in list {
            let Some(card) = self.part(&format!("[data-part=card][data-type=\"{}\"]", s.id)) else {
                continue;
            };
            if let Ok(Some(reasons)) = card.query_selector(".reasons") {
                for r in &s.reasons {
                    let _ = reasons.append_child(&el("li", "", r));
                }
            }
            let _ = ol.append_child(&card);
        }
        ol
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
