//! "Book" for one massage type: the clinic's booking link, or how to call or email instead.

use crate::content::Site;
use crate::context::words;
use crate::locale::Key;
use crate::text::{around, fill};
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
    let w = words();
    // "{phone} or {email}", with both as links, inside a sentence with `{ways}` in it.
    let (before_phone, rest) = around(w.t(Key::BookWays), "{phone}");
    let (between, after_email) = around(rest, "{email}");
    let sentence = {
        let name = name.clone();
        move |template: &str| {
            let (before, after) = around(template, "{ways}");
            let before = fill(before, "{type}", &name) + before_phone;
            let after = after_email.to_string() + &fill(after, "{type}", &name);
            // An empty piece is left out: rendered, it would be a space before the full stop.
            let piece = |s: String| (!s.is_empty()).then_some(s);
            view! {
                {piece(before)}
                <a href=tel.clone()>{contact.phone.clone()}</a>
                {between}
                <a href=mailto.clone()>{contact.email.clone()}</a>
                {piece(after)}
            }
        }
    };
    if !site.offered.contains(&id) {
        return view! {
            <div class="booking booking-unavailable">
                <p>
                    {fill(&w.fill(Key::BookNotOffered, "{clinic}", &site.name), "{type}", &name)}
                    " "
                    {sentence(w.t(Key::BookAsk))}
                </p>
            </div>
        }
        .into_any();
    }
    match &site.booking {
        Some(b) => view! {
            <div class="booking">
                <a class="button button-primary" href=b.url_for(&id)>
                    {fill(&w.fill(Key::BookButton, "{label}", &b.label), "{type}", &name)}
                </a>
                <p class="booking-alt">{sentence(w.t(Key::BookOrCall))}</p>
            </div>
        }
        .into_any(),
        None => view! {
            <div class="booking">
                <p>{sentence(w.t(Key::BookCall))}</p>
            </div>
        }
        .into_any(),
    }
}
