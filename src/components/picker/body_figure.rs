//! The body map: front and back figures whose regions are checkboxes for mouse, touch,
//! keyboard and screen readers alike, plus the "all over" choice. Drawn with nothing chosen;
//! `live` ticks them.

use super::artwork::{Shape, BACK, FRONT};
use crate::context::words;
use crate::locale::Key;
use crate::picker::regions::{self, WHOLE_BODY};
use leptos::prelude::*;

/// Front and back side by side (one at a time on a phone, with a switch).
#[component]
pub fn BodyFigure() -> impl IntoView {
    let w = words();
    view! {
        <div class="body-map">
            <label class="check whole-body">
                <input type="checkbox" name="whole-body" />
                <span>{regions::find(WHOLE_BODY).map(|r| w.region(r.index))}</span>
            </label>
            <div class="view-switch" role="group" aria-label=w.t(Key::FigureSides)>
                <button type="button" data-side="front" aria-pressed="true">{w.t(Key::FigureFront)}</button>
                <button type="button" data-side="back" aria-pressed="false">{w.t(Key::FigureBack)}</button>
            </div>
            <div class="figures">
                {figure("front", w.t(Key::FigureFrontLabel), FRONT, [w.t(Key::YourRight), w.t(Key::YourLeft)])}
                {figure("back", w.t(Key::FigureBackLabel), BACK, [w.t(Key::YourLeft), w.t(Key::YourRight)])}
            </div>
            // The region under the pointer or focus, else what is chosen (`live`).
            <p class="figure-caption" aria-hidden="true">{w.t(Key::FigureTap)}</p>
        </div>
    }
}

/// One view: its side labels and its regions, each a focusable `role="checkbox"` group.
fn figure(
    which: &'static str,
    label: &'static str,
    shapes: &'static [Shape],
    sides: [&'static str; 2],
) -> impl IntoView {
    let w = words();
    let regions = shapes
        .iter()
        .map(|shape| {
            let name = regions::find(shape.region).map(|r| w.region(r.index));
            let hit = shape
                .hit
                .map(|(cx, cy, r)| view! { <circle class="hit" cx=cx cy=cy r=r /> });
            view! {
                <g class="region" data-region=shape.region role="checkbox" tabindex="0" aria-label=name aria-checked="false">
                    {hit}
                    <path class="shape" d=shape.d />
                </g>
            }
        })
        .collect_view();
    let base = shapes
        .iter()
        .map(|s| view! { <path d=s.d /> })
        .collect_view();
    view! {
        <figure class=format!("figure figure-{which}")>
            <svg viewBox="0 0 240 470" role="group" aria-label=label>
                // Selected regions are hatched as well as coloured, so colour is not the only cue.
                <defs>
                    <pattern id=format!("hatch-{which}") width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                        <rect class="hatch-bg" width="6" height="6" />
                        <rect class="hatch-line" width="2" height="6" />
                    </pattern>
                </defs>
                <g class="silhouette" aria-hidden="true">{base}</g>
                <text class="side-label" x="4" y="14" aria-hidden="true">{sides[0]}</text>
                <text class="side-label" x="236" y="14" text-anchor="end" aria-hidden="true">{sides[1]}</text>
                {regions}
            </svg>
            <figcaption>{label}</figcaption>
        </figure>
    }
}
