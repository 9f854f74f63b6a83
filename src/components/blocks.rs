//! Body text from JSON blocks. Every string is rendered as a text node, never as HTML.

use crate::components::figure::Figure;
use crate::content::{picture::on_first_screen, Block};
use leptos::prelude::*;

/// Renders blocks in order: headings as `h2`, paragraphs, lists, quotes and pictures.
#[component]
pub fn Blocks(
    /// The blocks of an article or page.
    blocks: Vec<Block>,
) -> impl IntoView {
    let first_screen: Vec<bool> = (0..blocks.len())
        .map(|i| on_first_screen(&blocks, i))
        .collect();
    blocks
        .into_iter()
        .zip(first_screen)
        .map(|(block, first_screen)| match block {
            Block::Heading { text } => view! { <h2>{text}</h2> }.into_any(),
            Block::Paragraph { text } => view! { <p>{text}</p> }.into_any(),
            Block::List { ordered, items } => {
                let items = items
                    .into_iter()
                    .map(|item| view! { <li>{item}</li> })
                    .collect_view();
                if ordered {
                    view! { <ol>{items}</ol> }.into_any()
                } else {
                    view! { <ul>{items}</ul> }.into_any()
                }
            }
            Block::Quote { text, cite } => view! {
                <figure class="quote">
                    <blockquote>
                        <p>{text}</p>
                    </blockquote>
                    {cite.map(|c| view! { <figcaption>{c}</figcaption> })}
                </figure>
            }
            .into_any(),
            Block::Image {
                src,
                alt,
                caption,
                width,
                height,
                ..
            } => view! { <Figure src alt caption width height first_screen /> }.into_any(),
        })
        .collect_view()
}
