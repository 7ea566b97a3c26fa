//! Activating support (R15): the checklist ticked from what is recorded, the
//! contract's last day, and the form that records the activation.

use crate::ledger::Facts;
use leptos::prelude::*;

use crate::i18n::words::when;
use crate::i18n::{Msg, fill, format_date, format_days, step_text};
use crate::model::SupportContract;
use crate::model::form::SupportDraft;
use crate::model::validate::Field as F;
use crate::rules::RuleId;
use crate::rules::dates::days_between;
use crate::rules::steps::{GET_SUPPORT, Step};
use crate::rules::support::current_contract_year;
use crate::ui::components::form::{Field, problem_of, problems_after_submit};
use crate::ui::components::{RuleLink, WhyBox};
use crate::ui::data::use_data;
use crate::ui::state::use_ui;

/// Where tickets are opened (R15).
const SUPPORT_URL: &str = "https://support.microsoft.com/supportforbusiness/productselection";

/// The support checklist's words: its sign-in step names the roles it needs.
fn support_step(step: Step) -> Msg {
    match step {
        Step::SignInPartnerCenter => Msg::SpStepSignIn,
        other => step_text(other),
    }
}

/// Whether a checklist step is done, judged from what is recorded.
fn step_done(step: Step, c: &SupportContract) -> bool {
    let ids = !c.access_id.is_empty() && !c.contract_id.is_empty();
    match step {
        Step::SignInPartnerCenter | Step::ActivateSupport => c.activated_on.is_some() || ids,
        Step::WaitForIds | Step::RecordIds => ids,
        _ => c.incidents_used > 0,
    }
}

/// The checklist, the contract's dates, and the form that records them.
#[component]
pub fn Activation() -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    let contract = Memo::new(move |_| data.data.with(|d| d.support.clone().unwrap_or_default()));
    view! {
        <section class="card activation" aria-labelledby="activation-title">
            <h2 id="activation-title">{ui.t(Msg::SpActivationTitle)} " " <RuleLink rule=RuleId::R15/></h2>
            <Checklist contract/>
            <ContractEnd contract/>
            <SupportForm start=contract.get_untracked()/>
        </section>
    }
}

/// R15's steps, each ticked from what is recorded; the ticket step opens
/// Microsoft Support only once both IDs are there.
#[component]
fn Checklist(
    /// The contract as recorded.
    contract: Memo<SupportContract>,
) -> impl IntoView {
    let ui = use_ui();
    let today = use_data().today();
    let steps = move || {
        let lang = ui.lang.get();
        let c = contract.get();
        let ids = step_done(Step::RecordIds, &c);
        GET_SUPPORT
            .iter()
            .map(|&step| {
                let done = step_done(step, &c);
                let extra = match step {
                    Step::CreateTicket if ids => Some(
                        view! { " " <a href=SUPPORT_URL rel="noreferrer" target="_blank">{lang.t(Msg::SpOpenSupport)}</a> }.into_any(),
                    ),
                    Step::CreateTicket => Some(view! { " " <em>{lang.t(Msg::SpIdsFirst)}</em> }.into_any()),
                    Step::WaitForIds if !ids => c.activated_on.map(|a| {
                        let waited = fill(lang.t(Msg::SpWaiting), &[("days", &format_days(lang, days_between(a, today)))]);
                        view! { " " <em>{waited}</em> }.into_any()
                    }),
                    _ => None,
                };
                view! {
                    <li data-done=done.to_string()>
                        <span class="step-state">{lang.t(if done { Msg::SpDone } else { Msg::SpToDo })}</span> " "
                        {lang.t(support_step(step))} {extra}
                    </li>
                }
            })
            .collect_view()
    };
    view! { <ol class="checklist steps">{steps}</ol> }
}

/// The contract's last day (a year from activation, R15) and how far off it is.
#[component]
fn ContractEnd(
    /// The contract as recorded.
    contract: Memo<SupportContract>,
) -> impl IntoView {
    let ui = use_ui();
    let today = use_data().today();
    move || {
        let lang = ui.lang.get();
        let explained = current_contract_year(&contract.get())?;
        let end = explained.value.1;
        let text = fill(
            lang.t(Msg::SpContractEnds),
            &[
                ("date", &format_date(lang, end)),
                ("when", &when(lang, days_between(today, end))),
            ],
        );
        Some(
            view! { <p class="contract-end">{text} " " <RuleLink rule=RuleId::R15/></p> <WhyBox why=explained.why value=end/> },
        )
    }
}

/// Recording the activation: a [`SupportDraft`] checked at each field.
#[component]
fn SupportForm(
    /// The contract as recorded when the page opened.
    start: SupportContract,
) -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    let day = RwSignal::new(
        start
            .activated_on
            .map(|d| d.to_string())
            .unwrap_or_default(),
    );
    let access = RwSignal::new(start.access_id);
    let contract_id = RwSignal::new(start.contract_id);
    let allowed = RwSignal::new(
        start
            .incidents_allowed
            .map(|n| n.to_string())
            .unwrap_or_default(),
    );
    let number = |n: Option<u32>| RwSignal::new(n.map(|n| n.to_string()).unwrap_or_default());
    let cloud_allowed = number(start.cloud_incidents_allowed);
    let hours_allowed = number(start.advisory_hours_allowed);
    let used = RwSignal::new(String::new());
    let tried = RwSignal::new(false);
    let check = move || {
        SupportDraft {
            activated_on: day.get(),
            access_id: access.get(),
            contract_id: contract_id.get(),
            allowed: allowed.get(),
            cloud_allowed: cloud_allowed.get(),
            hours_allowed: hours_allowed.get(),
            used: used.get(),
        }
        .check(data.today())
    };
    let errors = problems_after_submit(tried, move || check().err());
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        tried.set(true);
        let Ok(fields) = untrack(check) else { return };
        let _ = data.record(Msg::ChangeSupportSaved, Facts::SaveSupport { fields });
        used.set(String::new());
        tried.set(false);
    };
    view! {
        <form class="support-form" on:submit=on_submit novalidate>
            <h3>{ui.t(Msg::SpFormTitle)}</h3>
            <Field id="support-activated" label=Msg::SpActivatedOn value=day kind="date" error=problem_of(errors, F::ActivatedOn)/>
            <Field id="support-access" label=Msg::SpAccessId value=access error=Signal::derive(|| None)/>
            <Field id="support-contract" label=Msg::SpContractId value=contract_id error=Signal::derive(|| None)/>
            <Field id="support-allowed" label=Msg::SpAllowedLabel value=allowed kind="number" error=problem_of(errors, F::Allowance)/>
            <Field id="support-cloud-allowed" label=Msg::SpCloudAllowedLabel value=cloud_allowed kind="number" error=problem_of(errors, F::CloudAllowance)/>
            <Field id="support-hours-allowed" label=Msg::SpHoursAllowedLabel value=hours_allowed kind="number" error=problem_of(errors, F::HoursAllowance)/>
            <Field id="support-used" label=Msg::SpUsedLabel value=used kind="number" error=problem_of(errors, F::Used)/>
            <p class="actions"><button type="submit">{ui.t(Msg::SpSave)}</button></p>
        </form>
    }
}
