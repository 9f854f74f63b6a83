//! "Book" for one massage type: the clinic's booking link, or how to call or email instead.

use crate::content::Site;
use leptos::prelude::*;

/// The booking call to action for the massage type `id` named `name`.
#[component]
pub fn Booking(
    /// The clinic, for its booking template, offered types and contact details.
    site: std::sync::Arc<Site>,
    /// Massage type id, put into the template's `{service}`.
    id: String,
    /// Massage type name, for the link text.
    name: String,
) -> impl IntoView {
    let contact = site.contact.clone();
    let tel = format!("tel:{}", contact.phone_link);
    let mailto = format!("mailto:{}", contact.email);
    let ways = view! {
        <a href=tel>{contact.phone}</a>
        " or "
        <a href=mailto>{contact.email}</a>
    };
    if !site.offered.contains(&id) {
        return view! {
            <div class="booking booking-unavailable">
                <p>
                    {format!("{} does not offer {} at the moment. ", site.name, name)}
                    "To ask which treatment suits you, call " {ways} "."
                </p>
            </div>
        }
        .into_any();
    }
    match &site.booking {
        Some(b) => view! {
            <div class="booking">
                <a class="button button-primary" href=b.url_for(&id)>
                    {format!("{}: {}", b.label, name)}
                </a>
                <p class="booking-alt">"Or call " {ways} "."</p>
            </div>
        }
        .into_any(),
        None => view! {
            <div class="booking">
                <p>"To book " {name} ", call " {ways} "."</p>
            </div>
        }
        .into_any(),
    }
}
