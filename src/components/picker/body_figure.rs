//! The body map: front and back figures whose regions are checkboxes for mouse, touch,
//! keyboard and screen readers alike, plus the "all over" choice.

use super::artwork::{Shape, BACK, FRONT};
use crate::components::picker::update::Update;
use crate::context::words;
use crate::locale::Key;
use crate::picker::engine::{toggle, Selection};
use crate::picker::regions::{self, WHOLE_BODY};
use crate::text::aria;
use leptos::prelude::*;

/// Front and back side by side (one at a time on a phone, with a switch).
#[component]
pub fn BodyFigure(
    /// The current selection.
    selection: Signal<Selection>,
    /// Moves to a new selection.
    update: Update,
) -> impl IntoView {
    let w = words();
    // The region under the pointer or focus, named under the figure.
    let hovered = RwSignal::new(None::<String>);
    // Opens where the chosen regions are (a shared link to a sore lower back: the back).
    let show_back = RwSignal::new(selection.with_untracked(|s| s.opens_on_back()));
    let toggle = {
        let update = update.clone();
        move |id: &str| update.change(selection, |s| toggle(&mut s.regions, id.to_string()))
    };
    let whole_toggle = toggle.clone();
    // The region under the pointer or focus; otherwise what is chosen, so that a phone showing
    // one figure still tells about the other.
    let caption = move || {
        hovered.get().unwrap_or_else(|| {
            let chosen: Vec<String> = selection.with(|s| {
                s.regions()
                    .into_iter()
                    .map(|r| w.region(r.index).to_string())
                    .collect()
            });
            if chosen.is_empty() {
                w.t(Key::FigureTap).into()
            } else {
                w.fill(Key::FigureChosen, "{list}", &w.join(&chosen))
            }
        })
    };
    view! {
        <div class="body-map">
            <label class="check whole-body">
                <input
                    type="checkbox"
                    name="whole-body"
                    prop:checked=move || selection.with(|s| s.regions.contains(WHOLE_BODY))
                    on:change=move |_| whole_toggle(WHOLE_BODY)
                />
                <span>{regions::find(WHOLE_BODY).map(|r| w.region(r.index))}</span>
            </label>
            <div class="view-switch" role="group" aria-label=w.t(Key::FigureSides)>
                <button type="button" aria-pressed=move || aria(!show_back.get()) on:click=move |_| show_back.set(false)>{w.t(Key::FigureFront)}</button>
                <button type="button" aria-pressed=move || aria(show_back.get()) on:click=move |_| show_back.set(true)>{w.t(Key::FigureBack)}</button>
            </div>
            <div class="figures" class:show-back=move || show_back.get()>
                {figure("front", w.t(Key::FigureFrontLabel), FRONT, [w.t(Key::YourRight), w.t(Key::YourLeft)], selection, hovered, toggle.clone())}
                {figure("back", w.t(Key::FigureBackLabel), BACK, [w.t(Key::YourLeft), w.t(Key::YourRight)], selection, hovered, toggle)}
            </div>
            <p class="figure-caption" aria-hidden="true">{caption}</p>
        </div>
    }
}

/// One view: its side labels and its regions, each a focusable `role="checkbox"` group.
fn figure(
    which: &'static str,
    label: &'static str,
    shapes: &'static [Shape],
    sides: [&'static str; 2],
    selection: Signal<Selection>,
    hovered: RwSignal<Option<String>>,
    toggle: impl Fn(&str) + Clone + Send + Sync + 'static,
) -> impl IntoView {
    let w = words();
    let regions = shapes
        .iter()
        .map(|shape| {
            let name = regions::find(shape.region)
                .map(|r| w.region(r.index).to_string())
                .unwrap_or_default();
            let id = shape.region;
            let checked = move || aria(selection.with(|s| s.regions.contains(id)));
            let on_click = {
                let toggle = toggle.clone();
                move |_| toggle(id)
            };
            let on_key = {
                let toggle = toggle.clone();
                move |ev: leptos::ev::KeyboardEvent| {
                    if ev.key() == " " || ev.key() == "Enter" {
                        ev.prevent_default();
                        toggle(id);
                    }
                }
            };
            let show = {
                let name = name.clone();
                move |_| hovered.set(Some(name.clone()))
            };
            let show_focus = {
                let name = name.clone();
                move |_| hovered.set(Some(name.clone()))
            };
            let hit = shape
                .hit
                .map(|(cx, cy, r)| view! { <circle class="hit" cx=cx cy=cy r=r /> });
            view! {
                <g
                    class="region"
                    data-region=id
                    role="checkbox"
                    tabindex="0"
                    aria-label=name
                    aria-checked=checked
                    on:click=on_click
                    on:keydown=on_key
                    on:pointerenter=show
                    on:pointerleave=move |_| hovered.set(None)
                    on:focus=show_focus
                    on:blur=move |_| hovered.set(None)
                >
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
