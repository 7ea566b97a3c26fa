//! Before an undo: what moves (subscriptions' licenses and ends, records
//! gone) and which later changes would no longer apply; then the undo.

use leptos::prelude::*;

use super::Journal;
use super::words::kind_label;
use crate::i18n::{Lang, Msg, fill, format_date};
use crate::ledger::{Event, Facts, Replayed, replay};
use crate::model::Dataset;
use crate::ui::data::use_data;
use crate::ui::state::use_ui;

/// The replay with `e` undone.
fn without(j: &Journal, e: &Event) -> Replayed {
    let mut events = j.ledger.events.clone();
    events.push(Event {
        id: "preview".into(),
        day: e.day,
        at: "9999".into(),
        device: String::new(),
        admin: String::new(),
        facts: super::void_of(e),
    });
    replay(&events, &j.ledger.texts)
}

/// What moves, as lines.
fn moves(lang: Lang, now: &Dataset, then: &Dataset) -> Vec<String> {
    let mut out = Vec::new();
    for s in &now.subscriptions {
        match then.subscriptions.iter().find(|x| x.id == s.id) {
            None => out.push(fill(
                lang.t(Msg::HistoryPreviewSubGone),
                &[("name", &s.product)],
            )),
            Some(t) if t.licenses != s.licenses || t.end != s.end => out.push(fill(
                lang.t(Msg::HistoryPreviewSub),
                &[
                    ("name", &s.product),
                    ("licenses", &t.licenses.to_string()),
                    ("end", &format_date(lang, t.end)),
                    ("licenses_now", &s.licenses.to_string()),
                    ("end_now", &format_date(lang, s.end)),
                ],
            )),
            Some(_) => {}
        }
    }
    out
}

/// The undo being asked for, previewed; confirmed, it is recorded.
#[component]
pub fn UndoPreview(
    /// The change asked about.
    asked: RwSignal<Option<Event>>,
    /// The stored ledger and its replay.
    journal: Journal,
) -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    let j = StoredValue::new(journal);
    move || {
        let e = asked.get()?;
        let lang = ui.lang.get();
        let after = j.with_value(|j| without(j, &e));
        let newly: Vec<String> = j.with_value(|j| {
            after
                .refused
                .iter()
                .filter(|(id, _)| !j.replayed.refused.iter().any(|(x, _)| x == id))
                .filter_map(|(id, _)| j.events.iter().find(|x| x.id == *id))
                .map(|x| lang.t(kind_label(&x.facts)).to_owned())
                .collect()
        });
        let lines = j.with_value(|j| moves(lang, &j.replayed.data, &after.data));
        let redemption = matches!(e.facts, Facts::Redeem { .. } | Facts::RecordKeyless { .. });
        let title = fill(
            lang.t(Msg::HistoryPreviewTitle),
            &[("what", lang.t(kind_label(&e.facts)))],
        );
        let nothing = lines.is_empty() && newly.is_empty();
        let id = e.id.clone();
        let confirm = move |_| {
            let refused = after.refused.len() as u32;
            data.void(id.clone(), after.data.clone(), Some(refused));
            data.announced.set(Some(Msg::ChangeUndone));
            asked.set(None);
        };
        Some(view! {
            <section class="card confirm" role="alertdialog" aria-labelledby="history-preview-title">
                <h2 id="history-preview-title">{title}</h2>
                {redemption.then(|| view! { <p>{lang.t(Msg::HistoryPreviewPartnerCenter)}</p> })}
                {nothing.then(|| view! { <p>{lang.t(Msg::HistoryPreviewNothing)}</p> })}
                <ul>{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
                {(!newly.is_empty()).then(|| view! { <p class="notice warning">{fill(lang.t(Msg::HistoryPreviewBreaks), &[("list", &newly.join(", "))])}</p> })}
                <p class="actions">
                    <button type="button" on:click=confirm>{lang.t(Msg::HistoryConfirm)}</button> " "
                    <button type="button" class="secondary" on:click=move |_| asked.set(None)>{lang.t(Msg::HistoryCancel)}</button>
                </p>
            </section>
        })
    }
}
