//! A replacement key (R9): asked once, within 30 days after the key was
//! activated, on the day it was asked (today, or a day before for history);
//! the key Microsoft gives for it linked now or later. What R9 refuses is said
//! with the last day it was possible, and nothing is saved.

use crate::ledger::Facts;
use leptos::prelude::*;

use crate::i18n::words::change_error_text;
use crate::i18n::{Msg, field_problem, fill, format_date};
use crate::ledger::change::{ChangeError, replacement_candidates};
use crate::model::form::DayDraft;
use crate::model::validate::Field as F;
use crate::rules::RuleId;
use crate::rules::keys::check_replacement;
use crate::ui::components::form::Field;
use crate::ui::components::{RuleLink, WhyBox};
use crate::ui::data::use_data;
use crate::ui::state::use_ui;

/// Asking for a replacement of key `id`, or (`link_only`) recording the key
/// given for a replacement asked before.
#[component]
pub fn ReplaceKey(
    /// The key's id.
    id: u64,
    /// Only the replacement key is missing: the request is recorded.
    link_only: bool,
    /// Called once saved or cancelled.
    on_done: Callback<()>,
) -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    let day = RwSignal::new(data.today().to_string());
    let by = RwSignal::new(String::new());
    let checked = Memo::new(move |_| {
        let on = DayDraft(day.get())
            .check_as(F::AskedOn, data.today())
            .ok()?;
        let rule = data.data.with(|d| {
            let k = d.keys.iter().find(|k| k.id == id)?;
            Some(check_replacement(
                k.redemption.as_ref().map(|r| r.on),
                None,
                on,
            ))
        })?;
        Some((on, rule.map_err(ChangeError::Refused)))
    });
    let day_error = Signal::derive(move || {
        DayDraft(day.get())
            .check_as(F::AskedOn, data.today())
            .err()
            .and_then(|e| e.get(F::AskedOn))
            .map(|e| field_problem(F::AskedOn, e))
    });
    let ready = move || {
        link_only && !by.with(String::is_empty)
            || !link_only && matches!(checked.get(), Some((_, Ok(_))))
    };
    let save = move |_| {
        let key = by.get_untracked().parse::<u64>().ok();
        let done = match (link_only, key, checked.get_untracked()) {
            (true, Some(by), _) => data.record(
                Msg::ChangeReplacementLinked,
                Facts::LinkReplacement { key: id, by },
            ),
            (false, by, Some((on, Ok(_)))) => data.record(
                Msg::ChangeReplacementAsked,
                Facts::AskReplacement { key: id, on, by },
            ),
            _ => return,
        };
        if done.is_ok() {
            on_done.run(());
        }
    };
    view! {
        <div class="card replace-form" role="group" aria-labelledby=format!("replace-{id}")>
            <h3 id=format!("replace-{id}")>{ui.t(if link_only { Msg::ReplaceLinkTitle } else { Msg::ReplaceTitle })} " " <RuleLink rule=RuleId::R9/></h3>
            {(!link_only).then(|| view! {
                <p class="muted">{ui.t(Msg::ReplaceHelp)}</p>
                <Field id=format!("replace-{id}-on") label=Msg::ReplaceAskedOn value=day kind="date" error=day_error/>
                {move || match checked.get() {
                    Some((_, Ok(last))) => Some(view! {
                        <p class="muted">{fill(ui.lang.get().t(Msg::ReplaceLastDay), &[("date", &format_date(ui.lang.get(), last.value))])}</p>
                        <WhyBox why=last.why value=last.value/>
                    }.into_any()),
                    Some((_, Err(e))) => Some(view! { <p class="field-error" role="alert">{change_error_text(ui.lang.get(), &e)} " " <RuleLink rule=RuleId::R9/></p> }.into_any()),
                    None => None,
                }}
            })}
            <ReplacementChoice id by optional=!link_only/>
            <p class="actions">
                <button type="button" disabled=move || !ready() on:click=save>{ui.t(if link_only { Msg::ReplaceLink } else { Msg::ReplaceSave })}</button>
                <button type="button" class="secondary" on:click=move |_| on_done.run(())>{ui.t(Msg::Cancel)}</button>
            </p>
        </div>
    }
}

/// A key as the admin tells it from others: product, licenses, the last group
/// of its text (the rest stays secret).
pub fn key_label(lang: crate::i18n::Lang, k: &crate::model::ProductKey) -> String {
    let licenses = fill(
        lang.t(Msg::KeyLicensesCount),
        &[("count", &k.licenses.to_string())],
    );
    let last = match &k.sealed {
        Some(s) => Some(s.last.as_str()),
        None => k.key.rsplit_once('-').map(|(_, last)| last),
    };
    match last {
        Some(last) => format!("{} · {licenses} · …{last}", k.product),
        None => format!("{} · {licenses}", k.product),
    }
}

/// The key that replaces key `id`: any other key not linked to a replacement.
#[component]
fn ReplacementChoice(
    /// The key being replaced.
    id: u64,
    /// The chosen key's id, or empty.
    by: RwSignal<String>,
    /// Whether "not received yet" may be chosen.
    optional: bool,
) -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    let select_id = format!("replace-{id}-by");
    let options = move || {
        let lang = ui.lang.get();
        data.data.with(|d| {
            replacement_candidates(d, id)
                .into_iter()
                .map(|k| {
                    let text = key_label(lang, k);
                    view! { <option value=k.id.to_string()>{text}</option> }
                })
                .collect_view()
        })
    };
    view! {
        <p class="field"><label for=select_id.clone()>{ui.t(Msg::ReplaceBy)}</label>
            <select id=select_id on:change=move |ev| by.set(event_target_value(&ev))>
                <option value="">{ui.t(if optional { Msg::ReplaceNotYet } else { Msg::ReplaceChoose })}</option>
                {options}
            </select></p>
    }
}
