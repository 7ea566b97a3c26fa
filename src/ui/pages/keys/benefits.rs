//! Benefits redeemed without a key (R17–R19), for a membership on the keyless
//! ("modernized") flow: what the partner is entitled to, a checklist that
//! walks through the redemption in Partner Center and the Microsoft 365 admin
//! center, and the record of it — the day and the tenant — after which the
//! benefit ends with the offer. Adding licenses or extending is not offered:
//! Microsoft publishes neither for this flow.

use crate::ledger::Facts;
use leptos::prelude::*;

use crate::i18n::words::change_error_text;
use crate::i18n::{Msg, fill, format_date};
use crate::model::KeylessBenefit;
use crate::model::form::{BenefitDraft, KeylessDraft};
use crate::model::validate::Field as F;
use crate::rules::RuleId;
use crate::rules::program::{keyless_deadline, keyless_end_of};
use crate::ui::components::RuleLink;
use crate::ui::components::form::{Field, problem_of, problems_after_submit};
use crate::ui::data::use_data;
use crate::ui::state::use_ui;

/// The benefits without keys: the flow's notice, the add form and the list.
#[component]
pub fn KeylessBenefits() -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    let open = RwSignal::new(None::<u64>);
    let rows = move || {
        let lang = ui.lang.get();
        data.data.with(|d| {
            // The offer's dates, once for every row.
            let m = d.membership.as_ref();
            let last = m.and_then(keyless_deadline).map(|e| e.value);
            d.benefits
                .iter()
                .map(|b| {
                    // R19: the end fixed on the day it was redeemed.
                    let end = b
                        .redeemed
                        .as_ref()
                        .and_then(|r| keyless_end_of(r, m))
                        .map(|e| e.value);
                    view! { <BenefitRow benefit=b.clone() text=status_text(lang, (last, end), b) open/> }
                })
                .collect_view()
        })
    };
    view! {
        <section class="card keyless" aria-labelledby="keyless-title">
            <h2 id="keyless-title">{ui.t(Msg::KlTitle)} " " <RuleLink rule=RuleId::R17/></h2>
            <p>{ui.t(Msg::KlIntro)}</p>
            <p class="notice info"><span>{ui.t(Msg::KlNoAddExtend)} " " <RuleLink rule=RuleId::R19/></span></p>
            <BenefitForm/>
            <Show when=move || data.data.with(|d| !d.benefits.is_empty())
                fallback=move || view! { <p class="empty-state">{ui.t(Msg::KlEmpty)}</p> }>
                <ul class="key-list keyless-list">{rows}</ul>
            </Show>
        </section>
    }
}

/// Where a benefit stands, in words: its last day to redeem, or when and where
/// it was redeemed and the day it ends with the offer (R19). `dates`: the last
/// day to redeem and the offer's end, when known.
fn status_text(
    lang: crate::i18n::Lang,
    (last, end): (Option<chrono::NaiveDate>, Option<chrono::NaiveDate>),
    b: &KeylessBenefit,
) -> String {
    match (&b.redeemed, last) {
        (Some(r), _) => {
            let end = end.map_or_else(
                || lang.t(Msg::KlEndUnknown).to_owned(),
                |e| format_date(lang, e),
            );
            let on = format_date(lang, r.on);
            fill(
                lang.t(Msg::KlRedeemed),
                &[("on", &on), ("tenant", &r.tenant), ("end", &end)],
            )
        }
        (None, Some(last)) => fill(lang.t(Msg::KlOpen), &[("date", &format_date(lang, last))]),
        (None, None) => lang.t(Msg::KlNoDeadline).to_owned(),
    }
}

/// Add a benefit: its product and licenses, checked at each field.
#[component]
fn BenefitForm() -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    let (product, quantity) = (RwSignal::new(String::new()), RwSignal::new(String::new()));
    let tried = RwSignal::new(false);
    let check = move || {
        BenefitDraft {
            product: product.get(),
            quantity: quantity.get(),
        }
        .check()
    };
    let errors = problems_after_submit(tried, move || check().err());
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        tried.set(true);
        let Ok((name, count)) = untrack(check) else {
            return;
        };
        let _ = data.record(
            Msg::ChangeBenefitAdded,
            Facts::AddBenefit {
                product: name,
                quantity: count,
            },
        );
        product.set(String::new());
        quantity.set(String::new());
        tried.set(false);
    };
    view! {
        <form class="key-form keyless-form" on:submit=on_submit novalidate>
            <Field id="kl-product" label=Msg::KeyProduct value=product error=problem_of(errors, F::Name)/>
            <Field id="kl-quantity" label=Msg::KeyLicenses value=quantity error=problem_of(errors, F::Licenses)/>
            <p class="actions"><button type="submit">{ui.t(Msg::KlAdd)}</button></p>
        </form>
    }
}

/// One benefit: product, licenses, where it stands; Redeem opens the checklist.
#[component]
fn BenefitRow(
    /// The benefit.
    benefit: KeylessBenefit,
    /// Where it stands, in words.
    text: String,
    /// The benefit whose checklist is open.
    open: RwSignal<Option<u64>>,
) -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    let id = benefit.id;
    let redeemed = benefit.redeemed.is_some();
    let product = benefit.product.clone();
    let remove = move |_| {
        let _ = data.record(Msg::ChangeBenefitRemoved, Facts::RemoveBenefit { id });
    };
    view! {
        <li class="key-row" data-status=if redeemed { "redeemed" } else { "open" }>
            <div>
                <p class="key-main"><strong>{benefit.product}</strong>
                    <span>{fill(ui.lang.get_untracked().t(Msg::KlQuantity), &[("count", &benefit.quantity.to_string())])}</span></p>
                <p class="key-status">{text} {redeemed.then(|| view! { " " <RuleLink rule=RuleId::R19/> })}</p>
            </div>
            <p class="key-actions">
                {(!redeemed).then(|| view! {
                    <button type="button" aria-expanded=move || (open.get() == Some(id)).to_string()
                        on:click=move |_| open.set(Some(id))>{ui.t(Msg::KlRedeem)}</button>
                })}
                <button type="button" on:click=remove>{ui.t(Msg::KlRemove)}</button>
            </p>
            <Show when=move || open.get() == Some(id)>
                <KeylessChecklist id product=product.clone() on_done=Callback::new(move |()| open.set(None))/>
            </Show>
        </li>
    }
}

/// The steps of a redemption without a key, each confirmed, then its day and
/// tenant recorded (R17, R18). Recording is refused after the last day to
/// redeem (R1); a wrong record can be undone.
#[component]
fn KeylessChecklist(
    /// The benefit's id.
    id: u64,
    /// Its product, for the heading.
    product: String,
    /// Called once recorded or cancelled.
    on_done: Callback<()>,
) -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    let steps = [Msg::KlStepBilling, Msg::KlStepTenant, Msg::KlStepCheckout]
        .map(|m| (m, RwSignal::new(false)));
    let on = RwSignal::new(data.today().to_string());
    let tenant = RwSignal::new(String::new());
    let tried = RwSignal::new(false);
    let refused = RwSignal::new(None::<String>);
    let check = move || {
        KeylessDraft {
            on: on.get(),
            tenant: tenant.get(),
        }
        .check(data.today())
    };
    let errors = problems_after_submit(tried, move || check().err());
    let all_done = move || steps.iter().all(|(_, s)| s.get());
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        tried.set(true);
        let Ok((day, name)) = untrack(check) else {
            return;
        };
        match data.record(
            Msg::ChangeBenefitRedeemed,
            Facts::RecordKeyless {
                id,
                on: day,
                tenant: name,
            },
        ) {
            Ok(()) => on_done.run(()),
            Err(e) => refused.set(Some(change_error_text(ui.lang.get_untracked(), &e))),
        }
    };
    let items = steps.map(|(msg, done)| {
        let box_id = format!("kl-{id}-{msg:?}");
        view! { <li><input type="checkbox" id=box_id.clone() prop:checked=done on:change=move |ev| done.set(event_target_checked(&ev))/>
            " " <label for=box_id>{ui.t(msg)}</label></li> }
    });
    view! {
        <form class="card redeem-form keyless-steps" on:submit=on_submit novalidate aria-labelledby=format!("kl-{id}-title")>
            <h3 id=format!("kl-{id}-title")>{move || fill(ui.lang.get().t(Msg::RedeemTitle), &[("product", &product)])} " " <RuleLink rule=RuleId::R18/></h3>
            <ol class="checklist">{items}</ol>
            <Field id=format!("kl-{id}-tenant") label=Msg::KlTenant value=tenant error=problem_of(errors, F::Tenant)/>
            <Field id=format!("kl-{id}-on") label=Msg::RedeemOn value=on kind="date" error=problem_of(errors, F::RedeemedOn)/>
            {move || refused.get().map(|t| view! { <p class="field-error" role="alert">{t}</p> })}
            <p class="actions">
                <button type="submit" disabled=move || !all_done()>{ui.t(Msg::KlRecord)}</button>
                <button type="button" class="secondary" on:click=move |_| on_done.run(())>{ui.t(Msg::Cancel)}</button>
            </p>
        </form>
    }
}
