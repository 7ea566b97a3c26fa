//! What else the contract year allows, counted where it is not unlimited
//! (signature cloud incidents, advisory hours; R16), and the contract years:
//! once one has ended the counters start again and its figures stay in the
//! history.

use crate::ledger::Facts;
use leptos::prelude::*;

use crate::i18n::{Lang, Msg, fill, format_date};
use crate::ledger::change::SupportCounter;
use crate::model::Offer;
use crate::rules::RuleId;
use crate::rules::support::{
    Allowance, contract_allowances, current_contract_year, incidents_left,
};
use crate::ui::components::RuleLink;
use crate::ui::data::use_data;
use crate::ui::state::use_ui;

/// A counter of cloud incidents or advisory hours, shown only when its
/// allowance is a number.
#[component]
pub fn OtherCounter(
    /// What it counts.
    counter: SupportCounter,
) -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    let state = Memo::new(move |_| {
        data.data.with(|d| {
            let m = d.membership.as_ref();
            let program = m.map_or(Offer::ActionPack, |m| m.offer);
            let cloud = m.is_some_and(|m| m.competencies.iter().any(|c| c.cloud));
            let s = d.support.clone().unwrap_or_default();
            // R28: a package's numbers are the user's own.
            let a = contract_allowances(&s, program, cloud);
            match counter {
                SupportCounter::Cloud => (a.cloud_incidents, s.cloud_incidents_used),
                _ => (a.advisory_hours, s.advisory_hours_used),
            }
        })
    });
    let (text, add, less) = match counter {
        SupportCounter::Cloud => (Msg::SpCloudUsed, Msg::SpAddCloud, Msg::SpLessCloud),
        _ => (Msg::SpHoursUsed, Msg::SpAddHour, Msg::SpLessHour),
    };
    let bump = move |by: i64| {
        let _ = data.record(Msg::ChangeIncidents, Facts::CountSupport { counter, by });
    };
    move || {
        let lang = ui.lang.get();
        let (allowed, used) = state.get();
        let Allowance::Limited(n) = allowed else {
            return None;
        };
        let left = incidents_left(allowed, used).unwrap_or(0);
        Some(view! {
            <p class="support-counter" role="status">{fill(lang.t(text), &[("used", &used.to_string()), ("allowed", &n.to_string()), ("left", &left.to_string())])}</p>
            <p class="actions">
                <button type="button" on:click=move |_| bump(1)>{lang.t(add)}</button>
                <button type="button" class="secondary" disabled=used == 0 on:click=move |_| bump(-1)>{lang.t(less)}</button>
            </p>
        })
    }
}

/// The contract year: when it ended, starting the next; earlier years.
#[component]
pub fn ContractYears() -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    let today = data.today();
    let state = Memo::new(move |_| {
        data.data.with(|d| {
            let s = d.support.clone().unwrap_or_default();
            let ended = current_contract_year(&s)
                .map(|y| y.value.1)
                .filter(|e| *e < today);
            (ended, s.years)
        })
    });
    let start = move |_| {
        let _ = data.record(
            Msg::ChangeContractYear,
            Facts::StartContractYear { on: today },
        );
    };
    move || {
        let lang = ui.lang.get();
        let (ended, years) = state.get();
        let ended = ended.map(|e| view! {
            <p class="notice warning contract-ended" role="status">{fill(lang.t(Msg::SpYearEnded), &[
                ("date", &format_date(lang, e)),
                ("next", &e.succ_opt().map(|n| format_date(lang, n)).unwrap_or_default()),
            ])} " " <RuleLink rule=RuleId::R15/></p>
            <p class="actions"><button type="button" on:click=start>{lang.t(Msg::SpStartYear)}</button></p>
        });
        let history = (!years.is_empty()).then(|| view! {
            <h3>{lang.t(Msg::SpYearsTitle)}</h3>
            <ul class="contract-years">{years.iter().rev().map(|y| view! { <li>{year_line(lang, y)}</li> }).collect_view()}</ul>
        });
        view! { {ended} {history} }
    }
}

fn year_line(lang: Lang, y: &crate::model::ContractYear) -> String {
    fill(
        lang.t(Msg::SpYearLine),
        &[
            ("from", &format_date(lang, y.from)),
            ("to", &format_date(lang, y.to)),
            ("incidents", &y.incidents_used.to_string()),
            ("cloud", &y.cloud_incidents_used.to_string()),
            ("hours", &y.advisory_hours_used.to_string()),
        ],
    )
}
