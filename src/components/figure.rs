//! A picture from the content, with its caption.

use crate::content::picture::{copy_name, Pictures, SIZES};
use crate::context::host;
use leptos::prelude::*;

/// A content picture. On prerendered pages the build knows its size (written into the page, so
/// nothing shifts when it arrives) and its smaller copies (`srcset`, WebP first where made); in
/// the widget it is the original file, with the size the build wrote into the published
/// content. Off the first screen it loads lazily.
#[component]
pub fn Figure(
    /// The file, relative to the content folder.
    src: String,
    /// Its text alternative; empty for a decorative picture.
    alt: String,
    /// The line under it.
    caption: Option<String>,
    /// Its width in pixels, where the build's facts are not at hand (the widget).
    width: Option<u32>,
    /// Its height in pixels, as `width`.
    height: Option<u32>,
    /// On a phone's first screen: fetched at once, with high priority.
    first_screen: bool,
) -> impl IntoView {
    let pictures = use_context::<Pictures>();
    let made = pictures.as_ref().and_then(|p| p.made.get(&src).cloned());
    let base = pictures.map_or_else(|| host().content, |p| p.base);
    let url = |name: &str| format!("{base}{name}");
    let (srcset, webp, width, height) = match &made {
        Some(p) => {
            let set = |ext: Option<&str>| {
                p.copies
                    .iter()
                    .map(|w| format!("{} {w}w", url(&copy_name(&src, *w, ext))))
                    .chain([match ext {
                        Some(ext) => {
                            format!("{} {}w", url(&copy_name(&src, p.width, Some(ext))), p.width)
                        }
                        None => format!("{} {}w", url(&src), p.width),
                    }])
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            (
                Some(set(None)),
                p.webp.then(|| set(Some("webp"))),
                Some(p.width),
                Some(p.height),
            )
        }
        None => (None, None, width, height),
    };
    let sizes = srcset.as_ref().map(|_| SIZES);
    view! {
        <figure class="picture">
            <picture>
                {webp.map(|set| view! { <source type="image/webp" srcset=set sizes=SIZES /> })}
                <img
                    src=url(&src)
                    srcset=srcset
                    sizes=sizes
                    width=width
                    height=height
                    alt=alt
                    loading=(!first_screen).then_some("lazy")
                    fetchpriority=first_screen.then_some("high")
                    decoding="async"
                />
            </picture>
            {caption.map(|c| view! { <figcaption>{c}</figcaption> })}
        </figure>
    }
}
