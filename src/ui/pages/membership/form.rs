//! The membership form: offer, redemption flow, country and the dates, a
//! [`MembershipDraft`] checked at each field.

use crate::ledger::Facts;
use leptos::prelude::*;

use crate::i18n::{Msg, offer_label};
use crate::model::form::MembershipDraft;
use crate::model::validate::Field as F;
use crate::model::{Offer, RedemptionFlow};
use crate::ui::components::form::{Field, Radio, problem_of, problems_after_submit};
use crate::ui::data::use_data;
use crate::ui::state::use_ui;

/// Offer, flow, country and dates of the membership.
#[component]
pub fn MembershipForm() -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    let start = data
        .data
        .with_untracked(|d| d.membership.as_ref().map(MembershipDraft::of))
        .unwrap_or_default();
    let offer = RwSignal::new(start.offer);
    let flow = RwSignal::new(start.flow);
    let purchased = RwSignal::new(start.purchased);
    let country = RwSignal::new(start.country);
    let anniversary = RwSignal::new(start.anniversary);
    let renewal_start = RwSignal::new(start.renewal_start);
    let expiry = RwSignal::new(start.benefit_expiry);
    let tried = RwSignal::new(false);
    let check = move || {
        MembershipDraft {
            offer: offer.get(),
            flow: flow.get(),
            purchased: purchased.get(),
            country: country.get(),
            anniversary: anniversary.get(),
            renewal_start: renewal_start.get(),
            benefit_expiry: expiry.get(),
        }
        .check()
    };
    let errors = problems_after_submit(tried, move || check().err());
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        tried.set(true);
        let Ok(fields) = untrack(check) else { return };
        let _ = data.record(Msg::ChangeMembershipSaved, Facts::SaveMembership { fields });
        tried.set(false);
    };
    view! {
        <form class="card membership-form" on:submit=on_submit novalidate>
            <h2>{ui.t(Msg::MembershipFormTitle)}</h2>
            <OfferFields offer flow/>
            <Field id="country" label=Msg::Country value=country error=Signal::derive(|| None)/>
            <Field id="purchased" label=Msg::Purchased value=purchased kind="date" error=problem_of(errors, F::Purchased)/>
            <Field id="anniversary" label=Msg::Anniversary value=anniversary kind="date" error=problem_of(errors, F::Anniversary)/>
            <Field id="renewal-start" label=Msg::RenewalStart value=renewal_start kind="date" error=problem_of(errors, F::RenewalStart)/>
            <Field id="benefit-expiry" label=Msg::BenefitExpiry value=expiry kind="date" error=problem_of(errors, F::BenefitExpiry)/>
            <p class="actions"><button type="submit">{ui.t(Msg::MembershipSave)}</button></p>
        </form>
    }
}

/// A form value for an offer (the select's `value`).
fn slug(o: Offer) -> &'static str {
    match o {
        Offer::ActionPack => "action-pack",
        Offer::Silver => "silver",
        Offer::Gold => "gold",
        Offer::LearningActionPack => "learning-action-pack",
        Offer::SolutionsPartner => "solutions-partner",
        Offer::PartnerLaunch => "partner-launch",
        Offer::PartnerSuccessCore => "partner-success-core",
        Offer::PartnerSuccessExpanded => "partner-success-expanded",
    }
}

/// The offer (today's and the retired ones in two groups) and how its
/// benefits are redeemed, asked as what Partner Center shows (R17).
#[component]
fn OfferFields(
    /// The offer chosen.
    offer: RwSignal<Offer>,
    /// The redemption flow chosen.
    flow: RwSignal<RedemptionFlow>,
) -> impl IntoView {
    let ui = use_ui();
    let option = move |o: Offer| view! { <option value=slug(o) selected=move || offer.get() == o>{ui.t(offer_label(o))}</option> };
    let group = move |label: Msg, retired: bool| {
        let options: Vec<_> = Offer::ALL
            .into_iter()
            .filter(|o| o.retired() == retired)
            .map(option)
            .collect();
        view! { <optgroup label=move || ui.t(label)>{options}</optgroup> }
    };
    let radio = move |value: RedemptionFlow, id: &'static str, label: Msg| {
        view! {
            <Radio name="flow" id=id checked=Signal::derive(move || flow.get() == value)
                on_pick=Callback::new(move |()| flow.set(value))>{ui.t(label)}</Radio>
        }
    };
    view! {
        <p class="field"><label for="program">{ui.t(Msg::Offer)}</label>
            <select id="program" on:change=move |ev| {
                let v = event_target_value(&ev);
                offer.set(Offer::ALL.into_iter().find(|o| slug(*o) == v).unwrap_or_default());
            }>
                {group(Msg::OffersCurrent, false)}
                {group(Msg::OffersRetired, true)}
            </select></p>
        <fieldset class="field flow">
            <legend>{ui.t(Msg::FlowQuestion)}</legend>
            <ul class="choices">
                {radio(RedemptionFlow::Keys, "flow-keys", Msg::FlowKeys)}
                {radio(RedemptionFlow::Keyless, "flow-keyless", Msg::FlowKeyless)}
            </ul>
        </fieldset>
    }
}
