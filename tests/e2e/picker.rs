//! The picker in the browser: list selection, URL state, Back, keyboard, red flags,
//! contraindications, booking and the not-offered group.

use crate::browser::{check, Page, R};
use crate::{Ctx, Test};
use serde_json::json;

macro_rules! tests {
    ($($name:ident),* $(,)?) => {
        vec![$(Test { name: stringify!($name), run: |x| Box::pin($name(x)) }),*]
    };
}

/// The picker's tests, in the order they run.
pub fn tests() -> Vec<Test> {
    tests![
        picker_checklist_updates_url_and_suggestions,
        picker_url_restores_after_reload_and_back_undoes,
        picker_toggles_by_keyboard,
        picker_emergency_replaces_suggestions,
        picker_clot_warning_sits_above_suggestions,
        picker_pregnancy_changes_suggestions,
        picker_not_offered_types_come_last,
        picker_unknown_ids_are_ignored_with_a_notice,
        picker_start_over_clears_everything,
    ]
}

const READY: &str = "document.querySelector('.picker-layout') !== null";

async fn open(p: &Page, path: &str) -> R {
    p.open(path).await?;
    p.wait(READY, "the picker").await
}

/// The massage type ids of the suggestion cards, in order.
async fn cards(p: &Page, css: &str) -> R<Vec<String>> {
    p.attrs(css, "data-type").await
}

async fn checked(p: &Page, value: &str) -> R<bool> {
    let v = p
        .js(
            "const e = document.querySelector(`input[value='${arguments[0]}']`); return e ? e.checked : null;",
            vec![json!(value)],
        )
        .await?;
    v.as_bool().ok_or_else(|| format!("no checkbox {value}"))
}

async fn picker_checklist_updates_url_and_suggestions(x: &Ctx) -> R {
    let p = &x.page;
    open(p, "/picker").await?;
    p.wait_h1("Where does it hurt?").await?;
    check(p.texts(".suggestion").await?.is_empty(), || {
        "cards before any choice".into()
    })?;
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
        reasons == ["May give short-term relief to tight, sore muscles in your lower back."],
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
    p.click("input[value=calf-left]").await?;
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
        "!document.querySelector('input[value=calf-left]').checked",
        "the calf unticked",
    )
    .await?;
    check(checked(p, "lower-back").await?, || {
        "Back undid too much".into()
    })
}

async fn picker_toggles_by_keyboard(x: &Ctx) -> R {
    let p = &x.page;
    open(p, "/picker").await?;
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
        text.contains("heart attack") && text.contains("999"),
        || format!("message {text:?}"),
    )?;
    check(p.texts(".suggestion").await?.is_empty(), || {
        "suggestions still shown".into()
    })
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
    let notice = p.text(".notice").await?;
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
    p.click(".picker-steps > p > button").await?;
    p.wait("location.search === ''", "an empty URL").await?;
    p.wait("!document.querySelector('.suggestion') && !document.querySelector('input[value=lower-back]').checked", "an empty picker").await
}
