//! Subscriptions and the expiry notice (R6): each subscription's licenses, end
//! date, days left and history; for one of them, the notice's checklist and a
//! key of the same product, handed to the redemption wizard (`redeem.rs`) with
//! the subscription already chosen, where adding and extending are compared.

use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::use_navigate;

use super::Page;
use crate::i18n::{Msg, fill, format_date};
use crate::model::SubscriptionChange;
use crate::rules::RuleId;
use crate::rules::dates::days_between;
use crate::ui::components::RuleLink;
use crate::ui::data::use_data;
use crate::ui::state::use_ui;

lazy_page! {
    /// The subscriptions page.
    SubscriptionsPage => subscriptions_page
}

/// Loaded on first visit: see `docs/architecture.md`, "Lazy pages".
#[cfg_attr(feature = "split", lazy)]
async fn subscriptions_page() -> AnyView {
    let ui = use_ui();
    let data = use_data();
    let today = data.today;
    let intro = Page::Subscriptions.intro();
    let chosen_sub = RwSignal::new(None::<u64>);
    let chosen_key = RwSignal::new(None::<u64>);
    let navigate = use_navigate();
    let rows = move || {
        let lang = ui.lang.get();
        data.data.with(|d| {
            d.subscriptions
                .iter()
                .map(|s| {
                    let id = s.id;
                    let left = days_between(today, s.end);
                    let when = super::dashboard::when(lang, left);
                    let history = s
                        .history
                        .iter()
                        .map(|h: &SubscriptionChange| {
                            view! { <li>{fill(lang.t(Msg::HistoryLine), &[
                                ("date", &format_date(lang, h.on)),
                                ("licenses", &h.licenses.to_string()),
                                ("end", &format_date(lang, h.end)),
                            ])}</li> }
                        })
                        .collect_view();
                    view! {
                        <li class="sub-row" data-soon=(left <= 30).to_string()>
                            <div><strong>{s.product.clone()}</strong> " " <span class="muted">{s.tenant.clone()}</span></div>
                            <div>{fill(lang.t(Msg::KeyLicensesCount), &[("count", &s.licenses.to_string())])}
                                " · " {fill(lang.t(Msg::SubEnds), &[("date", &format_date(lang, s.end))])} " (" {when} ")"</div>
                            <ul class="history">{history}</ul>
                            <p><button type="button" class="secondary" aria-expanded=move || (chosen_sub.get() == Some(id)).to_string()
                                on:click=move |_| { chosen_sub.set(Some(id)); chosen_key.set(None); }>
                                {lang.t(Msg::NoticeButton)}</button></p>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let decision = move || {
        let lang = ui.lang.get();
        let sub_id = chosen_sub.get()?;
        let (sub, keys) = data.data.with(|d| {
            let sub = d.subscriptions.iter().find(|s| s.id == sub_id).cloned();
            // Only keys of the same product can go onto this subscription.
            let product = sub.as_ref().map(|s| s.product.to_lowercase());
            (
                sub,
                d.keys
                    .iter()
                    .filter(|k| k.redemption.is_none() && !k.replaced)
                    .filter(|k| Some(k.product.to_lowercase()) == product)
                    .map(|k| (k.id, k.product.clone(), k.licenses))
                    .collect::<Vec<_>>(),
            )
        });
        let sub = sub?;
        let navigate = navigate.clone();
        let compare = move |_| {
            if let Some(kid) = chosen_key.get_untracked() {
                // The wizard asks whose tenant next, with this subscription already chosen.
                navigate(
                    &format!("/redeem/tenant?key={kid}&sub={sub_id}"),
                    NavigateOptions::default(),
                );
            }
        };
        let choose = if keys.is_empty() {
            view! { <p>{lang.t(Msg::NoticeNoKeys)} " " <a href=ui.href("/keys")>{lang.t(Msg::NavKeys)}</a></p> }.into_any()
        } else {
            view! {
                <p class="field"><label for="notice-key">{lang.t(Msg::NoticeKey)}</label>
                    <select id="notice-key" on:change=move |ev| chosen_key.set(event_target_value(&ev).parse().ok())>
                        <option value="" prop:selected=chosen_key.get_untracked().is_none()>{lang.t(Msg::NoticeKeyNone)}</option>
                        {keys.iter().map(|(id, product, licenses)| view! {
                            <option value=id.to_string() prop:selected=chosen_key.get_untracked() == Some(*id)>
                                {fill(lang.t(Msg::NoticeKeyOption), &[("product", product), ("count", &licenses.to_string())])}
                            </option>
                        }).collect_view()}
                    </select></p>
                <p class="actions"><button type="button" disabled=move || chosen_key.get().is_none() on:click=compare>{lang.t(Msg::NoticeCompare)}</button></p>
            }
            .into_any()
        };
        Some(view! {
            <section class="card notice-flow" aria-labelledby="notice-title">
                <h2 id="notice-title">{fill(lang.t(Msg::NoticeTitle), &[("product", &sub.product)])} " " <RuleLink rule=RuleId::R6/></h2>
                <ol class="checklist">
                    <li>{fill(lang.t(Msg::NoticeCheckEnd), &[("date", &format_date(lang, sub.end))])}</li>
                    <li>{lang.t(Msg::NoticeChooseKey)}</li>
                </ol>
                {choose}
            </section>
        })
    };
    view! {
        <section class="page" data-page="/subscriptions">
            <h1>{ui.t(Msg::NavSubscriptions)}</h1>
            <p class="lead">{ui.t(intro)}</p>
            <Show when=move || data.data.with(|d| !d.subscriptions.is_empty()) fallback=move || view! {
                <p class="card empty-state">{ui.t(Msg::SubsEmpty)}</p>
            }>
                <ul class="sub-list">{rows}</ul>
            </Show>
            {decision}
        </section>
    }
    .into_any()
}
