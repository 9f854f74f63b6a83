//! The header's languages: the same page in each of the site's languages.

use crate::context::{languages, words};
use crate::locale::Key;
use leptos::prelude::*;

/// The site's languages, each named in itself, linking to this page in it (a plain link: it
/// works without JavaScript). Nothing for a site in one language.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let list = languages().0;
    (list.len() > 1).then(|| {
        let items = list
            .into_iter()
            .map(|l| {
                view! {
                    <li>
                        <a
                            href=l.href
                            lang=l.tag.clone()
                            hreflang=l.tag
                            aria-current=l.current.then_some("true")
                        >
                            {l.name}
                        </a>
                    </li>
                }
            })
            .collect_view();
        view! {
            <nav class="lang-switch" aria-label=words().t(Key::LangSwitch)>
                <ul>{items}</ul>
            </nav>
        }
    })
}
