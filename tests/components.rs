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

/// Resolves once the tasks queued for after the next frame have run (the picker's results).
async fn next_frame() {
    let done = js_sys::Promise::new(&mut |resolve, _| {
        massage_guide::live::after_frame(move || {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        })
    });
    wasm_bindgen_futures::JsFuture::from(done).await.unwrap();
}

/// The picker's markup as the components draw it (the DOM-made templates of the widget's
/// view), bound by `live`: a tap ticks the region at once and tells the new query; a frame
/// later the next step is open and the results are filled from the card templates; the
/// caption follows the pointer; dropping the binding stops it.
#[wasm_bindgen_test]
async fn live_binds_the_drawn_picker_to_the_engine() {
    use massage_guide::components::picker::parts::PickerParts;
    use massage_guide::content::Catalogue;
    use massage_guide::pages::picker::PickerBody;
    use massage_guide::picker::data::PickerData;
    use std::{cell::RefCell, rc::Rc};
    let site = site();
    let types = Arc::new(
        parse::<Catalogue>("c", include_str!("../public/content/massage-types.json"))
            .unwrap()
            .cards(),
    );
    let rules = Arc::new(
        parse::<massage_guide::picker::rules::PickerRules>(
            "p",
            include_str!("../public/content/picker.json"),
        )
        .unwrap(),
    );
    let data = PickerData {
        site: (*site).clone(),
        types: (*types).clone(),
        rules: (*rules).clone(),
        words: massage_guide::locale::Words::NONE,
        parts: String::new(),
    };
    let root =
        mount(move || view! { <PickerBody /><PickerParts rules types site articles=None /> });
    let queries = Rc::new(RefCell::new(Vec::new()));
    let told = queries.clone();
    let live = massage_guide::live::Live::bind(&root, data, english().words(), "", "", move |q| {
        told.borrow_mut().push(q)
    });
    let region = |css: &str| root.query_selector(css).unwrap().unwrap();
    let ticked = || texts(&root, "[data-region=lower-back][aria-checked=true]").len();
    assert_eq!(ticked(), 0);
    assert!(root.query_selector(".feel").unwrap().is_none());
    region(".figure-back [data-region=lower-back] .shape")
        .unchecked_into::<web_sys::HtmlElement>()
        .dispatch_event(&web_sys::MouseEvent::new("click").unwrap())
        .unwrap();
    // Not bubbling: the binding listens as events go down.
    assert_eq!(queries.borrow().as_slice(), ["regions=lower-back"]);
    assert_eq!(ticked(), 1);
    assert!(
        root.query_selector(".feel").unwrap().is_none(),
        "not before the next frame"
    );
    next_frame().await;
    assert!(root.query_selector(".feel").unwrap().is_some());
    let cards = texts(&root, ".results-body .suggestion h3");
    assert!(!cards.is_empty(), "no cards");
    assert!(!texts(&root, ".results-body .suggestion .reasons li").is_empty());
    // Nothing is found inside a template: the parts were moved into their content.
    assert_eq!(
        root.query_selector_all("input[name=region]")
            .unwrap()
            .length(),
        0
    );
    let caption = || texts(&root, ".figure-caption")[0].clone();
    assert_eq!(caption(), "Chosen: Lower back");
    let knee = region(".figure-front [data-region=knee-left]");
    knee.dispatch_event(&web_sys::PointerEvent::new("pointerenter").unwrap())
        .unwrap();
    assert_eq!(caption(), knee.get_attribute("aria-label").unwrap());
    drop(live);
    knee.dispatch_event(&web_sys::MouseEvent::new("click").unwrap())
        .unwrap();
    assert_eq!(queries.borrow().len(), 1, "still bound");
}
