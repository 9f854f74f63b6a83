//! Where the engine's answer goes: the emergency box, and the result column with its doctor
//! notices, cautions and ranked cards. Drawn with nothing chosen; the parts that depend on the
//! answer are `<template data-part>`s that `live` copies and fills (a text, a list), so that
//! their markup is made here, once, for the site's pages and the widget alike.

use crate::components::booking::Booking;
use crate::content::{ArticleIndex, Site, TypeCard};
use crate::context::{href, words};
use crate::locale::Key;
use crate::picker::help::Help;
use leptos::prelude::*;
use std::sync::Arc;

/// The urgent message's frame, put above everything else on the page when an emergency sign
/// is chosen (`live` adds what the signs mean), with the emergency number of the clinic's
/// country: without one, the message says "your local emergency number" and there is no
/// number to tap.
#[component]
pub fn Emergency(
    /// Where to get help (`Site::help`).
    help: Option<Help>,
) -> impl IntoView {
    let w = words();
    let call = help.map(|h| {
        let note = h
            .emergency_note
            .map(|n| view! { <span class="emergency-note">{format!("({n})")}</span> });
        view! {
            <p>
                <a class="button button-emergency" href=format!("tel:{}", h.emergency)>{w.fill(Key::EmergencyCall, "{number}", &h.emergency)}</a>
                " " {note}
            </p>
        }
    });
    view! {
        <template data-part="emergency">
            <div class="emergency" role="alert">
                <h2 tabindex="-1">{w.t(Key::EmergencyTitle)}</h2>
                {call}
            </div>
        </template>
    }
}

/// The result column: the live summary, what the engine says (`live`), the disclaimer; and
/// the templates of the see-a-doctor notice and of each massage type's card.
#[component]
pub fn Results(
    /// Massage types, for names, sources and reading.
    types: Arc<Vec<TypeCard>>,
    /// The clinic, for booking and where to get help.
    site: Arc<Site>,
    /// The article index, for each card's "Read more" (none when it did not come: the picker
    /// works without it).
    articles: Option<Arc<ArticleIndex>>,
) -> impl IntoView {
    let w = words();
    let urgent = site.help(w).map(|h| {
        let call = h.urgent_number.as_ref().map(|n| {
            view! { " " <a href=format!("tel:{n}")>{w.fill(Key::EmergencyCall, "{number}", n)}</a> }
        });
        view! { <p class="urgent-help">{h.urgent.clone()} {call}</p> }
    });
    let newest = articles.map(|a| a.newest_first()).unwrap_or_default();
    let cards = types
        .iter()
        .map(|t| {
            let source = t.source.clone().map(|source| view! {
                <p class="source">{w.t(Key::TypeSource)} " " <a href=source.url rel="noopener">{source.title}</a></p>
            });
            let links: Vec<_> = newest
                .iter()
                .filter(|a| a.related.contains(&t.id))
                .map(|a| view! { <li><a href=href(&format!("/articles/{}", a.slug))>{a.title.clone()}</a></li> })
                .collect();
            let reading = (!links.is_empty()).then(|| view! {
                <div class="reading">
                    <p class="reading-title">{w.t(Key::ReadMore)}</p>
                    <ul>{links}</ul>
                </div>
            });
            // Only a type the clinic offers is booked; the others come last, marked so.
            let book = site
                .offered
                .contains(&t.id)
                .then(|| view! { <Booking site=site.clone() id=t.id.clone() name=t.name.clone() /> });
            view! {
                <template data-part="card" data-type=t.id.clone()>
                    <li class="card suggestion" data-type=t.id.clone()>
                        <h3><a href=href(&format!("/massage/{}", t.id))>{t.name.clone()}</a></h3>
                        <ul class="reasons"></ul>
                        {source}
                        {reading}
                        {book}
                    </li>
                </template>
            }
        })
        .collect_view();
    view! {
        <section class="picker-step results" aria-labelledby="results-title">
            <h2 id="results-title" tabindex="-1">{w.t(Key::ResultsTitle)}</h2>
            <p class="visually-hidden" aria-live="polite">{w.t(Key::SummaryNone)}</p>
            <div class="results-body">
                <p class="empty-state">{w.t(Key::ResultsEmpty)}</p>
            </div>
            <p class="disclaimer">{w.t(Key::Disclaimer)}</p>
            <template data-part="doctor">
                <div class="see-doctor">
                    <h3>{w.t(Key::SeeDoctor)}</h3>
                    {urgent}
                </div>
            </template>
            {cards}
        </section>
    }
}
