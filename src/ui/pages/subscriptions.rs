//! Subscriptions and the expiry notice (R6, with R1, R7–R10): each subscription's
//! licenses, end date, days left and history; and, for one of them, a key not yet
//! redeemed compared both ways — adding its licenses or extending — with the
//! result of each, the reason when one is not allowed, and a confirmation before
//! the choice is recorded, since it cannot be undone.

use chrono::NaiveDate;
use leptos::prelude::*;

use super::Page;
use crate::i18n::{Lang, Msg, fill, format_date};
use crate::model::{RedemptionMode, SubscriptionChange, TenantOwner};
use crate::rules::dates::days_between;
use crate::rules::keys::{KeyFacts, Outcome, Refusal, SubscriptionFacts, redemption_options};
use crate::ui::data::use_data;
use crate::ui::state::use_ui;

/// The words for a refusal, with its date or number filled in.
pub fn refusal_text(lang: Lang, r: Refusal) -> String {
    let date = |d: NaiveDate| format_date(lang, d);
    match r {
        Refusal::BenefitExpired { expiry } => {
            fill(lang.t(Msg::RefuseExpired), &[("date", &date(expiry))])
        }
        Refusal::AlreadyRedeemed => lang.t(Msg::RefuseRedeemed).into(),
        Refusal::CustomerTenant => lang.t(Msg::ErrCustomerTenant).into(),
        Refusal::OverThreeYears { max_licenses } => fill(
            lang.t(Msg::RefuseOverThreeYears),
            &[("count", &max_licenses.to_string())],
        ),
        Refusal::SubscriptionEnded { end } => {
            fill(lang.t(Msg::RefuseEnded), &[("date", &date(end))])
        }
        Refusal::NoSubscription | Refusal::NoActiveLicenses => lang.t(Msg::RefuseNoSub).into(),
        Refusal::EmptyKey | Refusal::OutOfRange => lang.t(Msg::RefuseOther).into(),
    }
}

/// One option's result as a person reads it: licenses, end date, and the
/// license-days before and after.
fn outcome_text(lang: Lang, o: &Outcome) -> String {
    fill(
        lang.t(Msg::OptionResult),
        &[
            ("licenses", &o.licenses.to_string()),
            ("date", &format_date(lang, o.end)),
            ("before", &o.license_days_before.to_string()),
            ("after", &o.license_days_after.to_string()),
        ],
    )
}

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
    let pending = RwSignal::new(None::<(RedemptionMode, Outcome)>);
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
                                on:click=move |_| { chosen_sub.set(Some(id)); chosen_key.set(None); pending.set(None); }>
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
        let (sub, keys, expiry) = data.data.with(|d| {
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
                d.membership.as_ref().and_then(|m| m.benefit_expiry),
            )
        });
        let sub = sub?;
        let options = chosen_key.get().and_then(|kid| {
            let (_, _, licenses) = keys.iter().find(|k| k.0 == kid)?;
            let facts = KeyFacts {
                licenses: *licenses,
                benefit_expiry: expiry.unwrap_or(today),
                redeemed: false,
            };
            let target = SubscriptionFacts {
                licenses: sub.licenses,
                end: sub.end,
            };
            Some(redemption_options(
                &facts,
                Some(target),
                TenantOwner::Partner,
                today,
            ))
        });
        let cards = options.map(|opts| {
            opts.into_iter()
                .filter(|o| o.mode != RedemptionMode::New)
                .map(|o| {
                    let (title, rule) = if o.mode == RedemptionMode::Add {
                        (Msg::ModeAdd, "r7")
                    } else {
                        (Msg::ModeExtend, "r8")
                    };
                    let body = match &o.result {
                        Ok(e) => {
                            let outcome = e.value;
                            let mode = o.mode;
                            view! {
                                <p>{outcome_text(lang, &outcome)}</p>
                                <p><button type="button" on:click=move |_| pending.set(Some((mode, outcome)))>{lang.t(Msg::OptionChoose)}</button></p>
                            }
                            .into_any()
                        }
                        Err(r) => view! { <p class="refused">{refusal_text(lang, *r)}</p> }.into_any(),
                    };
                    view! {
                        <div class="card option" data-allowed=o.result.is_ok().to_string()>
                            <h3>{lang.t(title)} " " <a class="rule-link" href=ui.href(&format!("/rules#{rule}"))>{rule.to_uppercase()}</a></h3>
                            {body}
                        </div>
                    }
                })
                .collect_view()
        });
        let confirm = move |_| {
            let (Some((mode, outcome)), Some(kid)) =
                (pending.get_untracked(), chosen_key.get_untracked())
            else {
                return;
            };
            data.change_final(Msg::ChangeKeyRedeemed, |d| {
                let tenant = d
                    .subscriptions
                    .iter()
                    .find(|s| s.id == sub_id)
                    .map(|s| s.tenant.clone())
                    .unwrap_or_default();
                if let Some(s) = d.subscriptions.iter_mut().find(|s| s.id == sub_id) {
                    s.history.push(SubscriptionChange {
                        on: today,
                        licenses: s.licenses,
                        end: s.end,
                        key: Some(kid),
                    });
                    s.licenses = outcome.licenses;
                    s.end = outcome.end;
                }
                if let Some(k) = d.keys.iter_mut().find(|k| k.id == kid) {
                    k.redemption = Some(crate::model::Redemption {
                        on: today,
                        owner: TenantOwner::Partner,
                        subscription: Some(sub_id),
                        mode,
                        tenant,
                    });
                }
            });
            pending.set(None);
            chosen_key.set(None);
        };
        Some(view! {
            <section class="card notice-flow" aria-labelledby="notice-title">
                <h2 id="notice-title">{fill(lang.t(Msg::NoticeTitle), &[("product", &sub.product)])} " " <a class="rule-link" href=ui.href("/rules#r6")>"R6"</a></h2>
                <ol class="checklist">
                    <li>{fill(lang.t(Msg::NoticeCheckEnd), &[("date", &format_date(lang, sub.end))])}</li>
                    <li>{lang.t(Msg::NoticeChooseKey)}</li>
                </ol>
                <p class="field"><label for="notice-key">{lang.t(Msg::NoticeKey)}</label>
                    <select id="notice-key" on:change=move |ev| { chosen_key.set(event_target_value(&ev).parse().ok()); pending.set(None); }>
                        // `prop:selected`: the live choice, not just the initial attribute, so
                        // a rebuilt list never shows a key other than the one chosen.
                        <option value="" prop:selected=chosen_key.get_untracked().is_none()>{lang.t(Msg::NoticeKeyNone)}</option>
                        {keys.iter().map(|(id, product, licenses)| view! {
                            <option value=id.to_string() prop:selected=chosen_key.get_untracked() == Some(*id)>
                                {fill(lang.t(Msg::NoticeKeyOption), &[("product", product), ("count", &licenses.to_string())])}
                            </option>
                        }).collect_view()}
                    </select></p>
                <div class="options">{cards}</div>
                {move || pending.get().map(|(mode, outcome)| view! {
                    <div class="confirm" role="alertdialog" aria-labelledby="notice-confirm-title">
                        <h3 id="notice-confirm-title">{lang.t(Msg::RedeemConfirmTitle)}</h3>
                        <p>{lang.t(if mode == RedemptionMode::Add { Msg::ModeAdd } else { Msg::ModeExtend })} ": " {outcome_text(lang, &outcome)}</p>
                        <p class="actions">
                            <button type="button" class="danger" on:click=confirm>{lang.t(Msg::RedeemConfirm)}</button>
                            <button type="button" class="secondary" on:click=move |_| pending.set(None)>{lang.t(Msg::RedeemBack)}</button>
                        </p>
                    </div>
                })}
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
