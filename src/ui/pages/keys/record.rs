//! Recording a redemption that happened in Partner Center: when, in whose
//! tenant, how and onto which subscription. It runs the same engine path as the
//! wizard ([`record_redemption`]) as of the day it happened, so what the wizard
//! would refuse on that day is refused here too, and the subscription moves as
//! the rules say. A confirmation comes first: Microsoft cannot undo one.

use crate::ledger::Facts;
use leptos::prelude::*;

use crate::i18n::words::{change_error_text, mode_name};
use crate::i18n::{Msg, field_problem, fill, format_date};
use crate::ledger::change::{ChangeError, RedemptionRequest, check_redemption};
use crate::model::form::{FieldErrors, RedemptionDraft};
use crate::model::validate::Field as F;
use crate::model::{RedemptionMode, TenantOwner};
use crate::rules::keys::Refusal;
use crate::ui::components::RuleLink;
use crate::ui::data::use_data;
use crate::ui::routes::Page;
use crate::ui::state::use_ui;

/// What stops the redemption as entered: a field, or a rule.
#[derive(Clone, Debug, PartialEq)]
enum Problem {
    Field(FieldErrors),
    Rule(ChangeError),
}

const MODES: [RedemptionMode; 3] = [
    RedemptionMode::New,
    RedemptionMode::Add,
    RedemptionMode::Extend,
];

/// The details of a redemption of key `id`, then a confirmation.
#[component]
pub fn RecordRedemption(
    /// The key's id.
    id: u64,
    /// Its product, for the heading.
    product: String,
    /// Called once recorded or cancelled.
    on_done: Callback<()>,
) -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    let draft = RwSignal::new(RedemptionDraft {
        on: data.today().to_string(),
        owner: TenantOwner::Partner,
        tenant: String::new(),
        mode: RedemptionMode::New,
        subscription: String::new(),
    });
    let reviewing = RwSignal::new(None::<RedemptionRequest>);
    let checked = Memo::new(move |_| {
        let req = draft
            .with(|d| d.check(id, data.today()))
            .map_err(Problem::Field)?;
        data.data
            .with(|d| check_redemption(d, &req))
            .map_err(Problem::Rule)?;
        Ok::<_, Problem>(req)
    });
    let confirm = Callback::new(move |req: RedemptionRequest| {
        // Checked again against the newest data (another tab may have moved on);
        // a refusal now shows under the fields, where `checked` says why.
        match data.record_final(Msg::ChangeKeyRedeemed, Facts::Redeem { request: req }) {
            Ok(()) => on_done.run(()),
            Err(_) => reviewing.set(None),
        }
    });
    let heading = product.clone();
    view! {
        <div class="card redeem-form" role="group" aria-labelledby=format!("redeem-{id}")>
            <h3 id=format!("redeem-{id}")>{move || fill(ui.lang.get().t(Msg::RedeemTitle), &[("product", &heading)])}</h3>
            {move || match reviewing.get() {
                Some(req) => view! { <ConfirmRecord product=product.clone() req confirm back=Callback::new(move |()| reviewing.set(None))/> }.into_any(),
                None => view! { <RecordFields draft/> }.into_any(),
            }}
            <Show when=move || reviewing.with(Option::is_none)>
                {move || checked.get().err().map(|p| view! { <ProblemLine problem=p/> })}
                <p class="actions">
                    <button type="button" disabled=move || checked.with(Result::is_err)
                        on:click=move |_| reviewing.set(checked.get_untracked().ok())>{ui.t(Msg::RedeemReview)}</button>
                    <button type="button" class="secondary" on:click=move |_| on_done.run(())>{ui.t(Msg::Cancel)}</button>
                </p>
            </Show>
        </div>
    }
}

/// The fields of a redemption: day, whose tenant, its name, how, which subscription.
#[component]
fn RecordFields(
    /// The draft the fields edit.
    draft: RwSignal<RedemptionDraft>,
) -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    let subs = data.data.with_untracked(|d| {
        d.subscriptions
            .iter()
            .map(|s| (s.id, s.product.clone()))
            .collect::<Vec<_>>()
    });
    let owner_radio = move |value: TenantOwner, label: Msg| {
        view! {
            <label><input type="radio" name="owner" prop:checked=move || draft.with(|d| d.owner == value)
                on:change=move |_| draft.update(|d| d.owner = value)/>" " {ui.t(label)}</label>
        }
    };
    view! {
        <p class="field"><label for="redeem-on">{ui.t(Msg::RedeemOn)}</label>
            <input id="redeem-on" type="date" prop:value=draft.with_untracked(|d| d.on.clone())
                on:input=move |ev| draft.update(|d| d.on = event_target_value(&ev))/></p>
        <fieldset>
            <legend>{ui.t(Msg::RedeemOwner)}</legend>
            {owner_radio(TenantOwner::Partner, Msg::OwnerPartner)}
            {owner_radio(TenantOwner::Customer, Msg::OwnerCustomer)}
        </fieldset>
        <p class="field"><label for="redeem-tenant">{ui.t(Msg::RedeemTenant)}</label>
            <input id="redeem-tenant" type="text" autocomplete="off" prop:value=draft.with_untracked(|d| d.tenant.clone())
                on:input=move |ev| draft.update(|d| d.tenant = event_target_value(&ev))/></p>
        <p class="field"><label for="redeem-mode">{ui.t(Msg::RedeemMode)}</label>
            <select id="redeem-mode" on:change=move |ev| {
                let v = event_target_value(&ev);
                let mode = MODES.into_iter().find(|m| format!("{m:?}") == v).unwrap_or(RedemptionMode::New);
                draft.update(|d| d.mode = mode);
            }>
                {MODES.map(|m| view! { <option value=format!("{m:?}") selected=move || draft.with(|d| d.mode == m)>{ui.t(mode_name(m))}</option> })}
            </select></p>
        <p class="field"><label for="redeem-sub">{ui.t(Msg::RedeemSubscription)}</label>
            <select id="redeem-sub" on:change=move |ev| draft.update(|d| d.subscription = event_target_value(&ev))>
                <option value="">{ui.t(Msg::SubscriptionNone)}</option>
                {subs.into_iter().map(|(sid, name)| {
                    let value = sid.to_string();
                    let chosen = draft.with_untracked(|d| d.subscription == value);
                    view! { <option value=value selected=chosen>{name}</option> }
                }).collect_view()}
            </select></p>
    }
}

/// Why the redemption cannot be recorded as entered, with its rule.
#[component]
fn ProblemLine(
    /// The field or rule that stops it.
    problem: Problem,
) -> impl IntoView {
    let ui = use_ui();
    let rule = match &problem {
        Problem::Rule(e) => e.rule(),
        Problem::Field(_) => None,
    };
    let shown = problem.clone();
    let text = move || {
        let lang = ui.lang.get();
        match &shown {
            Problem::Field(errors) => errors
                .get(F::RedeemedOn)
                .map(|e| lang.t(field_problem(F::RedeemedOn, e)).to_owned())
                .unwrap_or_default(),
            Problem::Rule(e) => change_error_text(lang, e),
        }
    };
    // R1 cannot be checked without the expiry date: the way to it is one click.
    let no_expiry = problem == Problem::Rule(ChangeError::Refused(Refusal::NoBenefitExpiry));
    view! {
        <p class="field-error" role="alert">{text} {rule.map(|rule| view! { " " <RuleLink rule/> })}
            {no_expiry.then(|| view! { " " <a href=ui.href(Page::Membership.path())>{ui.t(Msg::NavMembership)}</a> })}</p>
    }
}

/// The last look: it cannot be undone.
#[component]
fn ConfirmRecord(
    /// The key's product.
    product: String,
    /// What will be recorded.
    req: RedemptionRequest,
    /// Records it.
    confirm: Callback<RedemptionRequest>,
    /// Back to the details.
    back: Callback<()>,
) -> impl IntoView {
    let ui = use_ui();
    let day = req.on;
    view! {
        <div class="confirm" role="alertdialog" aria-labelledby="confirm-title" aria-describedby="confirm-text">
            <h4 id="confirm-title">{ui.t(Msg::RedeemConfirmTitle)}</h4>
            <p id="confirm-text">{move || {
                let lang = ui.lang.get();
                fill(lang.t(Msg::RedeemConfirmText), &[("product", &product), ("date", &format_date(lang, day))])
            }}</p>
            <p class="actions">
                <button type="button" class="danger" on:click=move |_| confirm.run(req.clone())>{ui.t(Msg::RedeemConfirm)}</button>
                <button type="button" class="secondary" on:click=move |_| back.run(())>{ui.t(Msg::RedeemBack)}</button>
            </p>
        </div>
    }
}
