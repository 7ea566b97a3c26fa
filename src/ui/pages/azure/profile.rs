//! Where a credit sits and for how long (R20, R21): in the keyless flow a
//! credit is on a billing profile, not with a person; a monthly credit is
//! usable 13 months from the day it was provisioned. The row's lines, and the
//! small form that records both.

use crate::ledger::Facts;
use leptos::prelude::*;

use crate::i18n::{Lang, Msg, fill, format_date};
use crate::model::AzureCredit;
use crate::model::form::CreditProfileDraft;
use crate::model::validate::Field as F;
use crate::rules::RuleId;
use crate::rules::azure::credit_usable_until;
use crate::ui::components::form::{Field, problem_of, problems_after_submit};
use crate::ui::components::{RuleLink, WhyBox};
use crate::ui::data::use_data;

/// Whether the membership is on the keyless flow (R17, R20).
pub fn is_keyless() -> bool {
    use_data().data.with(crate::model::Dataset::keyless)
}

/// The profile it sits on (keyless) and how long a monthly credit lasts.
#[component]
pub fn ProfileLines(
    /// The language of the texts.
    lang: Lang,
    /// The credit.
    credit: AzureCredit,
    /// Whether the membership is on the keyless flow.
    keyless: bool,
) -> impl IntoView {
    let profile = keyless.then(|| {
        let text = match credit.billing_profile.as_str() {
            "" => lang.t(Msg::CreditNoProfile).to_owned(),
            p => fill(lang.t(Msg::CreditOnProfileLine), &[("profile", p)]),
        };
        view! { <p class="credit-profile">{text} " " <RuleLink rule=RuleId::R20/></p> }
    });
    // R21: paid only up to the membership's one end (R22).
    let end = use_data().data.with(|d| {
        d.membership
            .as_ref()
            .and_then(crate::rules::program::offer_end)
    });
    let until = credit_usable_until(&credit, end).map(|u| {
        // R21: 13 months on, unless the membership ends first.
        let capped = u
            .why
            .facts
            .iter()
            .any(|f| f.name == crate::rules::FactName::OfferEnd);
        let msg = if capped {
            Msg::CreditUsableUntilEnd
        } else {
            Msg::CreditUsableUntil
        };
        let text = fill(lang.t(msg), &[("date", &format_date(lang, u.value))]);
        view! { <p class="credit-until">{text} " " <RuleLink rule=RuleId::R21/> <WhyBox why=u.why value=u.value/></p> }
    });
    view! { {profile} {until} }
}

/// Record the billing profile (keyless) and the provisioning day.
#[component]
pub fn ProfileForm(
    /// The language of the texts.
    lang: Lang,
    /// The credit.
    credit: AzureCredit,
    /// Whether the membership is on the keyless flow.
    keyless: bool,
) -> impl IntoView {
    let data = use_data();
    let id = credit.id;
    let profile = RwSignal::new(credit.billing_profile.clone());
    let provisioned = RwSignal::new(
        credit
            .provisioned
            .map(|d| d.to_string())
            .unwrap_or_default(),
    );
    let tried = RwSignal::new(false);
    let check = move || {
        CreditProfileDraft {
            billing_profile: profile.get(),
            provisioned: provisioned.get(),
            keyless,
        }
        .check(data.today())
    };
    let errors = problems_after_submit(tried, move || check().err());
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        tried.set(true);
        let Ok((p, day)) = untrack(check) else { return };
        let _ = data.record(
            Msg::ChangeCreditProfile,
            Facts::SetCreditProfile {
                credit: id,
                billing_profile: p,
                provisioned: day,
            },
        );
        tried.set(false);
    };
    let field = |name: &str| format!("credit-{id}-{name}");
    view! {
        <details class="credit-profile-form">
            <summary>{lang.t(if keyless { Msg::CreditProfileEdit } else { Msg::CreditProvisionEdit })}</summary>
            <form on:submit=on_submit novalidate>
                {keyless.then(|| view! { <Field id=field("profile") label=Msg::CreditProfileLabel value=profile error=problem_of(errors, F::BillingProfile)/> })}
                <Field id=field("provisioned") label=Msg::CreditProvisionedLabel value=provisioned kind="date" error=problem_of(errors, F::Provisioned)/>
                <p class="actions"><button type="submit" class="secondary">{lang.t(Msg::CreditProfileSave)}</button></p>
            </form>
        </details>
    }
}
