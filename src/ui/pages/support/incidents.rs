//! The allowances of the program level (R16) and the counter of incidents used.

use crate::ledger::Facts;
use leptos::prelude::*;

use super::years::{ContractYears, OtherCounter};
use crate::i18n::words::allowance_text;
use crate::i18n::{Msg, fill, offer_label};
use crate::ledger::change::SupportCounter;
use crate::model::Offer;
use crate::rules::RuleId;
use crate::rules::support::{
    Allowance, LOW_INCIDENTS, allowances, incidents_allowed, incidents_left,
};
use crate::ui::components::RuleLink;
use crate::ui::data::use_data;
use crate::ui::state::use_ui;

/// The allowances of the program level and the counter of incidents used.
#[component]
pub fn Incidents() -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    let state = Memo::new(move |_| {
        data.data.with(|d| {
            let (program, cloud) = d
                .membership
                .as_ref()
                .map_or((Offer::ActionPack, false), |m| {
                    (m.offer, m.competencies.iter().any(|c| c.cloud))
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
        let _ = data.record(Msg::ChangeIncidents, Facts::CountIncidents { by });
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
                <caption>{fill(lang.t(Msg::SpDefaultsFor), &[("program", lang.t(offer_label(program)))])}</caption>
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
            <p class="actions incident-actions">
                <button type="button" on:click=move |_| bump(1)>{ui.t(Msg::SpAddIncident)}</button>
                <button type="button" class="secondary" disabled=move || state.get().3 == 0 on:click=move |_| bump(-1)>{ui.t(Msg::SpTakeBack)}</button>
            </p>
            <OtherCounter counter=SupportCounter::Cloud/>
            <OtherCounter counter=SupportCounter::AdvisoryHours/>
            <ContractYears/>
        </section>
    }
}
