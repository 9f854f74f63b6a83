//! The parts of the picker that come and go, as `<template data-part>`s that `live` copies and
//! fills (a text, a list): the checklist, the steps after the first, the emergency box, the
//! see-a-doctor notice and each massage type's card. Their markup is made here, once, for the
//! site and the widget alike. The widget's view has them in its picker; the picker page has
//! them in its compact content (`PickerData::parts`), which keeps its HTML within the first
//! round trip of a slow connection.

use super::{
    feel::Feel, health::HealthQuestions, questions::SafetyChecks, region_list::RegionList,
};
use crate::components::booking::Booking;
use crate::content::{ArticleIndex, Site, TypeCard};
use crate::context::{href, words};
use crate::locale::Key;
use crate::picker::help::Help;
use crate::picker::rules::PickerRules;
use leptos::prelude::*;
use std::sync::Arc;

/// Every part's template.
#[component]
pub fn PickerParts(
    /// The picker's rules, for the health questions.
    rules: Arc<PickerRules>,
    /// Massage types, for the cards' names, sources and reading.
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
        {emergency(site.help(w))}
        <template data-part="list"><RegionList /></template>
        // The steps after the first come with the first region chosen.
        <template data-part="feel"><div><Feel /></div></template>
        <template data-part="safety"><SafetyChecks /></template>
        <template data-part="health"><HealthQuestions rules /></template>
        <template data-part="doctor">
            <div class="see-doctor">
                <h3>{w.t(Key::SeeDoctor)}</h3>
                {urgent}
            </div>
        </template>
        {cards}
    }
}

/// The urgent message's frame, put above everything else on the page when an emergency sign
/// is chosen (`live` adds what the signs mean), with the emergency number of the clinic's
/// country: without one, the message says "your local emergency number" and there is no
/// number to tap.
fn emergency(help: Option<Help>) -> impl IntoView {
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
