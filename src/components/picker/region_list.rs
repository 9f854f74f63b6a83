//! Every body region as a plain labelled checkbox, grouped by area, head to feet.

use crate::components::picker::update::Update;
use crate::context::words;
use crate::picker::engine::{toggle, Selection};
use crate::picker::regions::{self, Area};
use leptos::prelude::*;

/// The checklist of regions, the alternative to the body figure; both share one state (the URL).
#[component]
pub fn RegionList(
    /// The current selection.
    selection: Signal<Selection>,
    /// Moves to a new selection.
    update: Update,
) -> impl IntoView {
    let all = regions::all();
    let w = words();
    let groups = Area::ALL
        .into_iter()
        .map(|area| {
            let boxes = all
                .iter()
                .filter(|r| r.area == area)
                .map(|r| {
                    let id = r.id.clone();
                    let checked = {
                        let id = id.clone();
                        move || selection.with(|s| s.regions.contains(&id))
                    };
                    let update = update.clone();
                    let tick =
                        move |_| update.change(selection, |s| toggle(&mut s.regions, id.clone()));
                    view! {
                        <li>
                            <label class="check">
                                <input type="checkbox" name="region" value=r.id.clone() prop:checked=checked on:change=tick />
                                <span>{w.region(r.index)}</span>
                            </label>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <fieldset class="region-group">
                    <legend>{w.area(area as usize)}</legend>
                    <ul class="check-list">{boxes}</ul>
                </fieldset>
            }
        })
        .collect_view();
    view! { <div class="region-groups">{groups}</div> }
}
