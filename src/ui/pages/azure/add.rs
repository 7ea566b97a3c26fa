//! Recording a credit offer: its kind and amount, a [`CreditDraft`] checked.

use crate::ledger::Facts;
use leptos::prelude::*;

use crate::i18n::Msg;
use crate::model::CreditKind;
use crate::model::form::{CreditDraft, CreditProfileDraft};
use crate::model::validate::Field as F;
use crate::ui::components::form::{Field, problem_of, problems_after_submit};
use crate::ui::data::use_data;
use crate::ui::state::use_ui;

/// The form that records a credit offer.
#[component]
pub fn AddCredit() -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    let kind = RwSignal::new(CreditKind::Monthly);
    let amount = RwSignal::new(String::new());
    let reassigned = RwSignal::new(String::new());
    let profile = RwSignal::new(String::new());
    let provisioned = RwSignal::new(String::new());
    let keyless = Memo::new(move |_| super::profile::is_keyless());
    let tried = RwSignal::new(false);
    let check = move || {
        CreditDraft {
            kind: kind.get(),
            amount: amount.get(),
            reassigned: reassigned.get(),
            profile: CreditProfileDraft {
                billing_profile: profile.get(),
                provisioned: provisioned.get(),
                keyless: keyless.get(),
            },
        }
        .check(data.today())
    };
    let errors = problems_after_submit(tried, move || check().err());
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        tried.set(true);
        let Ok(credit) = untrack(check) else { return };
        let _ = data.record(Msg::ChangeCreditAdded, Facts::AddCredit { credit });
        amount.set(String::new());
        reassigned.set(String::new());
        provisioned.set(String::new());
        tried.set(false);
    };
    view! {
        <form class="card credit-form" on:submit=on_submit novalidate>
            <h2>{ui.t(Msg::CreditAddTitle)}</h2>
            <p class="field"><label for="credit-kind">{ui.t(Msg::CreditKindLabel)}</label>
                <select id="credit-kind" on:change=move |ev| kind.set(if event_target_value(&ev) == "bulk" { CreditKind::Bulk } else { CreditKind::Monthly })>
                    <option value="monthly">{ui.t(Msg::CreditKindMonthly)}</option>
                    <option value="bulk">{ui.t(Msg::CreditKindBulk)}</option>
                </select></p>
            <Field id="credit-amount" label=Msg::CreditAmount value=amount kind="number" error=problem_of(errors, F::Amount)/>
            {move || (!keyless.get()).then(|| view! { <Field id="credit-reassigned" label=Msg::CreditReassignedBefore value=reassigned kind="number" error=problem_of(errors, F::Reassigned)/> })}
            {move || keyless.get().then(|| view! { <Field id="credit-profile" label=Msg::CreditProfileLabel value=profile error=problem_of(errors, F::BillingProfile)/> })}
            <Field id="credit-provisioned" label=Msg::CreditProvisionedLabel value=provisioned kind="date" error=problem_of(errors, F::Provisioned)/>
            <p class="actions"><button type="submit">{ui.t(Msg::CreditAdd)}</button></p>
        </form>
    }
}
