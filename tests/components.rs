//! Component tests in a real browser (wasm-bindgen-test): text stays text, errors show their
//! message and retry, booking links follow the clinic's template. Run by `make wasm-test`.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use massage_guide::components::{blocks::Blocks, booking::Booking, loaded::LoadError};
use massage_guide::content::{parse, Block, ContentError, ParseError, Site};
use massage_guide::context::Ui;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts `view` in a fresh container and returns the container; the view stays mounted.
fn mount<V: IntoView + 'static>(view: impl FnOnce() -> V + 'static) -> web_sys::HtmlElement {
    let document = document();
    let el: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&el).unwrap();
    leptos::mount::mount_to(el.clone(), move || {
        provide_context(english());
        view()
    })
    .forget();
    el
}

/// The English words, as the shells provide them.
fn english() -> Ui {
    let json = include_str!("../locales/en.json");
    Ui::new(massage_guide::locale::Words::read("en", json).unwrap())
}

fn texts(root: &web_sys::HtmlElement, css: &str) -> Vec<String> {
    let list = root.query_selector_all(css).unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().text_content().unwrap_or_default())
        .collect()
}

fn site() -> Arc<Site> {
    Arc::new(parse("site.json", include_str!("../public/content/site.json")).unwrap())
}

#[wasm_bindgen_test]
fn blocks_render_every_kind_and_never_parse_html() {
    let evil = "<b>bold</b><img src=x>".to_string();
    let blocks = vec![
        Block::Heading { text: evil.clone() },
        Block::Paragraph {
            text: "One & two".into(),
        },
        Block::List {
            ordered: true,
            items: vec!["a".into(), "b".into()],
        },
        Block::Quote {
            text: "Calm".into(),
            cite: Some("A client".into()),
        },
    ];
    let root = mount(move || view! { <Blocks blocks /> });
    assert_eq!(texts(&root, "h2"), vec![evil]);
    assert_eq!(root.query_selector_all("b, img").unwrap().length(), 0);
    assert_eq!(texts(&root, "p"), vec!["One & two", "Calm"]);
    assert_eq!(texts(&root, "ol li"), vec!["a", "b"]);
    assert_eq!(texts(&root, "figcaption"), vec!["A client"]);
}

#[wasm_bindgen_test]
fn load_error_names_the_problem_and_retries() {
    let error = ContentError::Parse(ParseError {
        file: "about.json".into(),
        path: "blocks[0]".into(),
        message: "missing field `text`".into(),
        line: 3,
        column: 4,
    });
    let retries = Arc::new(AtomicUsize::new(0));
    let counter = retries.clone();
    let root = mount(move || {
        view! {
            <LoadError
                error
                primary=true
                retry=move || {
                    counter.fetch_add(1, Ordering::SeqCst);
                }
            />
        }
    });
    assert_eq!(texts(&root, "h1"), vec!["Sorry, this could not be loaded"]);
    assert_eq!(
        texts(&root, "code"),
        vec!["about.json: blocks[0]: missing field `text`"]
    );
    assert!(root.query_selector("[role=alert]").unwrap().is_some());
    let button: web_sys::HtmlElement = root
        .query_selector("button")
        .unwrap()
        .unwrap()
        .unchecked_into();
    button.click();
    button.click();
    assert_eq!(retries.load(Ordering::SeqCst), 2);
}

#[wasm_bindgen_test]
fn booking_uses_the_template_or_the_contact_details() {
    let offered = mount(
        || view! { <Booking site=site() id="swedish".into() name="Swedish massage".into() /> },
    );
    let link = offered.query_selector("a.button").unwrap().unwrap();
    assert_eq!(
        link.get_attribute("href").unwrap(),
        "https://booking.harbourlane.example/book?service=swedish"
    );
    assert_eq!(link.text_content().unwrap(), "Book online: Swedish massage");

    let not_offered =
        mount(|| view! { <Booking site=site() id="thai".into() name="Thai massage".into() /> });
    assert_eq!(not_offered.query_selector("a.button").unwrap(), None);
    let note = texts(&not_offered, ".booking-unavailable")[0].clone();
    assert!(note.contains("does not offer Thai massage"), "{note}");

    let mut no_booking = (*site()).clone();
    no_booking.booking = None;
    let phone_only = mount(move || {
        view! { <Booking site=Arc::new(no_booking) id="swedish".into() name="Swedish massage".into() /> }
    });
    assert_eq!(phone_only.query_selector("a.button").unwrap(), None);
    let hrefs: Vec<String> = {
        let list = phone_only.query_selector_all("a").unwrap();
        (0..list.length())
            .map(|i| {
                list.item(i)
                    .unwrap()
                    .unchecked_into::<web_sys::Element>()
                    .get_attribute("href")
                    .unwrap()
            })
            .collect()
    };
    assert_eq!(
        hrefs,
        vec!["tel:+442079460321", "mailto:hello@harbourlane.example"]
    );
}
