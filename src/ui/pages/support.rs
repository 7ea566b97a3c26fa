//! Technical support (R15, R16): the activation checklist, ticked from what is
//! recorded (activation day, Access ID and Contract ID, incidents used); the
//! contract's last day; the allowances of the program level; and a counter of
//! incidents used.

use chrono::NaiveDate;
use leptos::prelude::*;

use super::Page;
use crate::i18n::{Lang, Msg, fill, format_date, format_days, program_label, step_text};
use crate::model::{ProgramLevel, SupportContract};
use crate::rules::RuleId;
use crate::rules::dates::days_between;
use crate::rules::steps::{GET_SUPPORT, Step};
use crate::rules::support::{
    Allowance, LOW_INCIDENTS, allowances, contract_end, incidents_allowed, incidents_left,
};
use crate::ui::components::RuleLink;
use crate::ui::components::form::Field;
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

fn allowance_text(lang: Lang, a: Allowance) -> String {
    match a {
        Allowance::None => lang.t(Msg::SpNone).to_owned(),
        Allowance::Unlimited => lang.t(Msg::SpUnlimited).to_owned(),
        Allowance::Limited(n) => n.to_string(),
    }
}

/// What the form holds, checked: the activation day, the two IDs, the allowance
/// typed (blank: the program default).
type Checked = (Option<NaiveDate>, String, String, Option<u32>);

/// Field errors of the form: (activation day, allowance).
fn check(
    day: &str,
    access: &str,
    contract: &str,
    allowed: &str,
    today: NaiveDate,
) -> Result<Checked, (Option<Msg>, Option<Msg>)> {
    let day_result = match day.trim() {
        "" => Ok(None),
        t => match t.parse::<NaiveDate>() {
            Ok(d) if d > today => Err(Msg::SpErrFuture),
            Ok(d) => Ok(Some(d)),
            Err(_) => Err(Msg::ErrDate),
        },
    };
    let allowed_result = match allowed.trim() {
        "" => Ok(None),
        t => t.parse::<u32>().map(Some).map_err(|_| Msg::SpErrNumber),
    };
    match (day_result, allowed_result) {
        (Ok(d), Ok(a)) => Ok((d, access.trim().to_owned(), contract.trim().to_owned(), a)),
        (d, a) => Err((d.err(), a.err())),
    }
}

lazy_page! {
    /// The technical support page.
    SupportPage => support_page
}

/// Loaded on first visit: see `docs/architecture.md`, "Lazy pages".
#[cfg_attr(feature = "split", lazy)]
async fn support_page() -> AnyView {
    let ui = use_ui();
    let intro = Page::Support.intro();
    view! {
        <section class="page" data-page="/support">
            <h1>{ui.t(Msg::NavSupport)}</h1>
            <p class="lead">{ui.t(intro)}</p>
            <Activation/>
            <Incidents/>
        </section>
    }
    .into_any()
}

/// The checklist, the contract's dates, and the form that records them.
#[component]
fn Activation() -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    let today = data.today;
    let contract = Memo::new(move |_| data.data.with(|d| d.support.clone().unwrap_or_default()));
    let start = contract.get_untracked();
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
    let tried = RwSignal::new(false);
    let errors = Memo::new(move |_| {
        if !tried.get() {
            return (None, None);
        }
        check(
            &day.get(),
            &access.get(),
            &contract_id.get(),
            &allowed.get(),
            today,
        )
        .err()
        .unwrap_or((None, None))
    });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        tried.set(true);
        let Ok((on, a, c, n)) = check(
            &day.get_untracked(),
            &access.get_untracked(),
            &contract_id.get_untracked(),
            &allowed.get_untracked(),
            today,
        ) else {
            return;
        };
        data.change(Msg::ChangeSupportSaved, |d| {
            let s = d.support.get_or_insert_with(SupportContract::default);
            s.activated_on = on;
            s.access_id = a;
            s.contract_id = c;
            s.incidents_allowed = n;
        });
        tried.set(false);
    };
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
                        view! { " " <a href=SUPPORT_URL rel="noreferrer" target="_blank">{lang.t(Msg::SpOpenSupport)}</a> }
                            .into_any(),
                    ),
                    Step::CreateTicket => Some(view! { " " <em>{lang.t(Msg::SpIdsFirst)}</em> }.into_any()),
                    Step::WaitForIds if !ids => c.activated_on.map(|a| {
                        let waited = days_between(a, today);
                        view! { " " <em>{fill(lang.t(Msg::SpWaiting), &[("days", &format_days(lang, waited))])}</em> }
                            .into_any()
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
    let dates = move || {
        let lang = ui.lang.get();
        let on = contract.get().activated_on?;
        let end = contract_end(on).ok()?.value;
        let left = days_between(today, end);
        let when = super::dashboard::when(lang, left);
        Some(view! {
            <p class="contract-end">{fill(lang.t(Msg::SpContractEnds), &[("date", &format_date(lang, end)), ("when", &when)])}
                " " <RuleLink rule=RuleId::R15/></p>
        })
    };
    let err = |i: usize| {
        Signal::derive(move || {
            if i == 0 {
                errors.get().0
            } else {
                errors.get().1
            }
        })
    };
    view! {
        <section class="card activation" aria-labelledby="activation-title">
            <h2 id="activation-title">{ui.t(Msg::SpActivationTitle)} " " <RuleLink rule=RuleId::R15/></h2>
            <ol class="checklist steps">{steps}</ol>
            {dates}
            <form class="support-form" on:submit=on_submit novalidate>
                <h3>{ui.t(Msg::SpFormTitle)}</h3>
                <Field id="support-activated" label=Msg::SpActivatedOn value=day kind="date" error=err(0)/>
                <Field id="support-access" label=Msg::SpAccessId value=access error=Signal::derive(|| None)/>
                <Field id="support-contract" label=Msg::SpContractId value=contract_id error=Signal::derive(|| None)/>
                <Field id="support-allowed" label=Msg::SpAllowedLabel value=allowed kind="number" error=err(1)/>
                <p class="actions"><button type="submit">{ui.t(Msg::SpSave)}</button></p>
            </form>
        </section>
    }
}

/// The allowances of the program level and the counter of incidents used.
#[component]
fn Incidents() -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    let state = Memo::new(move |_| {
        data.data.with(|d| {
            let (program, cloud) = d
                .membership
                .as_ref()
                .map_or((ProgramLevel::ActionPack, false), |m| {
                    (m.program, m.competencies.iter().any(|c| c.cloud))
                });
            let c = d.support.clone().unwrap_or_default();
            (
                program,
                cloud,
                incidents_allowed(c.incidents_allowed, program),
                c.incidents_used,
            )
        })
    });
    let bump = move |by: i64| {
        data.change(Msg::ChangeIncidents, |d| {
            let s = d.support.get_or_insert_with(SupportContract::default);
            s.incidents_used =
                (i64::from(s.incidents_used) + by).clamp(0, i64::from(u32::MAX)) as u32;
        });
    };
    let body = move || {
        let lang = ui.lang.get();
        let (program, cloud, allowed, used) = state.get();
        let defaults = allowances(program, cloud).value;
        let left = incidents_left(allowed, used);
        let counter = match (allowed, left) {
            (Allowance::Limited(n), Some(l)) => fill(
                lang.t(Msg::SpUsedOf),
                &[
                    ("used", &used.to_string()),
                    ("allowed", &n.to_string()),
                    ("left", &l.to_string()),
                ],
            ),
            _ => fill(lang.t(Msg::SpUsed), &[("used", &used.to_string())]),
        };
        let low = left.is_some_and(|l| l <= LOW_INCIDENTS);
        view! {
            <table class="allowances">
                <caption>{fill(lang.t(Msg::SpDefaultsFor), &[("program", lang.t(program_label(program)))])}</caption>
                <tbody>
                    <tr><th scope="row">{lang.t(Msg::SpOnPrem)}</th><td>{allowance_text(lang, defaults.on_premises_incidents)}</td></tr>
                    <tr><th scope="row">{lang.t(Msg::SpCloud)}</th><td>{allowance_text(lang, defaults.cloud_incidents)}</td></tr>
                    <tr><th scope="row">{lang.t(Msg::SpAdvisory)}</th><td>{allowance_text(lang, defaults.advisory_hours)}</td></tr>
                </tbody>
            </table>
            <p class="incident-count" data-low=low.to_string() role="status">{counter}</p>
            {low.then(|| view! { <p class="warn-text">{lang.t(Msg::SpLow)}</p> })}
        }
    };
    view! {
        <section class="card incidents" aria-labelledby="incidents-title">
            <h2 id="incidents-title">{ui.t(Msg::SpIncidentsTitle)} " " <RuleLink rule=RuleId::R16/></h2>
            {body}
            <p class="actions">
                <button type="button" on:click=move |_| bump(1)>{ui.t(Msg::SpAddIncident)}</button>
                <button type="button" class="secondary" disabled=move || state.get().3 == 0 on:click=move |_| bump(-1)>{ui.t(Msg::SpTakeBack)}</button>
            </p>
        </section>
    }
}
