//! What the engine decided: the emergency box, doctor notices, cautions and ranked cards.

use crate::components::booking::Booking;
use crate::content::{ArticleIndex, Site, TypeCard};
use crate::context::{href, words};
use crate::locale::Key;
use crate::picker::engine::{Outcome, Suggestion};
use crate::picker::help::Help;
use crate::picker::red_flags::say;
use leptos::prelude::*;
use std::sync::Arc;

/// The urgent message, above everything else on the page, when an emergency sign is chosen,
/// with the emergency number of the clinic's country.
#[component]
pub fn Emergency(
    /// The engine's answer.
    outcome: Memo<Outcome>,
    /// Where to get help (`Site::help`); without it, the message says "your local emergency
    /// number" and there is no number to tap.
    help: Option<Help>,
) -> impl IntoView {
    let w = words();
    move || {
        let flags = outcome.with(|o| o.emergencies.clone());
        (!flags.is_empty()).then(|| {
            let messages = flags
                .iter()
                .map(|f| view! { <p>{say(f, w, help.as_ref())}</p> })
                .collect_view();
            let call = help.as_ref().map(|h| {
                let note = h.emergency_note.as_ref().map(|n| view! { <span class="emergency-note">{format!("({n})")}</span> });
                view! {
                    <p>
                        <a class="button button-emergency" href=format!("tel:{}", h.emergency)>{w.fill(Key::EmergencyCall, "{number}", &h.emergency)}</a>
                        " " {note}
                    </p>
                }
            });
            view! {
                <div class="emergency" role="alert">
                    <h2 tabindex="-1">{w.t(Key::EmergencyTitle)}</h2>
                    {messages}
                    {call}
                </div>
            }
        })
    }
}

/// The result column: live summary, notices, cautions and suggestion cards.
#[component]
pub fn Results(
    /// The engine's answer.
    outcome: Memo<Outcome>,
    /// Massage types, for names and sources.
    types: Arc<Vec<TypeCard>>,
    /// The clinic, for booking.
    site: Arc<Site>,
    /// The article index, for "Read more", once it is there: the picker works without it.
    articles: Signal<Option<Arc<ArticleIndex>>>,
) -> impl IntoView {
    let w = words();
    let names = {
        let types = types.clone();
        move |o: &Outcome| {
            o.suggestions
                .iter()
                .filter(|s| s.offered)
                .filter_map(|s| types.iter().find(|t| t.id == s.id).map(|t| t.name.clone()))
                .collect::<Vec<_>>()
        }
    };
    let summary = move || {
        outcome.with(|o| {
            if !o.emergencies.is_empty() {
                w.t(Key::SummaryUrgent).to_string()
            } else if o.suggestions.is_empty() {
                w.t(Key::SummaryNone).to_string()
            } else {
                let first = names(o).into_iter().next().unwrap_or_default();
                let n = o.suggestions.len();
                let key = if n == 1 {
                    Key::SummaryOne
                } else {
                    Key::SummaryMany
                };
                let mut text =
                    crate::text::fill(&w.fill(key, "{n}", &n.to_string()), "{name}", &first);
                if !o.see_doctor.is_empty() {
                    text.push(' ');
                    text.push_str(w.t(Key::SummaryDoctor));
                }
                text
            }
        })
    };
    let help = site.help(w);
    let body = move || {
        let o = outcome.get();
        if !o.emergencies.is_empty() {
            return view! {
                <p class="empty-state">{w.t(Key::ResultsHidden)}</p>
            }
            .into_any();
        }
        if o.suggestions.is_empty() && o.see_doctor.is_empty() && o.cautions.is_empty() {
            return view! {
                <p class="empty-state">{w.t(Key::ResultsEmpty)}</p>
            }
            .into_any();
        }
        let doctor = o
            .see_doctor
            .iter()
            .map(|f| view! { <p>{say(f, w, help.as_ref())}</p> })
            .collect_view();
        let urgent = help.as_ref().map(|h| {
            let call = h.urgent_number.as_ref().map(|n| {
                view! { " " <a href=format!("tel:{n}")>{w.fill(Key::EmergencyCall, "{number}", n)}</a> }
            });
            view! { <p class="urgent-help">{h.urgent.clone()} {call}</p> }
        });
        let cautions = o
            .cautions
            .iter()
            .map(|c| view! { <li>{c.clone()}</li> })
            .collect_view();
        let (offered, other): (Vec<Suggestion>, Vec<Suggestion>) =
            o.suggestions.iter().cloned().partition(|s| s.offered);
        let cards = |list: Vec<Suggestion>| {
            list.into_iter()
                .filter_map(|s| types.iter().find(|t| t.id == s.id).cloned().map(|t| (s, t)))
                .map(|(s, t)| {
                    let reasons = s.reasons.iter().map(|r| view! { <li>{r.clone()}</li> }).collect_view();
                    let source = t.source.map(|source| view! {
                        <p class="source">{w.t(Key::TypeSource)} " " <a href=source.url rel="noopener">{source.title}</a></p>
                    });
                    let book = s.offered.then(|| view! { <Booking site=site.clone() id=t.id.clone() name=t.name.clone() /> });
                    let reading = {
                        let id = t.id.clone();
                        let links = move |index: Arc<ArticleIndex>| {
                            let links = index
                                .newest_first()
                                .into_iter()
                                .filter(|a| a.related.contains(&id))
                                .map(|a| view! { <li><a href=href(&format!("/articles/{}", a.slug))>{a.title}</a></li> })
                                .collect::<Vec<_>>();
                            (!links.is_empty()).then(|| view! {
                                <div class="reading">
                                    <p class="reading-title">{w.t(Key::ReadMore)}</p>
                                    <ul>{links}</ul>
                                </div>
                            })
                        };
                        // Read without tracking once the index is there: a card is made again
                        // on every change, and a tracked read would stay subscribed after it
                        // is gone (reactive_graph does not unsubscribe a dropped effect).
                        match articles.get_untracked() {
                            Some(index) => links(index).into_any(),
                            None => (move || articles.get().and_then(links.clone())).into_any(),
                        }
                    };
                    view! {
                        <li class="card suggestion" data-type=t.id.clone()>
                            <h3><a href=href(&format!("/massage/{}", t.id))>{t.name.clone()}</a></h3>
                            <ul class="reasons">{reasons}</ul>
                            {source}
                            {reading}
                            {book}
                        </li>
                    }
                })
                .collect_view()
        };
        view! {
            {(!o.see_doctor.is_empty()).then(|| view! {
                <div class="see-doctor">
                    <h3>{w.t(Key::SeeDoctor)}</h3>
                    {doctor}
                    {urgent}
                </div>
            })}
            {(!o.cautions.is_empty()).then(|| view! {
                <div class="cautions">
                    <h3>{w.t(Key::BeforeBook)}</h3>
                    <ul>{cautions}</ul>
                </div>
            })}
            {(!o.suggestions.is_empty() && !o.conditions.is_empty()).then(|| view! {
                <p class="hint">{w.t(Key::MayChange)}</p>
            })}
            {o.suggestions.is_empty().then(|| view! {
                <p class="empty-state">{w.t(Key::NothingSafe)}</p>
            })}
            <ol class="suggestions">{cards(offered)}</ol>
            {(!other.is_empty()).then(|| view! {
                <h3 class="not-offered-title">{w.t(Key::NotOfferedHere)}</h3>
                <ol class="suggestions not-offered">{cards(other)}</ol>
            })}
        }
        .into_any()
    };
    view! {
        <section class="picker-step results" aria-labelledby="results-title">
            <h2 id="results-title" tabindex="-1">{w.t(Key::ResultsTitle)}</h2>
            <p class="visually-hidden" aria-live="polite">{summary}</p>
            {body}
            <p class="disclaimer">{w.t(Key::Disclaimer)}</p>
        </section>
    }
}
