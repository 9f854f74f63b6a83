//! Every body region as a plain labelled checkbox, grouped by area, head to feet.

use crate::context::words;
use crate::picker::regions::{self, Area};
use leptos::prelude::*;

/// The checklist of regions, the alternative to the body figure; `live` keeps both on one
/// selection.
#[component]
pub fn RegionList() -> impl IntoView {
    let all = regions::all();
    let w = words();
    let groups = Area::ALL
        .into_iter()
        .map(|area| {
            let boxes = all
                .iter()
                .filter(|r| r.area == area)
                .map(|r| {
                    view! {
                        <li>
                            <label class="check">
                                <input type="checkbox" name="region" value=r.id.clone() />
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
