//! The site footer: contact details and opening hours from `site.json`.

use crate::components::loaded::{loaded, Skeleton};
use crate::context::{store, words};
use crate::locale::Key;
use leptos::prelude::*;

/// Footer with phone (`tel:`), email (`mailto:`), address and opening hours.
#[component]
pub fn SiteFooter() -> impl IntoView {
    let site = store().site;
    let w = words();
    view! {
        <footer class="site-footer">
            <div class="wrap">
                {loaded(site, Skeleton::Line, false, |site| {
                    let c = site.contact.clone();
                    let hours = site
                        .hours
                        .iter()
                        .map(|h| view! {
                            <tr>
                                <th scope="row">{h.days.clone()}</th>
                                <td>{h.time.clone()}</td>
                            </tr>
                        })
                        .collect_view();
                    let address = c.address.iter().map(|l| view! { <span>{l.clone()}</span> }).collect_view();
                    view! {
                        <div class="footer-grid">
                            <section aria-labelledby="footer-contact">
                                <h2 id="footer-contact">{w.t(Key::FootContact)}</h2>
                                <p class="footer-name">{site.name.clone()}</p>
                                <address>
                                    {address}
                                </address>
                                <p>
                                    <a href=format!("tel:{}", c.phone_link)>{c.phone.clone()}</a>
                                    <br />
                                    <a href=format!("mailto:{}", c.email)>{c.email.clone()}</a>
                                </p>
                            </section>
                            <section aria-labelledby="footer-hours">
                                <h2 id="footer-hours">{w.t(Key::FootHours)}</h2>
                                <table class="hours">
                                    <tbody>{hours}</tbody>
                                </table>
                            </section>
                        </div>
                    }
                    .into_any()
                })}
                <p class="footer-note">{w.t(Key::FootNote)}</p>
            </div>
        </footer>
    }
}
