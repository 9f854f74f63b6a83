//! The picker in the browser: list selection, URL state, Back, keyboard, red flags,
//! contraindications, booking and the not-offered group.

use crate::browser::{check, Page, R};
use crate::{Ctx, Test};
use serde_json::json;

/// The picker's tests, in the order they run.
pub fn tests() -> Vec<Test> {
    tests![
        picker_checklist_updates_url_and_suggestions,
        picker_figure_regions_toggle_on_both_views,
        picker_figure_toggles_by_keyboard_and_names_regions,
        picker_list_and_figure_share_one_state,
        picker_whole_body_is_its_own_control,
        picker_regions_are_big_enough_to_tap_at_360px,
        picker_phone_counts_suggestions_and_jumps_to_them,
        picker_phone_opens_the_figure_where_the_regions_are,
        picker_asks_health_questions_that_matter,
        picker_taps_before_the_code_is_live_are_kept,
        picker_url_restores_after_reload_and_back_undoes,
        picker_toggles_by_keyboard,
        picker_emergency_replaces_suggestions,
        picker_clot_warning_sits_above_suggestions,
        picker_us_clinic_says_911_and_never_999,
        picker_pregnancy_changes_suggestions,
        picker_not_offered_types_come_last,
        picker_unknown_ids_are_ignored_with_a_notice,
        picker_start_over_clears_everything,
        picker_print_summarises_answers_and_suggestions,
        picker_toggle_speed_chromium,
    ]
}

const READY: &str =
    "document.querySelector('.picker-layout') !== null && document.documentElement.dataset.picker === 'ready'";

async fn open(p: &Page, path: &str) -> R {
    p.open(path).await?;
    p.wait(READY, "the picker").await
}

/// The massage type ids of the suggestion cards, in order.
async fn cards(p: &Page, css: &str) -> R<Vec<String>> {
    p.attrs(css, "data-type").await
}

/// Whether the checkbox for `value` is ticked: a list input, or a figure region (whose copies
/// on the front and back figures must agree).
async fn checked(p: &Page, value: &str) -> R<bool> {
    let v = p
        .js(
            "const e = document.querySelector(`input[value='${arguments[0]}']`); if (e) return e.checked; \
             const g = [...document.querySelectorAll(`[data-region='${arguments[0]}']`)].map(g => g.getAttribute('aria-checked')); \
             if (g.length === 0 || g.some(v => v !== g[0])) return null; return g[0] === 'true';",
            vec![json!(value)],
        )
        .await?;
    v.as_bool()
        .ok_or_else(|| format!("no checkbox {value}, or its copies disagree"))
}

/// Switches the region chooser to the plain list.
async fn use_list(p: &Page) -> R {
    p.click(".mode-switch button:nth-child(2)").await?;
    p.wait("document.querySelector('input[name=region]')", "the list")
        .await
}

async fn picker_checklist_updates_url_and_suggestions(x: &Ctx) -> R {
    let p = &x.page;
    open(p, "/picker").await?;
    p.wait_h1("Where does it hurt?").await?;
    check(p.texts(".suggestion").await?.is_empty(), || {
        "cards before any choice".into()
    })?;
    use_list(p).await?;
    p.click("input[value=lower-back]").await?;
    p.wait(
        "location.search === '?regions=lower-back'",
        "the region in the URL",
    )
    .await?;
    p.wait(
        "document.querySelector('input[value=tight]')",
        "the complaints",
    )
    .await?;
    p.click("input[value=tight]").await?;
    p.wait(
        "location.search === '?regions=lower-back&complaints=tight'",
        "the complaint in the URL",
    )
    .await?;
    p.wait("document.querySelector('.suggestion')", "suggestions")
        .await?;
    let ids = cards(p, ".suggestions:not(.not-offered) .suggestion").await?;
    check(ids.first().map(String::as_str) == Some("swedish"), || {
        format!("cards {ids:?}")
    })?;
    let reasons = p
        .texts(".suggestion[data-type=swedish] .reasons li")
        .await?;
    check(
        reasons == ["It may give short-term relief to tight, sore muscles in your lower back, best alongside exercise."],
        || format!("reasons {reasons:?}"),
    )?;
    let live = p.text("[aria-live=polite]").await?;
    check(live.contains("best match Swedish massage"), || {
        format!("live region {live:?}")
    })?;
    let href = p
        .attrs(".suggestion[data-type=swedish] .booking a.button", "href")
        .await?;
    check(
        href == ["https://booking.harbourlane.example/book?service=swedish"],
        || format!("booking {href:?}"),
    )?;
    p.wait(
        "[...document.querySelectorAll('.suggestion[data-type=swedish] .reading a')].some(a => a.getAttribute('href') === '/articles/massage-for-sore-back')",
        "the related article on the Swedish card",
    )
    .await?;
    p.click(".suggestion[data-type=swedish] h3 a").await?;
    p.wait_path("/massage/swedish").await?;
    p.wait_h1("Swedish massage").await
}

async fn picker_url_restores_after_reload_and_back_undoes(x: &Ctx) -> R {
    let p = &x.page;
    open(p, "/picker?regions=lower-back&complaints=tight").await?;
    p.c.refresh().await.map_err(|e| e.to_string())?;
    p.wait(READY, "the picker after reload").await?;
    check(
        checked(p, "lower-back").await? && checked(p, "tight").await?,
        || "state lost on reload".into(),
    )?;
    p.click(".figure-back [data-region=calf-left] .shape")
        .await?;
    p.wait(
        "location.search.includes('calf-left')",
        "the calf in the URL",
    )
    .await?;
    check(checked(p, "calf-left").await?, || "calf not ticked".into())?;
    p.c.back().await.map_err(|e| e.to_string())?;
    p.wait(
        "location.search === '?regions=lower-back&complaints=tight'",
        "Back to undo",
    )
    .await?;
    p.wait(
        "document.querySelector('[data-region=calf-left]').getAttribute('aria-checked') === 'false'",
        "the calf unticked",
    )
    .await?;
    check(checked(p, "lower-back").await?, || {
        "Back undid too much".into()
    })?;
    // A suggestion is another page of the site; Back comes back to the same choices.
    p.click(".suggestion h3 a").await?;
    p.wait(
        "location.pathname.startsWith('/massage/')",
        "the massage type page",
    )
    .await?;
    p.c.back().await.map_err(|e| e.to_string())?;
    p.wait(
        "location.search === '?regions=lower-back&complaints=tight'",
        "Back to the picker",
    )
    .await?;
    p.wait(READY, "the picker after Back").await?;
    check(
        checked(p, "lower-back").await? && checked(p, "tight").await?,
        || "choices lost after Back".into(),
    )
}

async fn picker_toggles_by_keyboard(x: &Ctx) -> R {
    let p = &x.page;
    open(p, "/picker").await?;
    use_list(p).await?;
    let el =
        p.c.find(fantoccini::Locator::Css("input[value=neck-back]"))
            .await
            .map_err(|e| e.to_string())?;
    p.js(
        "document.querySelector('input[value=neck-back]').focus()",
        vec![],
    )
    .await?;
    el.send_keys(" ").await.map_err(|e| e.to_string())?;
    p.wait("location.search === '?regions=neck-back'", "Space to tick")
        .await?;
    let focused = p.js("return document.activeElement.value", vec![]).await?;
    check(focused == json!("neck-back"), || {
        format!("focus moved to {focused}")
    })?;
    el.send_keys(" ").await.map_err(|e| e.to_string())?;
    p.wait("location.search === ''", "Space to untick").await
}

async fn picker_emergency_replaces_suggestions(x: &Ctx) -> R {
    let p = &x.page;
    open(p, "/picker?regions=chest&complaints=tight").await?;
    p.wait("document.querySelector('.suggestion')", "suggestions first")
        .await?;
    p.click("input[value=chest-pain]").await?;
    p.wait(
        "document.querySelector('.emergency[role=alert]')",
        "the emergency box",
    )
    .await?;
    let first = p
        .js("const e = document.querySelector('.emergency'); return !!(e.compareDocumentPosition(document.querySelector('.picker-layout')) & Node.DOCUMENT_POSITION_FOLLOWING);", vec![])
        .await?;
    check(first == json!(true), || {
        "emergency box is not above the picker".into()
    })?;
    let text = p.text(".emergency").await?;
    check(
        text.contains("Call 999 now") && text.contains("heart attack"),
        || format!("message {text:?}"),
    )?;
    // The demo clinic is in the UK: its number, as a link that dials it.
    let call = p.attrs(".emergency a.button-emergency", "href").await?;
    check(call == ["tel:999"], || format!("the call link: {call:?}"))?;
    check(p.texts(".suggestion").await?.is_empty(), || {
        "suggestions still shown".into()
    })
}

/// A copy of the site built for a clinic in another country (every locale's `site.json`
/// says so), prerendered again from that content; dropped with its folder.
pub struct OtherCountry {
    dir: std::path::PathBuf,
    /// Serves the copy's `dist/`.
    pub server: massage_guide::hosting::server::Server,
}

impl Drop for OtherCountry {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// The site as a clinic in `country` (`US`, `DE`) would build it.
pub fn clinic_in(country: &str) -> R<OtherCountry> {
    use std::process::Command;
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = std::env::temp_dir().join(format!("mg-{country}-clinic-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    for from in ["dist", "public"] {
        let ok = Command::new("cp")
            .arg("-a")
            .arg(root.join(from))
            .arg(&dir)
            .status();
        check(ok.is_ok_and(|s| s.success()), || format!("copying {from}"))?;
    }
    for file in ["site.json", "de/site.json"] {
        let site = std::fs::read_to_string(root.join("public/content").join(file))
            .map_err(|e| e.to_string())?;
        let there = site.replacen(
            "\"country\": \"GB\"",
            &format!("\"country\": \"{country}\""),
            1,
        );
        check(there != site, || {
            format!("{file} has no \"country\": \"GB\"")
        })?;
        for copy in ["public/content", "dist/content"] {
            std::fs::write(dir.join(copy).join(file), &there).map_err(|e| e.to_string())?;
        }
    }
    let built = Command::new(root.join("target/debug/prerender"))
        .arg(dir.join("dist"))
        .arg("/")
        .arg(dir.join("public/content"))
        .arg(root.join("target/templates/dist.html"))
        .output()
        .map_err(|e| format!("target/debug/prerender (make dist builds it): {e}"))?;
    check(built.status.success(), || {
        String::from_utf8_lossy(&built.stderr).into_owned()
    })?;
    let server = massage_guide::hosting::server::Server::start(dir.join("dist"));
    Ok(OtherCountry { dir, server })
}

async fn picker_us_clinic_says_911_and_never_999(x: &Ctx) -> R {
    let p = &x.page;
    let us = clinic_in("US")?;
    for query in [
        "regions=chest&complaints=tight",
        "regions=lower-back,calf-left&complaints=tight,swelling",
    ] {
        p.goto(&us.server.url(&format!("/picker?{query}"))).await?;
        p.wait_app().await?;
        if query.contains("chest") {
            let (text, call) = emergency_for_chest_pain(p).await?;
            check(text.contains("Call 911 now") && call == ["tel:911"], || {
                format!("the emergency box: {text:?} {call:?}")
            })?;
        } else {
            let urgent = urgent_help(p).await?;
            check(urgent.contains("urgent care clinic"), || {
                format!("urgent help {urgent:?}")
            })?;
        }
        never_says(p, "a US clinic's picker", &["999", "111", "NHS", "A&E"]).await?;
    }
    Ok(())
}

/// On a picker page with the chest chosen: ticks the chest-pain sign and returns the text of
/// the emergency box that comes and the `href`s of its call buttons.
pub async fn emergency_for_chest_pain(p: &Page) -> R<(String, Vec<String>)> {
    p.click("input[value=chest-pain]").await?;
    p.wait(
        "document.querySelector('.emergency[role=alert]')",
        "the emergency box",
    )
    .await?;
    let text = p.text(".emergency").await?;
    let call = p.attrs(".emergency a.button-emergency", "href").await?;
    Ok((text, call))
}

/// The urgent help in the see-a-doctor notice, once it shows.
pub async fn urgent_help(p: &Page) -> R<String> {
    p.wait(
        "document.querySelector('.see-doctor .urgent-help')",
        "the see-a-doctor notice",
    )
    .await?;
    p.text(".see-doctor .urgent-help").await
}

/// Checks that no text or `tel:` link the visitor can reach on `p`'s page (`what`) holds any
/// of `wrong`.
pub async fn never_says(p: &Page, what: &str, wrong: &[&str]) -> R {
    let seen = "return [document.body.innerText, ...[...document.querySelectorAll('a[href^=\"tel:\"]')].map(a => a.href)].join('\\n');";
    let all = p.js(seen, vec![]).await?;
    let all = all.as_str().unwrap_or_default();
    for wrong in wrong {
        check(!all.contains(wrong), || {
            format!("{what} says {wrong:?}: {all}")
        })?;
    }
    Ok(())
}

async fn picker_clot_warning_sits_above_suggestions(x: &Ctx) -> R {
    let p = &x.page;
    open(
        p,
        "/picker?regions=lower-back,calf-left&complaints=tight,swelling",
    )
    .await?;
    p.wait(
        "document.querySelector('.see-doctor') && document.querySelector('.suggestion')",
        "warning and cards",
    )
    .await?;
    let order = p
        .js("return !!(document.querySelector('.see-doctor').compareDocumentPosition(document.querySelector('.suggestion')) & Node.DOCUMENT_POSITION_FOLLOWING);", vec![])
        .await?;
    check(order == json!(true), || {
        "clot warning is not above the suggestions".into()
    })?;
    let text = p.text(".see-doctor").await?;
    check(text.contains("DVT"), || format!("warning {text:?}"))?;
    // Where to turn today, for the clinic's country (the UK: NHS 111), with a link to dial it.
    let urgent = p.text(".see-doctor .urgent-help").await?;
    let dial = p.attrs(".see-doctor .urgent-help a", "href").await?;
    check(urgent.contains("NHS 111") && dial == ["tel:111"], || {
        format!("urgent help {urgent:?} {dial:?}")
    })?;
    let ids = cards(p, ".suggestion").await?;
    check(
        !ids.iter().any(|i| i == "deep-tissue" || i == "sports"),
        || format!("deep work kept: {ids:?}"),
    )?;
    let reasons = p.texts(".suggestion .reasons li").await?;
    check(reasons.iter().all(|r| !r.contains("calf")), || {
        format!("calf still suggested for: {reasons:?}")
    })
}

async fn picker_pregnancy_changes_suggestions(x: &Ctx) -> R {
    let p = &x.page;
    open(p, "/picker?regions=whole-body&complaints=stress").await?;
    p.wait(
        "document.querySelector('.suggestion[data-type=hot-stone]')",
        "hot stone before",
    )
    .await?;
    p.click("input[value=pregnant]").await?;
    p.wait(
        "location.search.includes('yes=pregnant')",
        "the answer in the URL",
    )
    .await?;
    p.wait(
        "document.querySelector('.suggestion[data-type=prenatal]')",
        "pregnancy massage",
    )
    .await?;
    let ids = cards(p, ".suggestion").await?;
    check(ids.first().map(String::as_str) == Some("prenatal"), || {
        format!("cards {ids:?}")
    })?;
    check(!ids.iter().any(|i| i == "hot-stone" || i == "thai"), || {
        format!("cards {ids:?}")
    })?;
    let caution = p.text(".results .cautions").await?;
    check(caution.contains("midwife"), || {
        format!("caution {caution:?}")
    })
}

async fn picker_not_offered_types_come_last(x: &Ctx) -> R {
    let p = &x.page;
    open(p, "/picker?regions=whole-body&complaints=stress").await?;
    p.wait(
        "document.querySelector('.not-offered .suggestion')",
        "the not-offered group",
    )
    .await?;
    check(
        p.text(".not-offered-title").await? == "Not offered here",
        || "heading".into(),
    )?;
    let other = cards(p, ".not-offered .suggestion").await?;
    check(other.contains(&"shiatsu".to_string()), || {
        format!("not offered {other:?}")
    })?;
    let booking = p.texts(".not-offered .booking").await?;
    check(booking.is_empty(), || {
        "booking offered for a type the clinic does not offer".into()
    })
}

async fn picker_unknown_ids_are_ignored_with_a_notice(x: &Ctx) -> R {
    let p = &x.page;
    open(p, "/picker?regions=lower-back,nose&complaints=itchy").await?;
    let notice = p.text(".notice[role=status]").await?;
    check(notice.contains("nose") && notice.contains("itchy"), || {
        format!("notice {notice:?}")
    })?;
    check(checked(p, "lower-back").await?, || {
        "known region lost".into()
    })
}

async fn picker_start_over_clears_everything(x: &Ctx) -> R {
    let p = &x.page;
    open(p, "/picker?regions=lower-back&complaints=tight&yes=fever").await?;
    p.wait("document.querySelector('.suggestion')", "suggestions")
        .await?;
    p.click(".picker-actions button").await?;
    p.wait("location.search === ''", "an empty URL").await?;
    p.wait("!document.querySelector('.suggestion') && document.querySelector('[data-region=lower-back]').getAttribute('aria-checked') === 'false'", "an empty picker").await
}

async fn picker_figure_regions_toggle_on_both_views(x: &Ctx) -> R {
    let p = &x.page;
    open(p, "/picker").await?;
    // Side labels say whose side it is, in both views.
    let labels = p.texts(".figure .side-label").await?;
    check(
        labels == ["Your right", "Your left", "Your left", "Your right"],
        || format!("labels {labels:?}"),
    )?;
    p.click(".figure-front [data-region=shoulder-right] .shape")
        .await?;
    p.wait(
        "location.search === '?regions=shoulder-right'",
        "the front click in the URL",
    )
    .await?;
    // The shoulder is on both figures: both copies show it ticked.
    check(checked(p, "shoulder-right").await?, || {
        "shoulder not ticked on both figures".into()
    })?;
    p.click(".figure-back [data-region=calf-left] .shape")
        .await?;
    p.wait(
        "location.search === '?regions=shoulder-right,calf-left'",
        "the back click in the URL",
    )
    .await?;
    p.click(".figure-back [data-region=shoulder-right] .shape")
        .await?;
    p.wait(
        "location.search === '?regions=calf-left'",
        "the shoulder untoggled from the back",
    )
    .await?;
    check(!checked(p, "shoulder-right").await?, || {
        "shoulder still ticked".into()
    })?;
    // Away from the figure, the caption lists what is chosen.
    p.js("document.querySelector('.figure-back [data-region=shoulder-right]').dispatchEvent(new Event('pointerleave'))", vec![]).await?;
    p.wait(
        "document.querySelector('.figure-caption').textContent === 'Chosen: Left calf'",
        "the caption listing the choice",
    )
    .await
}

async fn picker_figure_toggles_by_keyboard_and_names_regions(x: &Ctx) -> R {
    let p = &x.page;
    open(p, "/picker").await?;
    let region = "document.querySelector('.figure-back [data-region=lower-back]')";
    let name = p.js(&format!("return {region}.getAttribute('aria-label') + '|' + {region}.getAttribute('role') + '|' + {region}.tabIndex"), vec![]).await?;
    check(name == json!("Lower back|checkbox|0"), || {
        format!("region semantics {name}")
    })?;
    p.js(&format!("{region}.focus()"), vec![]).await?;
    p.wait(
        "document.querySelector('.figure-caption').textContent === 'Lower back'",
        "the focused region's name",
    )
    .await?;
    let el = p.c.active_element().await.map_err(|e| e.to_string())?;
    el.send_keys(" ").await.map_err(|e| e.to_string())?;
    p.wait("location.search === '?regions=lower-back'", "Space to tick")
        .await?;
    p.wait(
        &format!("{region}.getAttribute('aria-checked') === 'true'"),
        "aria-checked",
    )
    .await?;
    let el = p.c.active_element().await.map_err(|e| e.to_string())?;
    el.send_keys("\u{E007}").await.map_err(|e| e.to_string())?;
    p.wait("location.search === ''", "Enter to untick").await?;
    // Focus order runs head to feet on the front figure.
    let order = p
        .js("return [...document.querySelectorAll('.figure-front [role=checkbox]')].map(g => g.dataset.region)", vec![])
        .await?;
    let order: Vec<String> = serde_json::from_value(order).map_err(|e| e.to_string())?;
    check(
        order[..4] == ["head", "face", "neck-front", "jaw-right"],
        || format!("order {order:?}"),
    )?;
    check(
        order.last().map(String::as_str) == Some("foot-top-left"),
        || format!("order {order:?}"),
    )?;
    // Keyboard only: Tab from the mode switch reaches "All over", then the head; Space ticks it.
    p.js(
        "document.querySelector('.mode-switch button:nth-child(2)').focus()",
        vec![],
    )
    .await?;
    for _ in 0..2 {
        let el = p.c.active_element().await.map_err(|e| e.to_string())?;
        el.send_keys("\u{E004}").await.map_err(|e| e.to_string())?;
    }
    p.wait(
        "document.activeElement.dataset.region === 'head'",
        "Tab to reach the head",
    )
    .await?;
    let el = p.c.active_element().await.map_err(|e| e.to_string())?;
    el.send_keys(" ").await.map_err(|e| e.to_string())?;
    p.wait("location.search === '?regions=head'", "Space on the head")
        .await
}

async fn picker_list_and_figure_share_one_state(x: &Ctx) -> R {
    let p = &x.page;
    open(p, "/picker").await?;
    p.click(".figure-front [data-region=knee-left] .shape")
        .await?;
    p.wait(
        "location.search === '?regions=knee-left'",
        "the figure click",
    )
    .await?;
    use_list(p).await?;
    check(checked(p, "knee-left").await?, || {
        "list does not show the figure's choice".into()
    })?;
    p.click("input[value=hand-right]").await?;
    p.wait(
        "location.search === '?regions=hand-right,knee-left'",
        "the list click",
    )
    .await?;
    p.click(".mode-switch button:nth-child(1)").await?;
    p.wait("document.querySelector('.figure')", "the figure again")
        .await?;
    check(
        checked(p, "hand-right").await? && checked(p, "knee-left").await?,
        || "figure lost the list's choice".into(),
    )
}

async fn picker_whole_body_is_its_own_control(x: &Ctx) -> R {
    let p = &x.page;
    open(p, "/picker").await?;
    p.click("input[name=whole-body]").await?;
    p.wait(
        "location.search === '?regions=whole-body'",
        "whole body in the URL",
    )
    .await?;
    p.click("input[value=relaxation]").await?;
    // The address follows once the results are shown.
    p.wait(
        "location.search.includes('relaxation') && document.querySelector('.suggestion')",
        "suggestions for relaxing",
    )
    .await?;
    let reasons = p
        .texts(".suggestion[data-type=swedish] .reasons li")
        .await?;
    check(
        reasons == ["It may help you relax and unwind all over."],
        || format!("reasons {reasons:?}"),
    )
}

/// Opens `path` in a 360 x 740 iframe (Firefox and WebKit windows cannot be that narrow), waits
/// for its picker and enters the frame; `leave` goes back out.
async fn phone(x: &Ctx, path: &str) -> R {
    let p = &x.page;
    let frame = format!("<!doctype html><title>phone</title><body style='margin:0'><iframe id=f style='width:360px;height:740px;border:0' src='{path}'></iframe>");
    x.server.fault(
        "/__phone-picker.html",
        massage_guide::hosting::server::Fault::Body(frame),
    );
    p.open_raw("/__phone-picker.html").await?;
    p.wait(
        "document.getElementById('f').contentDocument.querySelector('.figure') && document.getElementById('f').contentDocument.documentElement.dataset.picker === 'ready'",
        "the picker in the frame",
    )
    .await?;
    p.c.enter_frame(0).await.map_err(|e| e.to_string())
}

async fn leave(p: &Page, result: R) -> R {
    p.c.enter_parent_frame().await.map_err(|e| e.to_string())?;
    result
}

async fn picker_regions_are_big_enough_to_tap_at_360px(x: &Ctx) -> R {
    let p = &x.page;
    phone(x, "/picker").await?;
    let result = async {
        // Every region of the shown figure has a hit area of at least 24 x 24 CSS px (WCAG 2.2).
        let small = |view: &str| {
            format!("return [...document.querySelectorAll('.figure-{view} .region')].map(g => [g.dataset.region, g.getBoundingClientRect()]).filter(([, r]) => r.width < 24 || r.height < 24).map(([id]) => id)")
        };
        let front = p.js(&small("front"), vec![]).await?;
        check(front == json!([]), || format!("front regions under 24 px: {front}"))?;
        let hidden = p.js("return getComputedStyle(document.querySelector('.figure-back')).display", vec![]).await?;
        check(hidden == json!("none"), || "phones show one figure at a time".into())?;
        p.click(".view-switch button:nth-child(2)").await?;
        p.wait("getComputedStyle(document.querySelector('.figure-back')).display !== 'none'", "the back figure").await?;
        let back = p.js(&small("back"), vec![]).await?;
        check(back == json!([]), || format!("back regions under 24 px: {back}"))?;
        // A real click on a small region hits it.
        p.click(".figure-back [data-region=ankle-left] .shape").await?;
        p.wait("location.search === '?regions=ankle-left'", "the ankle tapped").await
    }
    .await;
    leave(p, result).await
}

/// The distance in CSS px from the bottom of the shown figure to the top of the first
/// suggestion card.
const FIGURE_TO_FIRST: &str = "const f = [...document.querySelectorAll('.figure')].find(e => e.getClientRects().length > 0); const c = document.querySelector('.suggestion'); return c ? Math.round(c.getBoundingClientRect().top - f.getBoundingClientRect().bottom) : null;";

/// On a phone: "lower back, tight" in four taps (Back, the lower back, Tight, the link), the
/// count of suggestions under the figure, the red-flag questions before the suggestions, and
/// an emergency answer that replaces them.
async fn picker_phone_counts_suggestions_and_jumps_to_them(x: &Ctx) -> R {
    let p = &x.page;
    phone(x, "/picker").await?;
    let result = async {
        check(p.texts(".results-jump").await?.is_empty(), || "a link before any choice".into())?;
        p.click(".view-switch button:nth-child(2)").await?;
        p.click(".figure-back [data-region=lower-back] .shape").await?;
        p.wait("document.querySelector('input[value=tight]')", "the complaints").await?;
        p.click("input[value=tight]").await?;
        p.wait("location.search === '?regions=lower-back&complaints=tight'", "lower back, tight").await?;
        let n = p.texts(".suggestion").await?.len();
        let link = p.text(".results-jump a").await?;
        check(n > 1 && link.starts_with(&format!("{n} kinds of massage may help")), || {
            format!("{n} cards, link {link:?}")
        })?;
        // The link sits right under the figure, in the first screen.
        let below = p.js("const a = document.querySelector('.results-jump a').getBoundingClientRect(); const f = document.querySelector('.figure-back').getBoundingClientRect(); return [Math.round(a.top - f.bottom), Math.round(a.bottom), innerHeight];", vec![]).await?;
        check(below[0].as_f64().is_some_and(|d| (0.0..120.0).contains(&d)), || format!("link vs figure {below}"))?;
        let distance = p.js(FIGURE_TO_FIRST, vec![]).await?;
        // The safety step comes before the suggestions.
        let order = p.js("return !!(document.querySelector('.safety').compareDocumentPosition(document.querySelector('.suggestion')) & Node.DOCUMENT_POSITION_FOLLOWING) && [...document.querySelectorAll('.safety li:not([hidden]) input')].map(i => i.value).join(',')", vec![]).await?;
        check(order == json!("back-nerves,serious-accident,back-warning-signs"), || format!("safety questions {order}"))?;
        p.click(".results-jump a").await?;
        p.wait("document.activeElement && document.activeElement.id === 'safety-title'", "focus on the first heading of the results").await?;
        let seen = p.js("const r = document.querySelector('.safety').getBoundingClientRect(); const c = document.querySelector('.suggestion').getBoundingClientRect(); return [Math.round(r.top), Math.round(c.top), innerHeight, location.search];", vec![]).await?;
        check(seen[0].as_f64().is_some_and(|t| t.abs() < 40.0) && seen[3] == json!("?regions=lower-back&complaints=tight"), || format!("after the jump {seen}"))?;
        println!(
            "     phone 360 x 740, {}: figure bottom to first suggestion {distance} px; after the link, the first card at {} px of {}; 4 taps to a suggestion for lower back, tight",
            p.engine.name(),
            seen[1],
            seen[2]
        );
        // An emergency answer replaces the suggestions, and the link says so.
        p.click("input[value=back-nerves]").await?;
        p.wait("document.querySelector('.emergency') && !document.querySelector('.suggestion')", "the emergency box").await?;
        let link = p.text(".results-jump a").await?;
        check(link.starts_with("Urgent"), || format!("link {link:?}"))?;
        p.click(".results-jump a").await?;
        p.wait("document.activeElement && document.activeElement.closest('.emergency') !== null", "focus on the emergency box").await
    }
    .await;
    leave(p, result).await
}

/// A shared link to places on the back opens the figure on its back; both sides: the front.
async fn picker_phone_opens_the_figure_where_the_regions_are(x: &Ctx) -> R {
    let p = &x.page;
    let shown = "return ['front', 'back'].filter(v => getComputedStyle(document.querySelector('.figure-' + v)).display !== 'none')";
    phone(x, "/picker?regions=lower-back,calf-left").await?;
    let back = p.js(shown, vec![]).await;
    leave(p, Ok(())).await?;
    check(back? == json!(["back"]), || {
        "a back-only link opens on the front".into()
    })?;
    phone(x, "/picker?regions=lower-back,knee-left").await?;
    let front = p.js(shown, vec![]).await;
    leave(p, Ok(())).await?;
    check(front? == json!(["front"]), || {
        "a link to both sides opens on the back".into()
    })
}

/// Health questions come when their answer would change something: with gentle work only,
/// blood thinners are not asked; with deep work on offer, they are.
async fn picker_asks_health_questions_that_matter(x: &Ctx) -> R {
    let p = &x.page;
    open(p, "/picker?regions=sole-left&complaints=relaxation").await?;
    p.wait("document.querySelector('.suggestion')", "suggestions")
        .await?;
    let asked = p
        .attrs("li:not([hidden]) > label > input[name=yes]", "value")
        .await?;
    check(
        asked.contains(&"pregnant".to_string()) && !asked.contains(&"blood-thinners".to_string()),
        || format!("asked {asked:?}"),
    )?;
    use_list(p).await?;
    p.click("input[value=lower-back]").await?;
    p.wait("location.search.includes('lower-back')", "the lower back")
        .await?;
    p.click("input[value=tight]").await?;
    p.wait(
        "document.querySelector('li:not([hidden]) input[value=blood-thinners]')",
        "the blood-thinners question",
    )
    .await?;
    p.click("input[value=blood-thinners]").await?;
    p.wait(
        "location.search.includes('yes=blood-thinners')",
        "the answer in the URL",
    )
    .await?;
    let ids = cards(p, ".suggestion").await?;
    check(!ids.iter().any(|i| i == "deep-tissue"), || {
        format!("cards {ids:?}")
    })
}

/// The picker's scripts and wasm 4 s late (at addresses of their own, which no earlier test
/// has put in the cache): a tap and a key press on the prerendered figure show at once and
/// are there when the picker is live.
async fn picker_taps_before_the_code_is_live_are_kept(x: &Ctx) -> R {
    use massage_guide::hosting::server::Fault;
    let p = &x.page;
    let dist = concat!(env!("CARGO_MANIFEST_DIR"), "/dist");
    let read = |f: &str| std::fs::read_to_string(format!("{dist}/{f}")).map_err(|e| e.to_string());
    let html = read("picker/index.html")?;
    // The first quoted address in `text` that contains `part` and ends with `end`.
    let name = |text: &str, part: &str, end: &str| -> R<String> {
        text.split(['\'', '"'])
            .find(|q| q.contains(part) && q.ends_with(end))
            .map(|q| q.trim_start_matches('/').to_string())
            .ok_or(format!("no {part}…{end}"))
    };
    // The addresses its boot script starts the code from, made new so that no earlier test
    // has them in the browser's cache.
    let glue = name(&html, "assets/massage-guide-", ".js")?;
    let wasm = name(&html, "assets/massage-guide-", ".wasm")?;
    x.server.fault(
        "/picker",
        Fault::Body(
            html.replace(&format!("{glue}\""), &format!("{glue}?late\""))
                .replace(&format!("{wasm}\""), &format!("{wasm}?late\"")),
        ),
    );
    let late = Fault::Delay(std::time::Duration::from_millis(4000));
    x.server.fault(&format!("/{glue}"), late.clone());
    x.server.fault(&format!("/{wasm}"), late);
    p.open_raw("/picker").await?;
    let not_live = "document.documentElement.dataset.picker !== 'ready'";
    check(
        p.js(&format!("return {not_live}"), vec![]).await? == json!(true),
        || "the picker was live at once".into(),
    )?;
    p.click(".figure-front [data-region=knee-left] .shape")
        .await?;
    p.wait("location.search === '?regions=knee-left' && [...document.querySelectorAll('[data-region=knee-left]')].every(g => g.getAttribute('aria-checked') === 'true')", "the tap shown at once").await?;
    p.js(
        "document.querySelector('.figure-front [data-region=neck-front]').focus()",
        vec![],
    )
    .await?;
    let el = p.c.active_element().await.map_err(|e| e.to_string())?;
    el.send_keys(" ").await.map_err(|e| e.to_string())?;
    p.wait(
        "location.search === '?regions=knee-left,neck-front'",
        "the key press kept",
    )
    .await?;
    check(
        p.js(&format!("return {not_live}"), vec![]).await? == json!(true),
        || "the picker went live before the test could tap it".into(),
    )?;
    p.wait_up_to(READY, "the picker", 20).await?;
    check(
        checked(p, "knee-left").await? && checked(p, "neck-front").await?,
        || "the early choices were lost".into(),
    )?;
    p.wait(
        "document.querySelector('#feel-title') !== null",
        "the next step",
    )
    .await
}

async fn picker_print_summarises_answers_and_suggestions(x: &Ctx) -> R {
    let p = &x.page;
    open(
        p,
        "/picker?regions=lower-back,calf-left&complaints=tight&yes=pregnant",
    )
    .await?;
    p.wait("document.querySelector('.suggestion')", "suggestions")
        .await?;
    // Every engine: the stylesheet shows the summary and hides the controls in print.
    let rule = p
        .js(
            "for (const s of document.styleSheets) for (const r of s.cssRules) if (r.media && r.media.mediaText === 'print') { const t = [...r.cssRules].map(i => i.cssText).join(' '); return t.includes('.print-only') && t.includes('.picker-steps'); } return false;",
            vec![],
        )
        .await?;
    check(rule == json!(true), || {
        "no print rules for the picker".into()
    })?;
    if p.engine == crate::browser::Engine::Chromium {
        p.cdp("Emulation.setEmulatedMedia", json!({"media": "print"}))
            .await?;
        let shown = p
            .js("return ['.print-summary', '.picker-steps', '.suggestion', 'header', '.picker-more'].map(s => document.querySelector(s).getClientRects().length > 0)", vec![])
            .await;
        let summary = p.text(".print-summary").await;
        p.cdp("Emulation.setEmulatedMedia", json!({"media": ""}))
            .await?;
        let shown = shown?;
        check(shown == json!([true, false, true, false, false]), || {
            format!("print layout: summary, steps, cards, header, more shown: {shown}")
        })?;
        let summary = summary?;
        check(
            summary.contains("Lower back and Left calf")
                && summary.contains("Tight, stiff or knotted")
                && summary.contains("Are you pregnant?"),
            || format!("summary {summary:?}"),
        )?;
    }
    Ok(())
}

/// Measures how long a toggle takes to update the suggestions: median of 50, in the page.
async fn picker_toggle_speed_chromium(x: &Ctx) -> R {
    let p = &x.page;
    open(p, "/picker?regions=lower-back&complaints=tight").await?;
    p.wait("document.querySelector('.suggestion')", "suggestions")
        .await?;
    let v = p
        .c
        .execute_async(
            "const done = arguments[arguments.length - 1];
             const g = document.querySelector('.figure-front [data-region=shoulder-right]');
             const target = document.querySelector('.picker-results');
             const once = () => new Promise(resolve => {
               const t0 = performance.now();
               const mo = new MutationObserver(() => { mo.disconnect(); resolve(performance.now() - t0); });
               mo.observe(target, {subtree: true, childList: true, characterData: true, attributes: true});
               g.dispatchEvent(new MouseEvent('click', {bubbles: true}));
             });
             (async () => {
               const times = [];
               for (let i = 0; i < 50; i++) { times.push(await once()); await new Promise(r => setTimeout(r, 0)); }
               times.sort((a, b) => a - b);
               done([times[25], times[0], times[49]]);
             })();",
            vec![],
        )
        .await
        .map_err(|e| e.to_string())?;
    let median = v[0].as_f64().unwrap_or(f64::MAX);
    println!("     picker toggle to updated suggestions, Chromium: median {median:.1} ms (min {:.1}, max {:.1}) over 50", v[1].as_f64().unwrap_or(0.0), v[2].as_f64().unwrap_or(0.0));
    check(median < 100.0, || format!("median toggle {median} ms"))
}
