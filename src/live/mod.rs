//! The live picker: the picker's markup, as the components drew it with nothing chosen
//! (prerendered on the site, rendered in the widget), bound to the engine with plain DOM calls.
//! The nodes on screen stay, so the code takes over without repainting anything; a change
//! sets what it changes (a tick, a caption, the results). The parts that come and go are the
//! components' `<template data-part>`s, copied and filled here (`results`), so the components
//! stay the one source of the picker's markup. No framework: on the picker page this and the
//! engine are all the code there is.

mod results;
mod ticks;

use crate::locale::{Key, Words};
use crate::picker::complaints::{Complaint, Duration};
use crate::picker::data::PickerData;
use crate::picker::engine::{evaluate, parse_query, to_query, toggle, Content, Outcome, Selection};
use crate::picker::help::Help;
use crate::picker::red_flags;
use crate::picker::regions::WHOLE_BODY;
use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlElement, HtmlInputElement, HtmlTemplateElement, KeyboardEvent};

/// The events the picker answers, all listened to on its root as they go down (so that it
/// also sees those that do not bubble: a pointer entering or leaving a region).
const EVENTS: [&str; 8] = [
    "click",
    "change",
    "keydown",
    "pointerenter",
    "pointerleave",
    "focusin",
    "focusout",
    "submit",
];

/// A bound picker. Dropping it unbinds it (the widget's, when its page goes); the site's
/// picker page keeps its own for the page's life.
pub struct Live {
    state: Rc<State>,
    listener: Closure<dyn Fn(Event)>,
}

/// What a bound picker holds.
struct State {
    /// The element the picker's markup is in (`.picker-bound`).
    root: Element,
    /// Where the parts' templates are: `root`, or out of the page when they came with the
    /// content (`PickerData::parts`).
    parts: Element,
    /// The picker's content (its `words` unused: `words` holds them).
    data: PickerData,
    words: &'static Words,
    help: Option<Help>,
    /// Told the query string of each new selection.
    on_change: Box<dyn Fn(String)>,
    now: RefCell<Now>,
    /// Every control shown or kept (the figure and the checklist).
    ticks: RefCell<Vec<ticks::Tick>>,
    nodes: Nodes,
    /// The steps after the first (feel, safety, health), once put in.
    steps: RefCell<Option<[Option<Element>; 3]>>,
    /// Itself, for what it does after the next frame.
    me: Weak<State>,
    /// Whether the rest of a change is still to be shown (`respond`).
    pending: Cell<bool>,
}

/// The picker's fixed elements, found once.
struct Nodes {
    caption: Option<Element>,
    figures: Option<Element>,
    /// The printed summary's list.
    print: Option<Element>,
    /// The first step (where), which ends with the link to the results.
    first: Option<Element>,
    steps: Option<Element>,
    results_column: Option<Element>,
    /// The result section, its summary for screen readers and what it shows.
    results: Option<Element>,
    summary: Option<Element>,
    body: Option<Element>,
    more: Option<Element>,
    actions: Option<Element>,
    layout: Option<Element>,
}

/// What is shown now.
#[derive(Default)]
struct Now {
    selection: Selection,
    /// Ids in the query that are not the picker's, to say so.
    unknown: Vec<String>,
    /// The engine's answer shown, to redo the results only when it changes.
    outcome: Option<Outcome>,
    /// The checklist instead of the figure.
    list: bool,
    /// The figure's back on a phone.
    back: bool,
    /// The region under the pointer or focus, by name.
    hovered: Option<String>,
    /// The figure or the checklist while the other is shown.
    shelved: Option<Element>,
    /// The caption under the figure.
    caption: String,
    /// The link to the results, and what it says.
    jump: Option<(Element, String)>,
    /// The printed summary's rows shown: each label with its text.
    print: Vec<(Key, String)>,
    /// What the result column shows, piece by piece, each by what it shows.
    pieces: Vec<(results::Piece, Element)>,
    /// Each card made, by type id, with the reasons it shows.
    cards: Vec<(String, Element, Vec<String>)>,
}

impl Live {
    /// Binds the picker in `root` to `data`, shows the selection in `query`, and calls
    /// `on_change` with the query of each selection its visitor makes. The links in `data`'s
    /// parts, the site's paths, get `links` in front.
    pub fn bind(
        root: &Element,
        mut data: PickerData,
        words: &'static Words,
        links: &str,
        query: &str,
        on_change: impl Fn(String) + 'static,
    ) -> Live {
        // Templates made by the DOM (the widget's view) hold their parts as children.
        for t in all(root, "template") {
            let t: HtmlTemplateElement = t.unchecked_into();
            while let Some(child) = t.first_child() {
                let _ = t.content().append_child(&child);
            }
        }
        let parts = match std::mem::take(&mut data.parts) {
            html if html.is_empty() => root.clone(),
            html => {
                let holder = el("div", "", "");
                holder.set_inner_html(&html);
                prefix_links(&holder, links);
                holder
            }
        };
        // A phone's figure may have been turned before the code came (`early.js`).
        let turned = root
            .query_selector(".figures.show-back")
            .ok()
            .flatten()
            .is_some();
        let find = |css: &str| root.query_selector(css).ok().flatten();
        let nodes = Nodes {
            caption: find(".figure-caption"),
            figures: find(".figures"),
            print: find(".print-summary dl"),
            first: find("[aria-labelledby=where-title]"),
            steps: find(".picker-steps"),
            results_column: find(".picker-results"),
            results: find(".results"),
            summary: find(".results [aria-live]"),
            body: find(".results-body"),
            more: find(".picker-more"),
            actions: find(".picker-actions"),
            layout: find(".picker-layout"),
        };
        let mut controls = Vec::new();
        ticks::collect(root, &mut controls);
        let state = Rc::new_cyclic(|me| State {
            me: me.clone(),
            pending: Cell::new(false),
            root: root.clone(),
            parts,
            ticks: RefCell::new(controls),
            nodes,
            steps: RefCell::new(None),
            help: data.site.help(words),
            data,
            words,
            on_change: Box::new(on_change),
            now: RefCell::default(),
        });
        let (selection, _) = parse_query(query, &state.data.rules);
        {
            // What the markup shows: nothing chosen. Only what differs is then changed.
            let mut now = state.now.borrow_mut();
            now.back = turned || selection.opens_on_back();
            now.outcome = Some(state.evaluate(&Selection::default()));
            now.caption = state
                .nodes
                .caption
                .as_ref()
                .and_then(|c| c.text_content())
                .unwrap_or_default();
        }
        let listener = {
            let state = state.clone();
            Closure::<dyn Fn(Event)>::new(move |ev: Event| state.on(&ev))
        };
        for name in EVENTS {
            let _ = root.add_event_listener_with_callback_and_bool(
                name,
                listener.as_ref().unchecked_ref(),
                true,
            );
        }
        state.show(query);
        Live { state, listener }
    }

    /// Shows the selection in `query` (the address changed: Back, Forward).
    pub fn show(&self, query: &str) {
        self.state.show(query);
    }
}

impl Drop for Live {
    fn drop(&mut self) {
        for name in EVENTS {
            let _ = self
                .state
                .root
                .remove_event_listener_with_callback_and_bool(
                    name,
                    self.listener.as_ref().unchecked_ref(),
                    true,
                );
        }
    }
}

impl State {
    /// The first element in the picker that `css` matches.
    fn find(&self, css: &str) -> Option<Element> {
        self.root.query_selector(css).ok().flatten()
    }

    /// A fresh copy of the part made by `<template data-part=…>` matching `css`.
    fn part(&self, css: &str) -> Option<Element> {
        let t = self
            .parts
            .query_selector(&format!("template{css}"))
            .ok()??;
        let t: HtmlTemplateElement = t.unchecked_into();
        let copy = t
            .content()
            .first_element_child()?
            .clone_node_with_deep(true);
        copy.ok()?.dyn_into().ok()
    }

    fn show(&self, query: &str) {
        self.take(query);
        self.render();
    }

    /// Makes the selection in `query` the current one.
    fn take(&self, query: &str) {
        let (selection, unknown) = parse_query(query, &self.data.rules);
        let mut now = self.now.borrow_mut();
        now.selection = selection;
        now.unknown = unknown;
    }

    /// Moves to the selection changed by `f`.
    fn change(&self, f: impl FnOnce(&mut Selection)) {
        let mut selection = self.now.borrow().selection.clone();
        f(&mut selection);
        let query = to_query(&selection);
        self.take(&query);
        self.respond();
        (self.on_change)(query);
    }

    /// Shows a visitor's change: the controls at once, the rest (`rest`) in a task after the
    /// next frame. The tap is answered in that frame, and the results (which cost a slow phone
    /// most of a toggle's layout and paint) follow in the one after; taps in between are
    /// shown together.
    fn respond(&self) {
        self.answer();
        if !self.pending.replace(true) {
            let me = self.me.clone();
            after_frame(move || {
                if let Some(state) = me.upgrade() {
                    state.settle();
                }
            });
        }
    }

    /// Shows at once what a change still has to show (before the visitor acts on it).
    fn settle(&self) {
        if self.pending.get() {
            self.rest();
        }
    }

    fn on(&self, ev: &Event) {
        let Some(target) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
            return;
        };
        let near = |css: &str| target.closest(css).ok().flatten();
        let region = near("[data-region]");
        let id = region.as_ref().and_then(|g| g.get_attribute("data-region"));
        match ev.type_().as_str() {
            "click" => {
                if let Some(id) = id {
                    self.change(|s| toggle(&mut s.regions, id));
                } else if let Some(b) = near("[data-mode]") {
                    self.switch(b.get_attribute("data-mode").as_deref() == Some("list"));
                } else if let Some(b) = near("[data-side]") {
                    self.now.borrow_mut().back =
                        b.get_attribute("data-side").as_deref() == Some("back");
                    self.answer();
                } else if near(".results-jump a").is_some() {
                    // In place: following `#results` in a shadow root would change the host
                    // page's address.
                    ev.prevent_default();
                    self.settle();
                    self.jump();
                } else if let Some(b) = near("[data-action]") {
                    match b.get_attribute("data-action").as_deref() {
                        Some("start-over") => self.change(|s| *s = Selection::default()),
                        Some("print") => {
                            self.settle();
                            let _ = web_sys::window().map(|w| w.print());
                        }
                        _ => {}
                    }
                }
            }
            "change" => {
                let Some(input) = target.dyn_ref::<HtmlInputElement>() else {
                    return;
                };
                let value = input.value();
                match input.name().as_str() {
                    "whole-body" => self.change(|s| toggle(&mut s.regions, WHOLE_BODY.into())),
                    "region" => self.change(|s| toggle(&mut s.regions, value)),
                    "complaint" => {
                        if let Some(c) = Complaint::from_id(&value) {
                            self.change(|s| toggle(&mut s.complaints, c));
                        }
                    }
                    "duration" => self.change(|s| s.duration = Duration::from_id(&value)),
                    "yes" => self.change(|s| toggle(&mut s.yes, value)),
                    _ => {}
                }
            }
            "keydown" => {
                let key = ev.unchecked_ref::<KeyboardEvent>().key();
                if let (Some(id), " " | "Enter") = (id, key.as_str()) {
                    ev.prevent_default();
                    self.change(|s| toggle(&mut s.regions, id));
                }
            }
            "pointerenter" | "focusin" | "pointerleave" | "focusout" => {
                if let Some(g) = region {
                    let over = matches!(ev.type_().as_str(), "pointerenter" | "focusin");
                    self.now.borrow_mut().hovered =
                        over.then(|| g.get_attribute("aria-label")).flatten();
                    self.caption();
                }
            }
            // The duration's form, which is never sent.
            "submit" => ev.prevent_default(),
            _ => {}
        }
    }

    /// Shows the checklist (`list`) or the figure, keeping the other for the next switch.
    fn switch(&self, list: bool) {
        let shown = self.find(if list { ".body-map" } else { ".region-groups" });
        let Some(shown) = shown else {
            return;
        };
        let shelved = self.now.borrow_mut().shelved.take();
        // The figure is in the markup, so it is shelved whenever the checklist shows; the
        // checklist is made from its template the first time.
        let other = match shelved {
            Some(other) => Some(other),
            None if list => self.part("[data-part=list]").inspect(|part| {
                ticks::collect(part, &mut self.ticks.borrow_mut());
            }),
            None => None,
        };
        let Some(other) = other else {
            return;
        };
        let _ = shown.replace_with_with_node_1(&other);
        let mut now = self.now.borrow_mut();
        now.shelved = Some(shown);
        now.list = list;
        drop(now);
        self.answer();
    }

    /// Brings the results' heading into view and focus (the emergency's when there is one).
    fn jump(&self) {
        let urgent = self
            .now
            .borrow()
            .outcome
            .as_ref()
            .is_some_and(|o| !o.emergencies.is_empty());
        let css = if urgent {
            ".emergency h2"
        } else {
            ".picker-results .picker-step h2"
        };
        if let Some(h) = self.find(css) {
            h.scroll_into_view();
            let _ = h.unchecked_into::<HtmlElement>().focus();
        }
    }

    /// Under the figure: the region under the pointer or focus; otherwise what is chosen, so
    /// that a phone showing one side still tells about the other.
    fn caption(&self) {
        let w = self.words;
        let now = self.now.borrow();
        let text = now.hovered.clone().unwrap_or_else(|| {
            let chosen = self.region_names(&now.selection);
            if chosen.is_empty() {
                w.t(Key::FigureTap).into()
            } else {
                w.fill(Key::FigureChosen, "{list}", &w.join(&chosen))
            }
        });
        drop(now);
        let mut now = self.now.borrow_mut();
        if now.caption != text {
            if let Some(p) = &self.nodes.caption {
                p.set_text_content(Some(&text));
            }
            now.caption = text;
        }
    }

    /// What the engine says of `s`.
    fn evaluate(&self, s: &Selection) -> Outcome {
        let content = Content {
            rules: &self.data.rules,
            types: &self.data.types,
            site: &self.data.site,
            words: self.words,
        };
        evaluate(s, &content)
    }

    fn region_names(&self, s: &Selection) -> Vec<String> {
        s.regions()
            .into_iter()
            .map(|r| self.words.region(r.index).to_string())
            .collect()
    }

    /// Shows the current selection and what the engine says of it.
    fn render(&self) {
        self.answer();
        self.rest();
    }

    /// Shows the current selection on the controls, the switches and the caption.
    fn answer(&self) {
        let now = self.now.borrow();
        for tick in self.ticks.borrow().iter() {
            tick.show(&now.selection, None, now.list, now.back);
        }
        if let Some(figures) = &self.nodes.figures {
            let _ = figures
                .class_list()
                .toggle_with_force("show-back", now.back);
        }
        drop(now);
        self.caption();
    }

    /// Shows what the engine says of the current selection: the steps it opens, the questions
    /// it asks, the printed summary, the results.
    fn rest(&self) {
        self.pending.set(false);
        let w = self.words;
        let now = self.now.borrow();
        let s = &now.selection;
        let outcome = self.evaluate(s);
        let any = !s.regions.is_empty();
        // The steps after the first, from the first region on; then kept, only hidden.
        if any && self.steps.borrow().is_none() {
            let put = |parent: &Option<Element>, part: &str, before: Option<&Element>| {
                let part = self.part(part)?;
                parent
                    .as_ref()?
                    .insert_before(&part, before.map(|b| b.as_ref()))
                    .ok()?;
                ticks::collect(&part, &mut self.ticks.borrow_mut());
                Some(part)
            };
            let n = &self.nodes;
            let steps = [
                put(&n.steps, "[data-part=feel]", None),
                put(&n.results_column, "[data-part=safety]", n.results.as_ref()),
                put(&n.more, "[data-part=health]", n.actions.as_ref()),
            ];
            *self.steps.borrow_mut() = Some(steps);
        }
        if let Some([feel, safety, health]) = &*self.steps.borrow() {
            for (step, hidden) in [
                (feel, !any),
                (safety, outcome.questions.is_empty()),
                (health, outcome.conditions.is_empty()),
            ] {
                if let Some(step) = step {
                    set_hidden(step, hidden);
                }
            }
        }
        for tick in self.ticks.borrow().iter() {
            tick.show(s, Some(&outcome), now.list, now.back);
        }
        let print = self.print_rows(s);
        let unknown = (!now.unknown.is_empty())
            .then(|| w.fill(Key::PickerUnknown, "{list}", &w.join(&now.unknown)));
        drop(now);
        self.print_summary(print);
        self.unknown(unknown);
        self.jump_link(&outcome);
        let changed = self.now.borrow().outcome.as_ref() != Some(&outcome);
        if changed {
            self.emergency(&outcome);
            self.results(&outcome);
            self.now.borrow_mut().outcome = Some(outcome);
        }
    }

    /// "Some ids were not recognised", above the steps, while the query has any.
    fn unknown(&self, text: Option<String>) {
        let old = self.find(".picker-unknown");
        match (text, old) {
            (Some(text), Some(p)) => p.set_text_content(Some(&text)),
            (Some(text), None) => {
                let p = el("p", "notice picker-unknown", &text);
                let _ = p.set_attribute("role", "status");
                let layout = self.nodes.layout.as_ref();
                let _ = self.root.insert_before(&p, layout.map(|l| l.as_ref()));
            }
            (None, Some(p)) => p.remove(),
            (None, None) => {}
        }
    }

    /// Under the figure: how many suggestions there are, and a link to them (on a phone they
    /// are further down the page); nothing before a region is chosen.
    fn jump_link(&self, o: &Outcome) {
        let w = self.words;
        let n = o.suggestions.len();
        let label = if !o.emergencies.is_empty() {
            Some(w.t(Key::JumpUrgent).to_string())
        } else if !o.see_doctor.is_empty() && n == 0 {
            Some(w.t(Key::JumpDoctor).to_string())
        } else if n == 1 {
            Some(w.t(Key::JumpOne).to_string())
        } else if n > 1 {
            Some(w.fill(Key::JumpMany, "{n}", &n.to_string()))
        } else {
            None
        };
        let mut now = self.now.borrow_mut();
        if now.jump.as_ref().map(|(_, said)| said) == label.as_ref() {
            return;
        }
        let old = now.jump.take().map(|(p, _)| p);
        let Some(label) = label else {
            if let Some(old) = old {
                old.remove();
            }
            return;
        };
        let a = el("a", "", &label);
        let _ = a.set_attribute("href", "#results");
        let arrow = el("span", "", " ↓");
        let _ = arrow.set_attribute("aria-hidden", "true");
        let _ = a.append_child(&arrow);
        let p = match old {
            Some(p) => {
                p.replace_children_with_node_1(&a);
                p
            }
            None => {
                let p = el("p", "results-jump", "");
                let _ = p.append_child(&a);
                if let Some(step) = &self.nodes.first {
                    let _ = step.append_child(&p);
                }
                p
            }
        };
        now.jump = Some((p, label));
    }

    /// The printed page's rows: where, what it feels like, for how long, the answers "yes".
    fn print_rows(&self, s: &Selection) -> Vec<(Key, String)> {
        let w = self.words;
        let feels: Vec<String> = s
            .complaints
            .iter()
            .map(|c| w.complaint(*c as usize).to_string())
            .collect();
        let answers: Vec<String> = s
            .yes
            .iter()
            .filter_map(|id| {
                let flag = red_flags::find(id).map(|f| w.flag_question(f.index).to_string());
                flag.or_else(|| {
                    let rules = &self.data.rules.contraindications;
                    Some(rules.iter().find(|c| &c.id == id)?.question.clone())
                })
            })
            .collect();
        [
            (Key::PrintWhere, w.join(&self.region_names(s))),
            (Key::PrintFeels, w.join(&feels)),
            (
                Key::PrintHowLong,
                s.duration
                    .map(|d| w.duration(d as usize).to_string())
                    .unwrap_or_default(),
            ),
            (Key::PrintYes, answers.join(" ")),
        ]
        .into_iter()
        .filter(|(_, value)| !value.is_empty())
        .collect()
    }

    /// Writes the printed summary's `rows`, when they differ from those shown.
    fn print_summary(&self, rows: Vec<(Key, String)>) {
        let Some(dl) = &self.nodes.print else {
            return;
        };
        let mut now = self.now.borrow_mut();
        if now.print == rows {
            return;
        }
        dl.set_text_content(None);
        for (label, value) in &rows {
            let _ = dl.append_child(&el("dt", "", self.words.t(*label)));
            let _ = dl.append_child(&el("dd", "", value));
        }
        now.print = rows;
    }
}

/// Puts `links` in front of every link to one of the site's paths in `root`, those in its
/// templates too: markup the build rendered, shown under another address (the widget's site,
/// the picker page's language).
pub fn prefix_links(root: &Element, links: &str) {
    const PATHS: &str = "a[href^='/']";
    let mut found = all(root, PATHS);
    for t in all(root, "template") {
        let t: HtmlTemplateElement = t.unchecked_into();
        if let Ok(list) = t.content().query_selector_all(PATHS) {
            found.extend((0..list.length()).filter_map(|i| list.item(i)?.dyn_into().ok()));
        }
    }
    for a in found {
        if let Some(path) = a.get_attribute("href") {
            let _ = a.set_attribute("href", &format!("{links}{path}"));
        }
    }
}

/// Runs `f` in a task after the next frame, so that the frame shows what is already set.
pub fn after_frame(f: impl FnOnce() + 'static) {
    let window = web_sys::window().unwrap_throw();
    let task = Closure::once_into_js(f);
    let frame = Closure::once_into_js(move || {
        let window = web_sys::window().unwrap_throw();
        let _ = window.set_timeout_with_callback(task.unchecked_ref());
    });
    let _ = window.request_animation_frame(frame.unchecked_ref());
}

/// A new `tag` element of `class` (if any) holding `text` (if any).
fn el(tag: &str, class: &str, text: &str) -> Element {
    let document = web_sys::window().unwrap_throw().document().unwrap_throw();
    let e = document.create_element(tag).unwrap_throw();
    if !class.is_empty() {
        e.set_class_name(class);
    }
    if !text.is_empty() {
        e.set_text_content(Some(text));
    }
    e
}

/// Every element in `root` that `css` matches.
fn all(root: &Element, css: &str) -> Vec<Element> {
    let Ok(list) = root.query_selector_all(css) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into().ok())
        .collect()
}

fn set_hidden(e: &Element, hidden: bool) {
    if e.has_attribute("hidden") != hidden {
        let _ = e.toggle_attribute_with_force("hidden", hidden);
    }
}
